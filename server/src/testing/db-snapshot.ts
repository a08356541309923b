import type { DataSource } from 'typeorm';

/**
 * Every row of every table, as text: two equal snapshots mean a call changed nothing.
 * Reads through the server's own connection, so it sees exactly what the server committed.
 */
export async function dbSnapshot(ds: DataSource): Promise<string> {
  const postgres = ds.options.type === 'postgres';
  const tables: { name: string }[] = await ds.query(
    postgres
      ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"
      : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  );
  const parts: string[] = [];
  for (const { name } of tables) {
    // PostgreSQL has no rowid: order by every column, which is stable for equal contents.
    const rows = await ds.query(`SELECT * FROM "${name}" ORDER BY ${postgres ? '1, 2' : 'rowid'}`);
    parts.push(`${name}:${JSON.stringify(rows)}`);
  }
  return parts.join('\n');
}
