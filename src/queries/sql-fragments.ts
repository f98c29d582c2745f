import { type SQL, sql } from 'drizzle-orm';
import { asJson } from './batch.js';

/** Small SQL builders shared by the query modules; every value is a bound parameter. */
export const whereOf = (conditions: SQL[]): SQL =>
  conditions.length > 0 ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``;

export const inList = (values: readonly string[]): SQL =>
  sql`(${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )})`;

/** A text[] as one bound value: the same statement text however many values, on PGlite and node-postgres alike. */
export const textArray = (values: readonly string[]): SQL =>
  sql`ARRAY(SELECT jsonb_array_elements_text(${asJson(values)}))::text[]`;

/**
 * A timestamp expression as ISO 8601 text in UTC (`2026-11-20T14:03:11.000Z`), formatted by PostgreSQL
 * so that node-postgres and PGlite hand over the same text.
 */
export const isoTimestamp = (expression: string): string =>
  `to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export const isUuid = (value: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** A row of `alias` named by its id (a UUID) or its slug. */
export const byIdOrSlug = (alias: 'p' | 'i', idOrSlug: string): SQL =>
  isUuid(idOrSlug) ? sql`${sql.raw(alias)}.id = ${idOrSlug}::uuid` : sql`${sql.raw(alias)}.slug = ${idOrSlug}`;

/** A list of ids as one bound value, for `IN`. */
export const uuidsIn = (ids: readonly string[]): SQL => sql`(SELECT (jsonb_array_elements_text(${asJson(ids)}))::uuid)`;
export const textsIn = (values: readonly string[]): SQL => sql`(SELECT jsonb_array_elements_text(${asJson(values)}))`;
