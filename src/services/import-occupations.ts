import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Db } from '../db/client.js';
import { seedFolder } from '../paths.js';
import { lockCatalogueWrites } from '../queries/catalogue-lock.js';
import type { ChangeWrite } from '../queries/changes.js';
import {
  hasOccupations,
  programsWithPaths,
  readOccupations,
  replaceOccupations,
  type StoredOccupation,
} from '../queries/occupations.js';
import { touchProgramRows } from '../queries/stored-programs.js';
import type { ImportProblem } from '../schemas/import-row.js';
import { headerProblems } from '../schemas/import-row.js';
import {
  type OccupationImportReport,
  occupationColumnNames,
  occupationColumns,
  occupationRowSchema,
} from '../schemas/occupation.js';
import { recordChanges } from './changes.js';
import { readCsv, readJson } from './import-input.js';
import type { ImportPayload } from './import-programs.js';

/** The occupations shipped with the service: BLS and NCES figures, each with its source (seed/README.md). */
export const occupationsFile = join(seedFolder, 'occupations.csv');

const requiredColumns = occupationColumnNames.filter((name) => occupationColumns[name].required);
const checkHeader = (header: readonly string[]) => headerProblems(header, occupationColumnNames, requiredColumns);

/** Thrown inside the transaction to roll it back (a dry run) and carry the report out. */
class Rollback {
  constructor(readonly report: OccupationImportReport) {}
}

function validateRows(payload: ImportPayload): { rows: StoredOccupation[]; errors: ImportProblem[]; read: number } {
  const input = payload.kind === 'csv' ? readCsv(payload.text, checkHeader) : readJson(payload.rows);
  const errors = [...input.errors];
  const rows: StoredOccupation[] = [];
  const firstRowOf = new Map<string, number>();
  for (const raw of input.rows) {
    if (raw.unreadable) continue;
    if (typeof raw.cells !== 'object' || raw.cells === null || Array.isArray(raw.cells)) {
      errors.push({ row: raw.row, column: null, message: 'must be an object whose keys are the occupation columns' });
      continue;
    }
    const result = occupationRowSchema.safeParse(raw.cells);
    if (!result.success) {
      for (const issue of result.error.issues) {
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys)
            errors.push({ row: raw.row, column: key.slice(0, 100), message: 'is not an occupation column' });
          continue;
        }
        const column = issue.path[0];
        errors.push({ row: raw.row, column: typeof column === 'string' ? column : null, message: issue.message });
      }
      continue;
    }
    const row = result.data as StoredOccupation;
    const first = firstRowOf.get(row.soc_code);
    if (first !== undefined) {
      errors.push({ row: raw.row, column: 'soc_code', message: `repeats ${row.soc_code} of row ${first}` });
      continue;
    }
    firstRowOf.set(row.soc_code, raw.row);
    rows.push(row);
  }
  if (input.rows.length === 0 && errors.length === 0) {
    errors.push({ row: 1, column: null, message: 'lists no occupation; the import replaces them all' });
  }
  errors.sort((a, b) => a.row - b.row);
  return { rows, errors, read: input.rows.length };
}

/** What a program's record shows of an occupation, and what decides which programs show it. */
const shownFields = [
  'title',
  'median_annual_wage_usd',
  'projected_growth_pct',
  'projection_period',
  'wage_reference',
  'wage_source_url',
  'cip_codes',
  'degree_levels',
] as const satisfies readonly (keyof StoredOccupation)[];

const showsDifferently = (a: StoredOccupation, b: StoredOccupation) =>
  shownFields.some((field) => !isDeepStrictEqual(a[field], b[field]));

/** The (CIP code, degree level) pairs an occupation's crosswalk reaches: whose programs show it. */
const pathsOf = (occupation: StoredOccupation) =>
  occupation.cip_codes.flatMap((cip_code) =>
    occupation.degree_levels.map((degree_level) => ({ cip_code, degree_level })),
  );

/**
 * Replaces the occupations with those of a CSV or JSON file, all or nothing: every row is checked
 * first and any problem writes nothing. In one transaction with the catalogue lock, the occupations
 * are replaced; the programs whose careers that changes (their CIP code and degree level reach an
 * occupation added, changed or removed) get a new version, a change-feed entry and their stored
 * records rendered again; and each changed occupation is recorded in the change feed, so every
 * instance's cached answers move on at once.
 */
export async function importOccupations(
  db: Db,
  payload: ImportPayload,
  options: { dryRun: boolean; actor: string },
): Promise<OccupationImportReport> {
  const { rows, errors, read } = validateRows(payload);
  const report: OccupationImportReport = {
    dry_run: options.dryRun,
    rows: read,
    created: 0,
    updated: 0,
    unchanged: 0,
    deleted: 0,
    programs_changed: 0,
    errors,
  };
  if (errors.length > 0) return report;
  try {
    return await db.transaction(async (tx) => {
      await lockCatalogueWrites(tx);
      const before = new Map((await readOccupations(tx)).map((occupation) => [occupation.soc_code, occupation]));
      const changed: ChangeWrite[] = [];
      const reached: StoredOccupation[] = [];
      for (const row of rows) {
        const old = before.get(row.soc_code);
        if (!old) {
          report.created += 1;
          changed.push({ op: 'created', soc_code: row.soc_code });
          reached.push(row);
        } else if (isDeepStrictEqual(old, row)) {
          report.unchanged += 1;
        } else {
          report.updated += 1;
          changed.push({ op: 'updated', soc_code: row.soc_code });
          if (showsDifferently(old, row)) reached.push(row, old);
        }
      }
      const kept = new Set(rows.map((row) => row.soc_code));
      for (const old of before.values()) {
        if (kept.has(old.soc_code)) continue;
        report.deleted += 1;
        changed.push({ op: 'deleted', soc_code: old.soc_code });
        reached.push(old);
      }
      if (changed.length > 0) {
        await replaceOccupations(tx, rows);
        const programs = await programsWithPaths(tx, reached.flatMap(pathsOf));
        // A new version moves each program's search row (and so its occupations) and its ETag.
        await touchProgramRows(tx, programs);
        await recordChanges(
          tx,
          [...changed, ...programs.map((program_id): ChangeWrite => ({ op: 'updated', program_id }))],
          options.actor,
        );
        report.programs_changed = programs.length;
      }
      if (options.dryRun) throw new Rollback(report);
      return report;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.report;
    throw error;
  }
}

/**
 * Loads the shipped occupations when there are none (a new database), so careers show from the
 * first start; an operator's later import is never overwritten by a release's file.
 */
export async function loadOccupations(db: Db, file = occupationsFile): Promise<number> {
  if (await hasOccupations(db)) return 0;
  const report = await importOccupations(
    db,
    { kind: 'csv', text: await readFile(file, 'utf8') },
    { dryRun: false, actor: 'seed' },
  );
  if (report.errors.length > 0) {
    const shown = report.errors.slice(0, 5).map((error) => `row ${error.row} ${error.column ?? ''}: ${error.message}`);
    throw new Error(`${file} does not import:\n  ${shown.join('\n  ')}`);
  }
  return report.created;
}
