import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { ColumnType } from './batch.js';

/**
 * A drizzle column read as `alias.column AS as`: dates and timestamps formatted by PostgreSQL (ISO 8601,
 * UTC), so node-postgres and PGlite hand over the same text.
 */
export function readColumn(alias: 'p' | 'i', column: AnyPgColumn, as: string): SQL {
  const value = sql`${sql.raw(alias)}.${sql.identifier(column.name)}`;
  const read =
    column.columnType === 'PgDateString'
      ? sql`to_char(${value}, 'YYYY-MM-DD')`
      : column.columnType === 'PgTimestamp'
        ? sql`to_char(${value} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
        : value;
  return sql`${read} AS ${sql.identifier(as)}`;
}

const recordsetTypes: Record<string, ColumnType> = {
  PgText: 'text',
  PgArray: 'text[]',
  PgInteger: 'int',
  PgBoolean: 'bool',
  PgDateString: 'date',
  PgReal: 'real',
  PgDoublePrecision: 'float8',
  PgUUID: 'uuid',
};

/** The type a drizzle column's values take in a batch's recordset. */
export function recordsetType(column: AnyPgColumn): ColumnType {
  const type = recordsetTypes[column.columnType];
  if (!type) throw new Error(`no recordset type for ${column.columnType} (${column.name})`);
  return type;
}
