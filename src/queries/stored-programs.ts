import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';
import { institutions, programs } from '../db/schema.js';
import { outcomeMetrics } from '../domain/vocabularies.js';
import type { Program } from '../schemas/program.js';
import {
  type InstitutionValues,
  type ProgramValues,
  programColumns,
  programFields,
} from '../schemas/program-fields.js';
import { type ColumnType, type ColumnTypes, chunk, insertRows, readInBatches, recordset } from './batch.js';
import { readColumn, recordsetType } from './columns.js';
import { institutionSelect } from './institutions.js';
import { careersColumn } from './occupations.js';
import type { SearchFilters } from './program-filters.js';
import { matchingIdsAfter } from './programs.js';
import { byIdOrSlug, textArray, textsIn, uuidsIn } from './sql-fragments.js';

/**
 * Programs as stored, read and written column for column from the field table
 * (schemas/program-fields.ts): no column list here is written by hand, so the compiler checks them
 * all against the drizzle schema.
 */

export type StoredOutcome = Program['outcomes'][number];
export type StoredCareer = Program['careers'][number];

/** A program as stored: ids and versions, its values and its institution's (named as the import columns), every outcome. */
export type StoredProgram = ProgramValues &
  InstitutionValues & {
    id: string;
    slug: string;
    source: Program['source'];
    version: number;
    updated_at: string;
    institution_id: string;
    institution_slug: string;
    institution_version: number;
    outcomes: StoredOutcome[];
    careers: StoredCareer[];
  };

const storedProgramColumns = sql.join(
  [
    readColumn('p', programs.id, 'id'),
    readColumn('p', programs.slug, 'slug'),
    readColumn('p', programs.source, 'source'),
    readColumn('p', programs.version, 'version'),
    readColumn('p', programs.updatedAt, 'updated_at'),
    readColumn('i', institutions.id, 'institution_id'),
    readColumn('i', institutions.slug, 'institution_slug'),
    readColumn('i', institutions.version, 'institution_version'),
    ...programColumns.map((key) => readColumn('p', programFields[key].column, key)),
    institutionSelect,
    sql`(SELECT coalesce(json_agg(json_build_object('metric', o.metric, 'value', o.value,
            'cohort_year', o.cohort_year, 'exam', o.exam)), '[]'::json)
           FROM program_outcomes o WHERE o.program_id = p.id) AS outcomes`,
    careersColumn,
  ],
  sql`, `,
);

const selectStored = (where: SQL, tail: SQL = sql``) =>
  sql`SELECT ${storedProgramColumns} FROM programs p JOIN institutions i ON i.id = p.institution_id WHERE ${where} ${tail}`;

/** Every outcome of a program, oldest cohort first, then by metric (vocabulary order). */
export const outcomesOf = (db: Db, programId: string) =>
  queryRows<StoredOutcome>(
    db,
    sql`SELECT metric, value, cohort_year, exam FROM program_outcomes WHERE program_id = ${programId}::uuid
        ORDER BY cohort_year, array_position(${textArray(outcomeMetrics.values)}, metric)`,
  );

export const storedProgramsByIds = (db: Db, ids: readonly string[]) =>
  readInBatches(ids, (batch) => queryRows<StoredProgram>(db, selectStored(sql`p.id IN ${uuidsIn(batch)}`)));

export const storedProgramsByEpc = (db: Db, epcs: readonly string[]) =>
  readInBatches(epcs, (batch) => queryRows<StoredProgram>(db, selectStored(sql`p.cahiim_epc IN ${textsIn(batch)}`)));

/** The program, locked until the transaction ends, so that a concurrent write waits and then sees this one's result. */
export async function lockStoredProgram(db: Db, idOrSlug: string): Promise<StoredProgram | undefined> {
  const rows = await queryRows<StoredProgram>(db, selectStored(byIdOrSlug('p', idOrSlug), sql`FOR UPDATE OF p`));
  return rows[0];
}

/** The next `limit` programs matching a search after `afterId`, in id order: how the CSV export walks them. */
export const matchingStoredPrograms = (db: Db, filters: SearchFilters, afterId: string | undefined, limit: number) =>
  queryRows<StoredProgram>(
    db,
    selectStored(sql`p.id IN (${matchingIdsAfter(filters, afterId, limit)})`, sql`ORDER BY p.id`),
  );

/** What identifies a program without an EPC: its institution's identity, degree level, discipline and name. */
export type ProgramNaturalKey = Pick<InstitutionValues, 'institution_name' | 'campus' | 'city' | 'state'> &
  Pick<ProgramValues, 'degree_level' | 'discipline' | 'program_name'>;

const naturalKeyColumns: ColumnTypes = {
  institution_name: 'text',
  campus: 'text',
  city: 'text',
  state: 'text',
  degree_level: 'text',
  discipline: 'text',
  program_name: 'text',
};

export const storedProgramsByNaturalKey = (db: Db, keys: readonly ProgramNaturalKey[]) =>
  readInBatches(keys, (batch) =>
    queryRows<StoredProgram>(
      db,
      sql`SELECT ${storedProgramColumns} FROM ${recordset(naturalKeyColumns, batch)}
          JOIN institutions i ON i.name = r.institution_name AND i.campus IS NOT DISTINCT FROM r.campus
                             AND i.city = r.city AND i.state = r.state
          JOIN programs p ON p.institution_id = i.id AND p.degree_level = r.degree_level
                         AND p.discipline = r.discipline AND p.name = r.program_name`,
    ),
  );

