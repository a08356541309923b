import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import { param, queryRows } from './sql.js';

// Plain SQL for the hot paths (a progress report, the board). TypeORM's query builder cost over half
// of a report's time and wrote ids into the SQL text, so each statement was prepared anew (see
// bench/findings.md). These helpers keep TypeORM's conversions of values (dates, booleans, JSON) by
// going through each column's metadata and the driver, so they read and write what TypeORM would.

const columnsByName = new WeakMap<EntityMetadata, Map<string, ColumnMetadata>>();

function columnIndex(metadata: EntityMetadata): Map<string, ColumnMetadata> {
  let index = columnsByName.get(metadata);
  if (!index) {
    index = new Map(metadata.columns.map((c) => [c.databaseName, c]));
    columnsByName.set(metadata, index);
  }
  return index;
}

function column(metadata: EntityMetadata, name: string): ColumnMetadata {
  const found = columnIndex(metadata).get(name);
  if (!found) throw new Error(`${metadata.tableName} has no column ${name}`);
  return found;
}

/** A row read with plain SQL as an entity, its values converted as TypeORM would (columns by name). */
export function hydrate<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  row: Record<string, unknown>,
): T {
  const metadata = manager.connection.getMetadata(target);
  const driver = manager.connection.driver;
  const entity = metadata.create() as T;
  for (const name in row) {
    const col = column(metadata, name);
    col.setEntityValue(entity, driver.prepareHydratedValue(row[name], col));
  }
  return entity;
}

/** The SQL parameter for a value of an entity's column, as TypeORM would write it. */
export function toParameter(manager: EntityManager, target: EntityTarget<ObjectLiteral>, name: string, value: unknown) {
  const col = column(manager.connection.getMetadata(target), name);
  return manager.connection.driver.preparePersistentValue(value, col) as unknown;
}

/**
 * Inserts rows (all with the same columns) in one statement and returns the `returning` columns of
 * each (raw; the order of the rows returned is not guaranteed). Columns left out take their defaults.
 */
export async function insertRows<T extends ObjectLiteral, R = { id: number }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: Partial<T>[],
  returning: string[] = ['id'],
): Promise<R[]> {
  if (rows.length === 0) return [];
  const metadata = manager.connection.getMetadata(target);
  const driver = manager.connection.driver;
  const names = Object.keys(rows[0]!);
  const columns = names.map((name) => column(metadata, name));
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const slots = columns.map((col, i) => {
      params.push(driver.preparePersistentValue(row[names[i]!], col));
      return param(manager, params.length);
    });
    return `(${slots.join(', ')})`;
  });
  const quote = (names: string[]) => names.map((n) => `"${n}"`).join(', ');
  return queryRows<R>(
    manager,
    `INSERT INTO "${metadata.tableName}" (${quote(names)}) VALUES ${tuples.join(', ')} RETURNING ${quote(returning)}`,
    params,
  );
}

/** Inserts one row and returns its id. */
export async function insertRow<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  values: Partial<T>,
): Promise<number> {
  const [row] = await insertRows(manager, target, [values]);
  return row!.id;
}
