import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client.js';
import { institutionText } from '../domain/institution-text.js';
import type { ProgramChange } from '../queries/changes.js';
import {
  findImportRecordsByEpc,
  findImportRecordsByNaturalKey,
  findInstitutionsByKey,
  type ImportRecord,
  type InstitutionKey,
  type InstitutionWrite,
  insertInstitutions,
  insertPrograms,
  lockImports,
  type OutcomeWrite,
  type ProgramWrite,
  replaceOutcomes,
  touchProgramsOfInstitutions,
  updateInstitutions,
  updatePrograms,
} from '../queries/program-writes.js';
import {
  emptyImportRow,
  type ImportColumn,
  type ImportProblem,
  type ImportReport,
  type ImportRow,
  importColumns,
  institutionAttributeColumns,
  outcomeColumns,
  type RateColumn,
  rateColumns,
  roundTo,
  validateImportRow,
} from '../schemas/import-row.js';
import { recordChanges } from './changes.js';
import {
  checkAcrossRows,
  institutionKeyOf,
  institutionKeyString,
  programKeyOf,
  programKeyString,
  type ValidRow,
} from './import-checks.js';
import { readCsv, readJson } from './import-input.js';
import { assignSlugs, slugify } from './import-slugs.js';
import { programToImportRow, sameImportRow } from './program-import-row.js';

export type { ImportProblem, ImportReport } from '../schemas/import-row.js';
export { programToImportRow } from './program-import-row.js';

export type ImportPayload = { kind: 'csv'; text: string } | { kind: 'json'; rows: unknown[] };

export interface ImportOptions {
  dryRun: boolean;
  /** Recorded in the change feed: an API key's name, `cli` or `seed`. */
  actor: string;
  /** The `source` of programs this import creates or changes. */
  source: 'import' | 'sample' | 'cahiim_directory';
}

/** A report lists at most this many problems: enough to fix a file, not a 40 MB answer for a wrong one. */
const MAX_ERRORS = 1_000;

type Outcome = 'created' | 'updated' | 'unchanged';

/** Thrown inside the transaction to roll it back (errors found, or a dry run) and carry the report out. */
class Rollback {
  constructor(readonly report: ImportReport) {}
}

