import type { DataSource, EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
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

/** Column types whose values both drivers return as they are (numbers and strings). */
const AS_IS = new Set<unknown>(['integer', 'int', 'varchar', 'text', Number, String]);

/**
 * A Date at once for the instants the drivers hand back — a Date (PostgreSQL) or SQLite's UTC text
 * `YYYY-MM-DD HH:MM:SS[.SSS]` — without the driver's regular expressions; null for anything else.
 */
function fastDate(value: unknown): Date | null {
  if (value instanceof Date) return value;
  if (typeof value !== 'string' || (value.length !== 19 && value.length !== 23) || value[10] !== ' ') return null;
  const date = new Date(`${value.slice(0, 10)}T${value.slice(11)}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

type RowReader<T> = (row: Record<string, unknown>) => T;
const readers = new WeakMap<EntityMetadata, Map<string, RowReader<unknown>>>();

/**
 * Turns rows read with plain SQL (columns by name, each behind `prefix`) into entities, converting
 * values as TypeORM does (dates, booleans, JSON go through the driver). Made once per entity: the
 * 2,000-task board reads about 16,000 rows, and TypeORM's own hydration was a fifth of its time.
 */
export function rowReader<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  prefix = '',
): RowReader<T> {
  const metadata = dataSource.getMetadata(target);
  let byPrefix = readers.get(metadata);
  if (!byPrefix) readers.set(metadata, (byPrefix = new Map()));
  let reader = byPrefix.get(prefix) as RowReader<T> | undefined;
  if (!reader) {
    const driver = dataSource.driver;
    const columns = metadata.columns.map((col) => ({
      key: prefix + col.databaseName,
      property: col.propertyName,
      col,
      asIs: !col.transformer && !col.embeddedMetadata && AS_IS.has(col.type),
      instant: !col.transformer && (col.type === 'datetime' || col.type === 'timestamptz'),
    }));
    reader = (row) => {
      const entity = metadata.create() as Record<string, unknown>;
      for (const c of columns) {
        const value = row[c.key];
        if (value === undefined) continue;
        entity[c.property] =
          c.asIs || value === null
            ? value
            : ((c.instant ? fastDate(value) : null) ?? driver.prepareHydratedValue(value, c.col));
      }
      return entity as T;
    };
    byPrefix.set(prefix, reader as RowReader<unknown>);
  }
  return reader;
}

/** Every column of an entity, as `alias."column" AS "prefix+column"`, for a reader with that prefix. */
export function selectColumns(dataSource: DataSource, target: EntityTarget<ObjectLiteral>, alias: string, prefix = '') {
  return dataSource
    .getMetadata(target)
    .columns.map((c) => `${alias}."${c.databaseName}" AS "${prefix}${c.databaseName}"`)
    .join(', ');
}

/** A row read with plain SQL as an entity, its values converted as TypeORM would (columns by name). */
export function hydrate<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  row: Record<string, unknown>,
): T {
  return rowReader(manager.connection, target)(row);
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