// ---------------------------------------------------------------------------------------------
// Writes
// ---------------------------------------------------------------------------------------------

/** A program's row as the write path stores it: its values plus what the service derives. */
export interface ProgramRowWrite {
  id: string;
  slug: string;
  institution_id: string;
  source: Program['source'];
  values: ProgramValues;
  /** The latest value of the rates that lists filter and sort on. */
  graduation_rate: number | null;
  employment_rate: number | null;
  pass_rate: number | null;
  /** Institution name, campus, city, state code and state name: what search matches institutions by. */
  institution_text: string;
}

const ownProgramColumns = {
  id: 'uuid',
  slug: 'text',
  institution_id: 'uuid',
  source: 'text',
  graduation_rate: 'real',
  employment_rate: 'real',
  pass_rate: 'real',
  institution_text: 'text',
} satisfies Record<Exclude<keyof ProgramRowWrite, 'values'>, ColumnType>;

const programValueColumns: ColumnTypes = Object.fromEntries(
  programColumns.map((key) => [programFields[key].column.name, recordsetType(programFields[key].column)]),
);
const programWriteColumns: ColumnTypes = { ...ownProgramColumns, ...programValueColumns };

/** A write as a recordset row: the values under their SQL column names. */
function programRecord({ values, ...own }: ProgramRowWrite): Record<string, unknown> {
  const row: Record<string, unknown> = { ...own };
  for (const key of programColumns) row[programFields[key].column.name] = values[key];
  return row;
}

export const insertProgramRows = (db: Db, rows: readonly ProgramRowWrite[]) =>
  insertRows(db, 'programs', programWriteColumns, rows.map(programRecord));

/** Rewrites programs that changed (the caller compared them); the slug stays, so links keep working. */
export async function updateProgramRows(db: Db, rows: readonly ProgramRowWrite[]): Promise<void> {
  const assignments = Object.keys(programWriteColumns)
    .filter((name) => name !== 'id' && name !== 'slug')
    .map((name) => `${name} = r.${name}`)
    .join(', ');
  for (const batch of chunk(rows.map(programRecord), 500)) {
    await queryRows(
      db,
      sql`UPDATE programs p SET ${sql.raw(assignments)}, version = p.version + 1, updated_at = now()
          FROM ${recordset(programWriteColumns, batch)} WHERE p.id = r.id`,
    );
  }
}

/** Replaces every outcome of these programs with `outcomes`. */
export async function replaceOutcomes(
  db: Db,
  programIds: readonly string[],
  outcomes: readonly (StoredOutcome & { program_id: string })[],
): Promise<void> {
  for (const batch of chunk(programIds, 2_000)) {
    await queryRows(db, sql`DELETE FROM program_outcomes WHERE program_id IN ${uuidsIn(batch)}`);
  }
  await insertRows(
    db,
    'program_outcomes',
    { program_id: 'uuid', metric: 'text', cohort_year: 'int', value: 'real', exam: 'text' },
    outcomes,
    { batchSize: 2_000 },
  );
}

/** Programs whose record changed without a write of their own (their careers): a new version and updated_at. */
export async function touchProgramRows(db: Db, ids: readonly string[]): Promise<void> {
  for (const batch of chunk(ids, 2_000)) {
    await queryRows(
      db,
      sql`UPDATE programs SET version = version + 1, updated_at = now() WHERE id IN ${uuidsIn(batch)}`,
    );
  }
}

export async function deleteProgramRow(db: Db, programId: string): Promise<void> {
  await queryRows(db, sql`DELETE FROM programs WHERE id = ${programId}::uuid`);
}

/**
 * Programs whose institution changed follow it: their searchable institution text and their
 * updated_at (their ETag moves with the institution's version). Returns their ids, but for `except`.
 */
export async function refreshProgramsOfInstitutions(
  db: Db,
  institutions: readonly { id: string; text: string }[],
  except: readonly string[],
): Promise<string[]> {
  if (institutions.length === 0) return [];
  const rows = await queryRows<{ id: string }>(
    db,
    sql`UPDATE programs p SET institution_text = r.text, updated_at = now()
        FROM ${recordset({ id: 'uuid', text: 'text' }, institutions)}
        WHERE p.institution_id = r.id AND p.id NOT IN ${uuidsIn(except)}
        RETURNING p.id`,
  );
  return rows.map((row) => row.id).sort();
}

export async function hasPrograms(db: Db): Promise<boolean> {
  const rows = await queryRows<{ found: boolean }>(db, sql`SELECT EXISTS (SELECT 1 FROM programs) AS found`);
  return rows[0]?.found ?? false;
}

/** Program ids by EPC, for files that refer to programs by their EPC (the sample accreditation history). */
export async function programIdsByEpc(db: Db, epcs: readonly string[]): Promise<Map<string, string>> {
  const rows = await readInBatches(epcs, (batch) =>
    queryRows<{ id: string; cahiim_epc: string }>(
      db,
      sql`SELECT id, cahiim_epc FROM programs WHERE cahiim_epc IN ${textsIn(batch)}`,
    ),
  );
  return new Map(rows.map((row) => [row.cahiim_epc, row.id]));
}
