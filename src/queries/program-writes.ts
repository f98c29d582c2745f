import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';
import type { SearchFilters } from './program-filters.js';
import { programFrom } from './program-row.js';
import { matchingIdsAfter } from './programs.js';

/**
 * The SQL of imports: bulk reads of the programs and institutions a file names, and batched
 * writes. Rows travel as one JSON parameter per statement (jsonb_to_recordset): one bound value
 * however many rows, never near the 65,535-parameter limit, and the same on PGlite and pg.
 */

const asJson = (value: unknown): SQL => sql`${JSON.stringify(value)}::jsonb`;

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/** Rows per INSERT/UPDATE: a few hundred keep each statement well under a megabyte and 10,000 rows to ~20 statements. */
const BATCH = 500;

type ColumnType = 'uuid' | 'text' | 'text[]' | 'int' | 'float8' | 'real' | 'bool' | 'date';
type ColumnTypes = Record<string, ColumnType>;

/** The rows of one batch as a table `r` with the given columns and `n`, each row's position. */
function recordset(columns: ColumnTypes, rows: readonly object[]): SQL {
  const definition = Object.entries(columns)
    .map(([name, type]) => `${name} ${type}`)
    .join(', ');
  const names = Object.keys(columns).join(', ');
  return sql`ROWS FROM (jsonb_to_recordset(${asJson(rows)}) AS (${sql.raw(definition)})) WITH ORDINALITY AS r(${sql.raw(names)}, n)`;
}
const columnList = (columns: ColumnTypes, prefix = '') =>
  sql.raw(
    Object.keys(columns)
      .map((name) => `${prefix}${name}`)
      .join(', '),
  );

/** Imports run one at a time: two files creating the same program at once would both see it missing. */
export async function lockImports(db: Db): Promise<void> {
  await queryRows(db, sql`SELECT pg_advisory_xact_lock(727274002)`);
}

// ---------------------------------------------------------------------------------------------
// Programs as import rows
// ---------------------------------------------------------------------------------------------

/** The outcome metrics an import row carries (graduation, employment, retention, pass rate). */
export const importOutcomeMetrics = [
  'graduation_rate',
  'employment_rate',
  'retention_rate',
  'certification_pass_rate',
] as const;

export interface StoredOutcome {
  metric: (typeof importOutcomeMetrics)[number];
  cohort_year: number;
  value: number;
  exam: string | null;
}

/** A program's own attributes, named as both the import columns and the programs table name them. */
interface ProgramAttributes {
  credential: string | null;
  degree_level: string;
  discipline: string;
  cip_code: string | null;
  delivery_mode: string | null;
  accreditation_status: string;
  status_since: string | null;
  initial_accreditation_date: string | null;
  next_review_year: number | null;
  internship_required: boolean | null;
  internship_min_hours: number | null;
  internship_formats: string[];
  placement_assistance: boolean | null;
  career_services: string[];
  tuition_in_state_usd: number | null;
  tuition_out_of_state_usd: number | null;
  credit_hours: number | null;
  duration_months: number | null;
  program_url: string | null;
  outcomes_url: string | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  description: string | null;
}

/** A program with its institution, column for column as an import row, plus every cohort of its import outcomes. */
export interface ImportRecord extends ProgramAttributes {
  id: string;
  institution_id: string;
  cahiim_epc: string | null;
  institution_name: string;
  campus: string | null;
  city: string;
  state: string;
  zip: string | null;
  lat: number | null;
  lon: number | null;
  institution_website: string | null;
  ipeds_unitid: number | null;
  control: string | null;
  program_name: string;
  outcomes: StoredOutcome[];
}

/** The select list of an ImportRecord over `programs p JOIN institutions i`; dates formatted by SQL, as in program-row.ts. */
export const importRecordColumns = sql`
  p.id, p.institution_id, p.cahiim_epc, i.name AS institution_name, i.campus, i.city, i.state, i.zip,
  i.latitude AS lat, i.longitude AS lon, i.website AS institution_website, i.ipeds_unitid, i.control,
  p.name AS program_name, p.credential, p.degree_level, p.discipline, p.cip_code, p.delivery_mode,
  p.accreditation_status, to_char(p.status_since, 'YYYY-MM-DD') AS status_since,
  to_char(p.initial_accreditation_date, 'YYYY-MM-DD') AS initial_accreditation_date, p.next_review_year,
  p.internship_required, p.internship_min_hours, p.internship_formats, p.placement_assistance,
  p.career_services, p.tuition_in_state_usd, p.tuition_out_of_state_usd, p.credit_hours,
  p.duration_months, p.program_url, p.outcomes_url, p.contact_name, p.contact_email, p.contact_phone,
  p.description,
  (SELECT coalesce(json_agg(json_build_object('metric', o.metric, 'cohort_year', o.cohort_year, 'value', o.value, 'exam', o.exam)), '[]'::json)
     FROM program_outcomes o
    WHERE o.program_id = p.id AND o.metric IN (${sql.raw(importOutcomeMetrics.map((metric) => `'${metric}'`).join(', '))})) AS outcomes`;