/**
 * Imports programs from CSV or JSON rows. Every row is validated before anything is read from the
 * database; any problem and nothing is written. Otherwise one transaction matches each row to a
 * program (by cahiim_epc, else by the natural key), writes only what changed, and records each
 * created or updated program in the change feed. A dry run does all of it and rolls back, so its
 * counts are a real run's.
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
      await lockImports(tx);
      const result = await applyRows(tx, valid, options);
      if (result.errors.length > 0) throw new Rollback({ ...report, errors: capped(result.errors) });
      const done = { ...report, ...result.counts };
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

// ---------------------------------------------------------------------------------------------
// Matching, planning and writing (inside the transaction)
// ---------------------------------------------------------------------------------------------

type InstitutionAttributes = Pick<ImportRow, (typeof institutionAttributeColumns)[number]>;

interface InstitutionPlan {
  key: InstitutionKey;
  existing?: InstitutionWrite;
  attributes: InstitutionAttributes;
}

const outcomeColumnSet = new Set<ImportColumn>(outcomeColumns);
const institutionColumnSet = new Set<ImportColumn>(institutionAttributeColumns);

async function applyRows(
  db: Db,
  rows: readonly ValidRow[],
  options: ImportOptions,
): Promise<{ errors: ImportProblem[]; counts: Pick<ImportReport, 'created' | 'updated' | 'unchanged'> }> {
  const { matches, errors } = await matchRows(db, rows);
  const counts = { created: 0, updated: 0, unchanged: 0 };
  if (errors.length > 0) return { errors, counts };

  const institutions = await planInstitutions(db, rows);
  const planned = rows.map((row, index) => {
    const record = matches[index];
    const addressesOutcomes = row.values.outcomes_year != null;
    const base = record ? programToImportRow(record, row.values.outcomes_year) : emptyImportRow();
    const next: Record<string, unknown> = { ...base };
    for (const column of importColumns) {
      const value = row.values[column];
      if (value === undefined || institutionColumnSet.has(column)) continue;
      // A row without a cohort year says nothing about outcomes: they stay as they are.
      if (outcomeColumnSet.has(column) && !addressesOutcomes) continue;
      next[column] = value;
    }
    // The natural key is what the row says: no campus column means no campus.
    next.campus = row.values.campus ?? null;
    const institution = institutions.get(institutionKeyString(institutionKeyOf(row.values))) as InstitutionPlan;
    const effective = { ...(next as ImportRow), ...institution.attributes };
    const outcome: Outcome = !record ? 'created' : sameImportRow(effective, base) ? 'unchanged' : 'updated';
    counts[outcome] += 1;
    return { row, record, effective, institution, outcome, addressesOutcomes };
  });

  const changed = planned.filter((plan) => plan.outcome !== 'unchanged');
  if (changed.length === 0) return { errors, counts };

  const { ids: institutionIds, changed: changedInstitutions } = await writeInstitutions(db, [
    ...new Set(changed.map((plan) => plan.institution)),
  ]);
  const slugs = await assignSlugs(
    db,
    'programs',
    changed
      .filter((plan) => plan.outcome === 'created')
      .map(({ effective: row }) => ({
        base: slugify([row.institution_name, row.program_name, row.credential, row.city, row.state]) || 'program',
        seed: row.cahiim_epc ?? programKeyString(programKeyOf(row)),
      })),
  );
  const created: ProgramWrite[] = [];
  const updated: ProgramWrite[] = [];
  const cohorts: { program_id: string; cohort_year: number }[] = [];
  const outcomes: OutcomeWrite[] = [];
  const feed: ProgramChange[] = [];
  for (const plan of changed) {
    const id = plan.record?.id ?? randomUUID();
    const institutionId = institutionIds.get(plan.institution) as string;
    const write = programWrite(id, institutionId, plan.effective, plan.record, plan.addressesOutcomes, options.source);
    if (plan.outcome === 'created') created.push({ ...write, slug: slugs[created.length] as string });
    else updated.push(write);
    if (plan.addressesOutcomes && plan.effective.outcomes_year !== null) {
      cohorts.push({ program_id: id, cohort_year: plan.effective.outcomes_year });
      outcomes.push(...outcomesOf(id, plan.effective));
    }
    feed.push({ op: plan.outcome === 'created' ? 'created' : 'updated', program_id: id });
  }
  await insertPrograms(db, created);
  await updatePrograms(db, updated);
  await replaceOutcomes(db, cohorts, outcomes);
  const siblings = await touchProgramsOfInstitutions(
    db,
    changedInstitutions,
    feed.map((change) => change.program_id),
  );
  feed.push(...siblings.map((id): ProgramChange => ({ op: 'updated', program_id: id })));
  await recordChanges(db, feed, options.actor);
  return { errors, counts };
}

/** Each row's existing program, if any: by cahiim_epc, else by natural key among programs without another EPC. */
async function matchRows(
  db: Db,
  rows: readonly ValidRow[],
): Promise<{ matches: (ImportRecord | undefined)[]; errors: ImportProblem[] }> {
  const epcs = [...new Set(rows.flatMap((row) => (row.values.cahiim_epc ? [row.values.cahiim_epc] : [])))];
  const keys = new Map(rows.map((row) => [programKeyString(programKeyOf(row.values)), programKeyOf(row.values)]));
  const byEpc = new Map(
    (await findImportRecordsByEpc(db, epcs)).map((record) => [record.cahiim_epc as string, record]),
  );
  const byKey = new Map<string, ImportRecord[]>();
  for (const record of await findImportRecordsByNaturalKey(db, [...keys.values()])) {
    const key = programKeyString(record);
    byKey.set(key, [...(byKey.get(key) ?? []), record]);
  }
  const errors: ImportProblem[] = [];
  const claimed = new Map<string, number>();
  const matches = rows.map(({ row, values }) => {
    const epc = values.cahiim_epc ?? null;
    let record = epc === null ? undefined : byEpc.get(epc);
    if (!record) {
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
      record = candidates[0];
    }
    if (record) {
      const other = claimed.get(record.id);
      if (other !== undefined) {
        errors.push({
          row,
          column: epc === null ? 'program_name' : 'cahiim_epc',
          message: `matches the same existing program as row ${other}`,
        });
      }
      claimed.set(record.id, row);
    }
    return record;
  });
  return { matches, errors };
}

const attributesOf = (institution: InstitutionWrite): InstitutionAttributes => ({
  zip: institution.zip,
  lat: institution.latitude,
  lon: institution.longitude,
  institution_website: institution.website,
  ipeds_unitid: institution.ipeds_unitid,
  control: institution.control as ImportRow['control'],
});

const sameAttributes = (a: InstitutionAttributes, b: InstitutionAttributes) =>
  institutionAttributeColumns.every((column) => a[column] === b[column]);

/** The institutions the rows name: what they have now, and what they will have (the rows agree, see checkAcrossRows). */
async function planInstitutions(db: Db, rows: readonly ValidRow[]): Promise<Map<string, InstitutionPlan>> {
  const keys = new Map(
    rows.map((row) => [institutionKeyString(institutionKeyOf(row.values)), institutionKeyOf(row.values)]),
  );
  const existing = new Map(
    (await findInstitutionsByKey(db, [...keys.values()])).map((institution) => [
      institutionKeyString(institution),
      institution,
    ]),
  );
  const plans = new Map<string, InstitutionPlan>();
  for (const [keyString, key] of keys) {
    const current = existing.get(keyString);
    const attributes: InstitutionAttributes = current
      ? attributesOf(current)
      : { zip: null, lat: null, lon: null, institution_website: null, ipeds_unitid: null, control: null };
    plans.set(keyString, { key, existing: current, attributes });
  }
  for (const { values } of rows) {
    const plan = plans.get(institutionKeyString(institutionKeyOf(values))) as InstitutionPlan;
    const attributes: Record<string, unknown> = plan.attributes;
    for (const column of institutionAttributeColumns) {
      if (values[column] !== undefined) attributes[column] = values[column];
    }
  }
  return plans;
}

