import type { Db } from '../db/client.js';
import { lockCatalogueWrites } from '../queries/catalogue-lock.js';
import { type StoredProgram, storedProgramsByEpc, storedProgramsByNaturalKey } from '../queries/stored-programs.js';
import {
  emptyImportRow,
  type ImportProblem,
  type ImportReport,
  type ImportRow,
  validateImportRow,
} from '../schemas/import-row.js';
import {
  type InstitutionValues,
  importOutcomeMetrics,
  institutionAttributeColumns,
  type ProgramValues,
  programColumns,
} from '../schemas/program-fields.js';
import { checkAcrossRows, institutionKeyOf, programKeyOf, type ValidRow } from './import-checks.js';
import { readCsv, readJson } from './import-input.js';
import { outcomesOfRow, toImportRow } from './program-mappings.js';
import { type ProgramUpsert, programKeyString, type UpsertOptions, upsertPrograms } from './program-upserts.js';

export type { ImportProblem, ImportReport } from '../schemas/import-row.js';

export type ImportPayload = { kind: 'csv'; text: string } | { kind: 'json'; rows: unknown[] };

export interface ImportOptions extends UpsertOptions {
  dryRun: boolean;
  source: 'import' | 'sample' | 'cahiim_directory';
}

/** A report lists at most this many problems: enough to fix a file, not a 40 MB answer for a wrong one. */
const MAX_ERRORS = 1_000;

/** Thrown inside the transaction to roll it back (errors found, or a dry run) and carry the report out. */
class Rollback {
  constructor(readonly report: ImportReport) {}
}

/**
 * Imports programs from CSV or JSON rows. Every row is validated before anything is read from the
 * database; any problem and nothing is written. Otherwise one transaction matches each row to a
 * program (by cahiim_epc, else by the natural key) and upserts what the rows say (program-upserts.ts:
 * only what changed is written, and recorded in the change feed). A dry run does all of it and rolls
 * back, so its counts are a real run's.
 */
export async function importPrograms(db: Db, payload: ImportPayload, options: ImportOptions): Promise<ImportReport> {
  const input = payload.kind === 'csv' ? readCsv(payload.text) : readJson(payload.rows);
  const report: ImportReport = {
    dry_run: options.dryRun,
    rows: input.rows.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    errors: [],
  };
  const errors = [...input.errors];
  const valid: ValidRow[] = [];
  for (const raw of input.rows) {
    if (raw.unreadable) continue;
    const result = validateImportRow(raw.cells, raw.row);
    if (result.ok) valid.push({ row: raw.row, values: result.value });
    else errors.push(...result.errors);
  }
  errors.push(...checkAcrossRows(valid));
  if (errors.length > 0) return { ...report, errors: capped(errors) };

  try {
    return await db.transaction(async (tx) => {
      await lockCatalogueWrites(tx);
      const { matches, errors: matchErrors } = await matchRows(tx, valid);
      if (matchErrors.length > 0) throw new Rollback({ ...report, errors: capped(matchErrors) });
      const written = await upsertPrograms(
        tx,
        valid.map((row, index) => upsertOf(row, matches[index])),
        options,
      );
      const done = { ...report };
      for (const { outcome } of written) done[outcome] += 1;
      if (options.dryRun) throw new Rollback(done);
      return done;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.report;
    throw error;
  }
}

function capped(errors: ImportProblem[]): ImportProblem[] {
  const sorted = errors
    .map((error, index) => ({ error, index }))
    .sort((a, b) => a.error.row - b.error.row || a.index - b.index);
  const shown = sorted.slice(0, MAX_ERRORS).map(({ error }) => error);
  const first = sorted[MAX_ERRORS];
  if (first) {
    shown.push({
      row: first.error.row,
      column: null,
      message: `${sorted.length - MAX_ERRORS} more problems from this row on are not listed`,
    });
  }
  return shown;
}

/**
 * What a row makes of its program: the columns it gives over what the program has (a column it
 * leaves out stays as it is); its institution's attributes as given; and its outcomes, when it
 * names a cohort year, in place of that year's.
 */
function upsertOf({ values: row }: ValidRow, existing: StoredProgram | undefined): ProgramUpsert {
  const base: ImportRow = existing ? toImportRow(existing, row.outcomes_year) : emptyImportRow();
  const values: Record<string, unknown> = {};
  for (const column of programColumns) values[column] = row[column] === undefined ? base[column] : row[column];
  const attributes: Record<string, unknown> = {};
  for (const column of institutionAttributeColumns) if (row[column] !== undefined) attributes[column] = row[column];
  const year = row.outcomes_year ?? null;
  const kept = (existing?.outcomes ?? []).filter(
    (outcome) =>
      year === null ||
      outcome.cohort_year !== year ||
      !(importOutcomeMetrics as readonly string[]).includes(outcome.metric),
  );
  const stated = year === null ? [] : outcomesOfRow({ ...emptyImportRow(), ...row, outcomes_year: year });
  return {
    existing,
    next: {
      values: values as ProgramValues,
      institution: { key: institutionKeyOf(row), attributes: attributes as Partial<InstitutionValues> },
      outcomes: [...kept, ...stated],
    },
  };
}

/** Each row's existing program, if any: by cahiim_epc, else by natural key among programs without another EPC. */
async function matchRows(
  db: Db,
  rows: readonly ValidRow[],
): Promise<{ matches: (StoredProgram | undefined)[]; errors: ImportProblem[] }> {
  const epcs = [...new Set(rows.flatMap((row) => (row.values.cahiim_epc ? [row.values.cahiim_epc] : [])))];
  const keys = new Map(rows.map((row) => [programKeyString(programKeyOf(row.values)), programKeyOf(row.values)]));
  const byEpc = new Map((await storedProgramsByEpc(db, epcs)).map((found) => [found.cahiim_epc as string, found]));
  const byKey = new Map<string, StoredProgram[]>();
  for (const found of await storedProgramsByNaturalKey(db, [...keys.values()])) {
    const key = programKeyString(found);
    byKey.set(key, [...(byKey.get(key) ?? []), found]);
  }
  const errors: ImportProblem[] = [];
  const claimed = new Map<string, number>();
  const matches = rows.map(({ row, values }) => {
    const epc = values.cahiim_epc ?? null;
    let match = epc === null ? undefined : byEpc.get(epc);
    if (!match) {
      // A program that has an EPC is that EPC's program: a row with another EPC is a new program.
      const candidates = (byKey.get(programKeyString(programKeyOf(values))) ?? []).filter(
        (candidate) => epc === null || candidate.cahiim_epc === null,
      );
      if (candidates.length > 1) {
        errors.push({
          row,
          column: 'cahiim_epc',
          message: `matches ${candidates.length} existing programs by name and place; give the cahiim_epc of one`,
        });
        return undefined;
      }
      match = candidates[0];
    }
    if (match) {
      const other = claimed.get(match.id);
      if (other !== undefined) {
        errors.push({
          row,
          column: epc === null ? 'program_name' : 'cahiim_epc',
          message: `matches the same existing program as row ${other}`,
        });
      }
      claimed.set(match.id, row);
    }
    return match;
  });
  return { matches, errors };
}