/** Programs as import rows, in id order, `limit` at a time after `afterId`: the CSV export walks them with this. */
export async function listImportRecords(
  db: Db,
  options: { where?: SQL; afterId?: string; limit: number },
): Promise<ImportRecord[]> {
  const conditions = [options.where ?? sql`true`, options.afterId ? sql`p.id > ${options.afterId}::uuid` : sql`true`];
  return queryRows<ImportRecord>(
    db,
    sql`SELECT ${importRecordColumns} FROM ${programFrom}
        WHERE ${sql.join(conditions, sql` AND `)} ORDER BY p.id LIMIT ${options.limit}`,
  );
}

/** The programs matching a search as import rows, in id order, `limit` at a time after `afterId`. */
export function listMatchingImportRecords(
  db: Db,
  filters: SearchFilters,
  afterId: string | undefined,
  limit: number,
): Promise<ImportRecord[]> {
  return listImportRecords(db, { where: sql`p.id IN (${matchingIdsAfter(filters, afterId, limit)})`, limit });
}

export async function findImportRecordsByEpc(db: Db, epcs: readonly string[]): Promise<ImportRecord[]> {
  const found: ImportRecord[] = [];
  for (const batch of chunk(epcs, 2_000)) {
    found.push(
      ...(await queryRows<ImportRecord>(
        db,
        sql`SELECT ${importRecordColumns} FROM ${programFrom}
            WHERE p.cahiim_epc IN (SELECT jsonb_array_elements_text(${asJson(batch)}))`,
      )),
    );
  }
  return found;
}

/** What identifies a program without an EPC. */
export interface ProgramNaturalKey {
  institution_name: string;
  campus: string | null;
  city: string;
  state: string;
  degree_level: string;
  discipline: string;
  program_name: string;
}