/** Inserts new institutions and updates changed ones; returns every plan's institution id and the ids of those changed. */
async function writeInstitutions(
  db: Db,
  plans: readonly InstitutionPlan[],
): Promise<{ ids: Map<InstitutionPlan, string>; changed: string[] }> {
  const ids = new Map<InstitutionPlan, string>();
  const fresh = plans.filter((plan) => !plan.existing);
  const slugs = await assignSlugs(
    db,
    'institutions',
    fresh.map(({ key }) => ({
      base: slugify([key.name, key.campus, key.city, key.state]) || 'institution',
      seed: institutionKeyString(key),
    })),
  );
  const toWrite = (plan: InstitutionPlan, id: string, slug: string): InstitutionWrite => ({
    ...plan.key,
    id,
    slug,
    zip: plan.attributes.zip,
    latitude: plan.attributes.lat,
    longitude: plan.attributes.lon,
    website: plan.attributes.institution_website,
    ipeds_unitid: plan.attributes.ipeds_unitid,
    control: plan.attributes.control,
  });
  const inserts = fresh.map((plan, index) => {
    const write = toWrite(plan, randomUUID(), slugs[index] as string);
    ids.set(plan, write.id);
    return write;
  });
  const updates: InstitutionWrite[] = [];
  for (const plan of plans) {
    if (!plan.existing) continue;
    ids.set(plan, plan.existing.id);
    if (!sameAttributes(plan.attributes, attributesOf(plan.existing)))
      updates.push(toWrite(plan, plan.existing.id, plan.existing.slug));
  }
  await insertInstitutions(db, inserts);
  await updateInstitutions(db, updates);
  return { ids, changed: updates.map((update) => update.id) };
}

/** The latest value of each filterable rate once this row's cohort replaces the stored one of that year. */
function latestRates(record: ImportRecord | undefined, row: ImportRow, addressesOutcomes: boolean) {
  const year = addressesOutcomes ? row.outcomes_year : null;
  const cohorts = (record?.outcomes ?? [])
    .filter((outcome) => outcome.cohort_year !== year)
    .map(({ metric, cohort_year, value }) => ({ metric: metric as string, cohort_year, value }));
  if (year !== null) {
    for (const column of Object.keys(rateColumns) as RateColumn[]) {
      const value = row[column];
      if (value !== null) cohorts.push({ metric: rateColumns[column], cohort_year: year, value });
    }
  }
  const latest = (metric: string) => {
    let best: { cohort_year: number; value: number } | undefined;
    for (const outcome of cohorts) {
      if (outcome.metric === metric && (!best || outcome.cohort_year > best.cohort_year)) best = outcome;
    }
    return best ? roundTo(best.value, 2) : null;
  };
  return {
    graduation_rate: latest(rateColumns.graduation_rate),
    employment_rate: latest(rateColumns.employment_rate),
    pass_rate: latest(rateColumns.pass_rate),
  };
}

function outcomesOf(programId: string, row: ImportRow): OutcomeWrite[] {
  const year = row.outcomes_year;
  if (year === null) return [];
  return (Object.keys(rateColumns) as RateColumn[]).flatMap((column) => {
    const value = row[column];
    if (value === null) return [];
    const exam = column === 'pass_rate' ? row.pass_rate_exam : null;
    return [{ program_id: programId, metric: rateColumns[column], cohort_year: year, value, exam }];
  });
}

function programWrite(
  id: string,
  institutionId: string,
  row: ImportRow,
  record: ImportRecord | undefined,
  addressesOutcomes: boolean,
  source: ImportOptions['source'],
): ProgramWrite {
  const state = row.state;
  return {
    id,
    slug: '',
    cahiim_epc: row.cahiim_epc,
    institution_id: institutionId,
    name: row.program_name,
    credential: row.credential,
    degree_level: row.degree_level,
    discipline: row.discipline,
    cip_code: row.cip_code,
    delivery_mode: row.delivery_mode,
    accreditation_status: row.accreditation_status,
    status_since: row.status_since,
    initial_accreditation_date: row.initial_accreditation_date,
    next_review_year: row.next_review_year,
    internship_required: row.internship_required,
    internship_min_hours: row.internship_min_hours,
    internship_formats: row.internship_formats,
    placement_assistance: row.placement_assistance,
    career_services: row.career_services,
    tuition_in_state_usd: row.tuition_in_state_usd,
    tuition_out_of_state_usd: row.tuition_out_of_state_usd,
    credit_hours: row.credit_hours,
    duration_months: row.duration_months,
    program_url: row.program_url,
    outcomes_url: row.outcomes_url,
    contact_name: row.contact_name,
    contact_email: row.contact_email,
    contact_phone: row.contact_phone,
    description: row.description,
    source,
    ...latestRates(record, row, addressesOutcomes),
    institution_text: institutionText({ name: row.institution_name, campus: row.campus, city: row.city, state }),
  };
}
