import type { DataSource } from 'typeorm';

/**
 * Every row of every table, as text: two equal snapshots mean a call changed nothing.
 * Reads through the server's own connection, so it sees exactly what the server committed.
 */
export async function dbSnapshot(ds: DataSource): Promise<string> {
  const tables: { name: string }[] = await ds.query(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  );
  const parts: string[] = [];
  for (const { name } of tables) {
    const rows = await ds.query(`SELECT * FROM "${name}" ORDER BY rowid`);
    parts.push(`${name}:${JSON.stringify(rows)}`);
  }
  return parts.join('\n');
}
