import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';

/**
 * Batched statements: rows travel as one JSON parameter per statement (jsonb_to_recordset), one
 * bound value however many rows, never near the 65,535-parameter limit, the same on PGlite and pg.
 */

export const asJson = (value: unknown): SQL => sql`${JSON.stringify(value)}::jsonb`;

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/** Rows per statement: a few hundred keep each statement well under a megabyte and 10,000 rows to ~20 statements. */
export const BATCH = 500;

export type ColumnType = 'uuid' | 'text' | 'text[]' | 'int' | 'float8' | 'real' | 'bool' | 'date';
export type ColumnTypes = Record<string, ColumnType>;

/** The rows of one batch as a table `r` with the given columns and `n`, each row's position. */
export function recordset(columns: ColumnTypes, rows: readonly object[]): SQL {
  const definition = Object.entries(columns)
    .map(([name, type]) => `${name} ${type}`)
    .join(', ');
  const names = Object.keys(columns).join(', ');
  return sql`ROWS FROM (jsonb_to_recordset(${asJson(rows)}) AS (${sql.raw(definition)})) WITH ORDINALITY AS r(${sql.raw(names)}, n)`;
}

export const columnList = (columns: ColumnTypes, prefix = '') =>
  sql.raw(
    Object.keys(columns)
      .map((name) => `${prefix}${name}`)
      .join(', '),
  );

/**
 * INSERTs `rows` into `table` in batches, in the given order (sequence numbers and identity values
 * follow it). `onConflict` is appended as written (`ON CONFLICT (...) DO ...`).
 */
export async function insertRows(
  db: Db,
  table: string,
  columns: ColumnTypes,
  rows: readonly object[],
  options: { batchSize?: number; onConflict?: SQL; extra?: { column: string; value: SQL } } = {},
): Promise<void> {
  const extraColumn = options.extra ? sql.raw(`, ${options.extra.column}`) : sql``;
  const extraValue = options.extra ? sql`, ${options.extra.value}` : sql``;
  for (const batch of chunk(rows, options.batchSize ?? BATCH)) {
    await queryRows(
      db,
      sql`INSERT INTO ${sql.identifier(table)} (${columnList(columns)}${extraColumn})
          SELECT ${columnList(columns, 'r.')}${extraValue} FROM ${recordset(columns, batch)} ORDER BY r.n
          ${options.onConflict ?? sql``}`,
    );
  }
}

/** Runs `read` over `keys` in batches and concatenates what it finds. */
export async function readInBatches<K, T>(
  keys: readonly K[],
  read: (batch: K[]) => Promise<T[]>,
  size = 2_000,
): Promise<T[]> {
  const found: T[] = [];
  for (const batch of chunk(keys, size)) found.push(...(await read(batch)));
  return found;
}
