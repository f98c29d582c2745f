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

export const textArray = (values: readonly string[]): SQL =>
  sql`ARRAY[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`;

export const isUuid = (value: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** A row of `alias` named by its id (a UUID) or its slug. */
export const byIdOrSlug = (alias: 'p' | 'i', idOrSlug: string): SQL =>
  isUuid(idOrSlug) ? sql`${sql.raw(alias)}.id = ${idOrSlug}::uuid` : sql`${sql.raw(alias)}.slug = ${idOrSlug}`;

/** A list of ids as one bound value, for `IN`. */
export const uuidsIn = (ids: readonly string[]): SQL => sql`(SELECT (jsonb_array_elements_text(${asJson(ids)}))::uuid)`;
export const textsIn = (values: readonly string[]): SQL => sql`(SELECT jsonb_array_elements_text(${asJson(values)}))`;