export async function findImportRecordsByNaturalKey(
  db: Db,
  keys: readonly ProgramNaturalKey[],
): Promise<ImportRecord[]> {
  const columns: ColumnTypes = {
    institution_name: 'text',
    campus: 'text',
    city: 'text',
    state: 'text',
    degree_level: 'text',
    discipline: 'text',
    program_name: 'text',
  };
  const found: ImportRecord[] = [];
  for (const batch of chunk(keys, 2_000)) {
    found.push(
      ...(await queryRows<ImportRecord>(
        db,
        sql`SELECT ${importRecordColumns}
            FROM ${recordset(columns, batch)}
            JOIN institutions i ON i.name = r.institution_name AND i.campus IS NOT DISTINCT FROM r.campus
                               AND i.city = r.city AND i.state = r.state
            JOIN programs p ON p.institution_id = i.id AND p.degree_level = r.degree_level
                           AND p.discipline = r.discipline AND p.name = r.program_name`,
      )),
    );
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Institutions
// ---------------------------------------------------------------------------------------------

export interface InstitutionKey {
  name: string;
  campus: string | null;
  city: string;
  state: string;
}

export interface InstitutionWrite extends InstitutionKey {
  id: string;
  slug: string;
  zip: string | null;
  latitude: number | null;
  longitude: number | null;
  website: string | null;
  ipeds_unitid: number | null;
  control: string | null;
}

const institutionColumns = {
  id: 'uuid',
  slug: 'text',
  name: 'text',
  campus: 'text',
  city: 'text',
  state: 'text',
  zip: 'text',
  latitude: 'float8',
  longitude: 'float8',
  website: 'text',
  ipeds_unitid: 'int',
  control: 'text',
} satisfies Record<keyof InstitutionWrite, ColumnType>;

export async function findInstitutionsByKey(db: Db, keys: readonly InstitutionKey[]): Promise<InstitutionWrite[]> {
  const found: InstitutionWrite[] = [];
  const columns: ColumnTypes = { name: 'text', campus: 'text', city: 'text', state: 'text' };
  for (const batch of chunk(keys, 2_000)) {
    found.push(
      ...(await queryRows<InstitutionWrite>(
        db,
        sql`SELECT ${columnList(institutionColumns, 'i.')} FROM ${recordset(columns, batch)}
            JOIN institutions i ON i.name = r.name AND i.campus IS NOT DISTINCT FROM r.campus
                               AND i.city = r.city AND i.state = r.state`,
      )),
    );
  }
  return found;
}

export async function insertInstitutions(db: Db, rows: readonly InstitutionWrite[]): Promise<void> {
  for (const batch of chunk(rows, BATCH)) {
    await queryRows(
      db,
      sql`INSERT INTO institutions (${columnList(institutionColumns)})
          SELECT ${columnList(institutionColumns, 'r.')} FROM ${recordset(institutionColumns, batch)} ORDER BY r.n`,
    );
  }
}

/** Sets the attributes of existing institutions (matched by id); version and updated_at move only for real changes. */
export async function updateInstitutions(db: Db, rows: readonly InstitutionWrite[]): Promise<void> {
  for (const batch of chunk(rows, BATCH)) {
    await queryRows(
      db,
      sql`UPDATE institutions i SET zip = r.zip, latitude = r.latitude, longitude = r.longitude, website = r.website,
            ipeds_unitid = r.ipeds_unitid, control = r.control, version = i.version + 1, updated_at = now()
          FROM ${recordset(institutionColumns, batch)}
          WHERE i.id = r.id
            AND (i.zip, i.latitude, i.longitude, i.website, i.ipeds_unitid, i.control)
                IS DISTINCT FROM (r.zip, r.latitude, r.longitude, r.website, r.ipeds_unitid, r.control)`,
    );
  }
}

/** Which of these slugs are already used. */
export async function takenSlugs(
  db: Db,
  table: 'programs' | 'institutions',
  slugs: readonly string[],
): Promise<Set<string>> {
  const taken = new Set<string>();
  for (const batch of chunk(slugs, 2_000)) {
    const rows = await queryRows<{ slug: string }>(
      db,
      sql`SELECT slug FROM ${sql.identifier(table)} WHERE slug IN (SELECT jsonb_array_elements_text(${asJson(batch)}))`,
    );
    for (const row of rows) taken.add(row.slug);
  }
  return taken;
}

// ---------------------------------------------------------------------------------------------
// Programs, outcomes, history, change feed
// ---------------------------------------------------------------------------------------------

/** A program's own columns as the writes store them (triggers keep program_search in step). */
export interface ProgramWrite extends ProgramAttributes {
  id: string;
  slug: string;
  cahiim_epc: string | null;
  institution_id: string;
  name: string;
  source: string;
  graduation_rate: number | null;
  employment_rate: number | null;
  pass_rate: number | null;
  /** Institution name, campus, city, state code and state name: what search matches institutions by. */
  institution_text: string;
}

const programColumns = {
  id: 'uuid',
  slug: 'text',
  cahiim_epc: 'text',
  institution_id: 'uuid',
  name: 'text',
  credential: 'text',
  degree_level: 'text',
  discipline: 'text',
  cip_code: 'text',
  delivery_mode: 'text',
  accreditation_status: 'text',
  status_since: 'date',
  initial_accreditation_date: 'date',
  next_review_year: 'int',
  internship_required: 'bool',
  internship_min_hours: 'int',
  internship_formats: 'text[]',
  placement_assistance: 'bool',
  career_services: 'text[]',
  tuition_in_state_usd: 'int',
  tuition_out_of_state_usd: 'int',
  credit_hours: 'int',
  duration_months: 'int',
  program_url: 'text',
  outcomes_url: 'text',
  contact_name: 'text',
  contact_email: 'text',
  contact_phone: 'text',
  description: 'text',
  source: 'text',
  graduation_rate: 'real',
  employment_rate: 'real',
  pass_rate: 'real',
  institution_text: 'text',
} satisfies Record<keyof ProgramWrite, ColumnType>;

export async function insertPrograms(db: Db, rows: readonly ProgramWrite[]): Promise<void> {
  for (const batch of chunk(rows, BATCH)) {
    await queryRows(
      db,
      sql`INSERT INTO programs (${columnList(programColumns)})
          SELECT ${columnList(programColumns, 'r.')} FROM ${recordset(programColumns, batch)} ORDER BY r.n`,
    );
  }
}

/** Rewrites programs that changed (the caller compared them); the slug stays, so links keep working. */
export async function updatePrograms(db: Db, rows: readonly ProgramWrite[]): Promise<void> {
  const assignments = Object.keys(programColumns)
    .filter((name) => name !== 'id' && name !== 'slug')
    .map((name) => `${name} = r.${name}`)
    .join(', ');
  for (const batch of chunk(rows, BATCH)) {
    await queryRows(
      db,
      sql`UPDATE programs p SET ${sql.raw(assignments)}, version = p.version + 1, updated_at = now()
          FROM ${recordset(programColumns, batch)} WHERE p.id = r.id`,
    );
  }
}

export interface OutcomeWrite {
  program_id: string;
  metric: string;
  cohort_year: number;
  value: number;
  exam: string | null;
}

/** Replaces the import metrics of these (program, cohort year) pairs with `outcomes`; other years stay. */
export async function replaceOutcomes(
  db: Db,
  cohorts: readonly { program_id: string; cohort_year: number }[],
  outcomes: readonly OutcomeWrite[],
): Promise<void> {
  const metrics = sql.raw(importOutcomeMetrics.map((metric) => `'${metric}'`).join(', '));
  for (const batch of chunk(cohorts, 2_000)) {
    await queryRows(
      db,
      sql`DELETE FROM program_outcomes o USING ${recordset({ program_id: 'uuid', cohort_year: 'int' }, batch)}
          WHERE o.program_id = r.program_id AND o.cohort_year = r.cohort_year AND o.metric IN (${metrics})`,
    );
  }
  const columns: ColumnTypes = { program_id: 'uuid', metric: 'text', cohort_year: 'int', value: 'real', exam: 'text' };
  for (const batch of chunk(outcomes, 2_000)) {
    await queryRows(
      db,
      sql`INSERT INTO program_outcomes (${columnList(columns)})
          SELECT ${columnList(columns, 'r.')} FROM ${recordset(columns, batch)} ORDER BY r.n`,
    );
  }
}

/**
 * Programs whose institution changed show the change too: their updated_at moves (their ETag
 * already does, through the institution's version). Returns their ids for the change feed.
 */
export async function touchProgramsOfInstitutions(
  db: Db,
  institutionIds: readonly string[],
  exceptProgramIds: readonly string[],
): Promise<string[]> {
  if (institutionIds.length === 0) return [];
  const rows = await queryRows<{ id: string }>(
    db,
    sql`UPDATE programs SET updated_at = now()
        WHERE institution_id IN (SELECT (jsonb_array_elements_text(${asJson(institutionIds)}))::uuid)
          AND id NOT IN (SELECT (jsonb_array_elements_text(${asJson(exceptProgramIds)}))::uuid)
        RETURNING id`,
  );
  return rows.map((row) => row.id);
}

export interface AccreditationActionWrite {
  program_id: string;
  action: string;
  date: string;
  note: string | null;
}

export async function insertAccreditationActions(db: Db, actions: readonly AccreditationActionWrite[]): Promise<void> {
  const columns: ColumnTypes = { program_id: 'uuid', action: 'text', date: 'date', note: 'text' };
  for (const batch of chunk(actions, 2_000)) {
    await queryRows(
      db,
      sql`INSERT INTO accreditation_actions (${columnList(columns)})
          SELECT ${columnList(columns, 'r.')} FROM ${recordset(columns, batch)} ORDER BY r.n`,
    );
  }
}

/** Program ids by EPC, for files that refer to programs by their EPC (the sample accreditation history). */
export async function programIdsByEpc(db: Db, epcs: readonly string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const batch of chunk(epcs, 2_000)) {
    const rows = await queryRows<{ id: string; cahiim_epc: string }>(
      db,
      sql`SELECT id, cahiim_epc FROM programs WHERE cahiim_epc IN (SELECT jsonb_array_elements_text(${asJson(batch)}))`,
    );
    for (const row of rows) ids.set(row.cahiim_epc, row.id);
  }
  return ids;
}

export async function hasPrograms(db: Db): Promise<boolean> {
  const rows = await queryRows<{ found: boolean }>(db, sql`SELECT EXISTS (SELECT 1 FROM programs) AS found`);
  return rows[0]?.found ?? false;
}

// ---------------------------------------------------------------------------------------------
// ZIP centroids
// ---------------------------------------------------------------------------------------------

export interface ZipCentroidWrite {
  zip: string;
  latitude: number;
  longitude: number;
}

export async function hasZipCentroids(db: Db): Promise<boolean> {
  const rows = await queryRows<{ found: boolean }>(db, sql`SELECT EXISTS (SELECT 1 FROM zip_centroids) AS found`);
  return rows[0]?.found ?? false;
}

/** Larger batches than programs: three small columns a row, and PGlite pays per statement. */
export async function insertZipCentroids(db: Db, rows: readonly ZipCentroidWrite[], batchSize = 10_000): Promise<void> {
  const columns: ColumnTypes = { zip: 'text', latitude: 'float8', longitude: 'float8' };
  for (const batch of chunk(rows, batchSize)) {
    await queryRows(
      db,
      sql`INSERT INTO zip_centroids (${columnList(columns)})
          SELECT ${columnList(columns, 'r.')} FROM ${recordset(columns, batch)}
          ON CONFLICT (zip) DO NOTHING`,
    );
  }
}
