import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';
import { type ColumnTypes, insertRows, recordset } from './batch.js';

/** The occupations table (reference data from public sources) and what programs read of it. */

export interface StoredOccupation {
  soc_code: string;
  title: string;
  description: string | null;
  median_annual_wage_usd: number | null;
  wage_p10_usd: number | null;
  wage_p90_usd: number | null;
  employment: number | null;
  wage_reference: string | null;
  wage_source_url: string | null;
  projected_growth_pct: number | null;
  projection_period: string | null;
  projection_source_url: string | null;
  entry_education: string | null;
  entry_education_source_url: string | null;
  cip_codes: string[];
  degree_levels: string[];
  crosswalk_source_url: string | null;
}

const occupationColumns = {
  soc_code: 'text',
  title: 'text',
  description: 'text',
  median_annual_wage_usd: 'int',
  wage_p10_usd: 'int',
  wage_p90_usd: 'int',
  employment: 'int',
  wage_reference: 'text',
  wage_source_url: 'text',
  projected_growth_pct: 'float8',
  projection_period: 'text',
  projection_source_url: 'text',
  entry_education: 'text',
  entry_education_source_url: 'text',
  cip_codes: 'text[]',
  degree_levels: 'text[]',
  crosswalk_source_url: 'text',
} as const satisfies Record<keyof StoredOccupation, ColumnTypes[string]>;

const selectOccupations = sql.raw(`SELECT ${Object.keys(occupationColumns).join(', ')} FROM occupations`);

export const readOccupations = (db: Db) => queryRows<StoredOccupation>(db, sql`${selectOccupations} ORDER BY soc_code`);

export const readOccupation = async (db: Db, socCode: string) =>
  (await queryRows<StoredOccupation>(db, sql`${selectOccupations} WHERE soc_code = ${socCode}`))[0];

/** The SOC codes there are, in order: what the occupation filter and facet check against, on every such read. */
export const socCodes = async (db: Db) =>
  (await queryRows<{ soc_code: string }>(db, sql`SELECT soc_code FROM occupations ORDER BY soc_code`)).map(
    (row) => row.soc_code,
  );

export async function hasOccupations(db: Db): Promise<boolean> {
  const rows = await queryRows<{ found: boolean }>(db, sql`SELECT EXISTS (SELECT 1 FROM occupations) AS found`);
  return rows[0]?.found ?? false;
}

/** Replaces every occupation with `rows` (the caller holds the catalogue lock). */
export async function replaceOccupations(db: Db, rows: readonly StoredOccupation[]): Promise<void> {
  await queryRows(db, sql`DELETE FROM occupations`);
  await insertRows(db, 'occupations', occupationColumns, rows);
}

/**
 * The careers of a program `p` as its record shows them: the occupations whose crosswalk names its
 * CIP code and degree level, by SOC code.
 */
export const careersColumn = sql`(SELECT coalesce(json_agg(json_build_object(
      'soc_code', o.soc_code, 'title', o.title, 'median_annual_wage_usd', o.median_annual_wage_usd,
      'projected_growth_pct', o.projected_growth_pct, 'projection_period', o.projection_period,
      'wage_reference', o.wage_reference, 'wage_source_url', o.wage_source_url) ORDER BY o.soc_code), '[]'::json)
    FROM occupations o WHERE p.cip_code = ANY (o.cip_codes) AND p.degree_level = ANY (o.degree_levels)) AS careers`;

/** The programs with one of these (CIP code, degree level) pairs: those whose careers an occupation change reaches. */
export async function programsWithPaths(
  db: Db,
  paths: readonly { cip_code: string; degree_level: string }[],
): Promise<string[]> {
  if (paths.length === 0) return [];
  const rows = await queryRows<{ id: string }>(
    db,
    sql`SELECT p.id FROM programs p
         WHERE EXISTS (SELECT 1 FROM ${recordset({ cip_code: 'text', degree_level: 'text' }, paths)}
                        WHERE r.cip_code = p.cip_code AND r.degree_level = p.degree_level)
         ORDER BY p.id`,
  );
  return rows.map((row) => row.id);
}
