// Column types that differ between the embedded SQLite and PostgreSQL. The database is chosen by
// DATABASE_URL before any entity module loads, so the decorators can read it once here.
const isPostgres = /^postgres(ql)?:/.test(process.env.DATABASE_URL ?? '');

/** An instant, stored in UTC. */
export const TIMESTAMP = isPostgres ? 'timestamptz' : 'datetime';
