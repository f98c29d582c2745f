import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { Db } from '../db/client.js';
import { institutionText } from '../domain/institution-text.js';
import type { ChangeWrite } from '../queries/changes.js';
import {
  findInstitutionsByKey,
  type InstitutionKey,
  insertInstitutionRows,
  type StoredInstitution,
  updateInstitutionRows,
} from '../queries/institutions.js';
import {
  insertProgramRows,
  type ProgramNaturalKey,
  type ProgramRowWrite,
  refreshProgramsOfInstitutions,
  replaceOutcomes,
  type StoredOutcome,
  type StoredProgram,
  updateProgramRows,
} from '../queries/stored-programs.js';
import type { Program } from '../schemas/program.js';
import {
  type InstitutionValues,
  institutionAttributeColumns,
  institutionColumns,
  type ProgramValues,
  programColumns,
} from '../schemas/program-fields.js';
import { recordChanges } from './changes.js';
import { latestRates } from './program-mappings.js';
import { assignSlugs, slugify } from './slugs.js';

/**
 * The one path every program write takes, whoever makes it (an import of thousands of rows, the
 * admin API's single program, the sample data): given each program's next state, it writes only
 * what changed (institutions, programs, outcomes), moves the programs of changed institutions, and
 * records every change, re-rendering the stored documents, inside the caller's transaction. The
 * caller holds the catalogue write lock.
 */

/** A program as it is to be: its values, its institution (identity, and the attributes it gives) and every outcome. */
export interface ProgramState {
  values: ProgramValues;
  institution: { key: InstitutionKey; attributes: Partial<InstitutionValues> };
  outcomes: StoredOutcome[];
}

export interface ProgramUpsert {
  /** The program this state replaces; none creates one. */
  existing?: StoredProgram;
  next: ProgramState;
}

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

export interface UpsertOptions {
  /** Who writes, recorded in the change feed: an API key's name, `cli` or `seed`. */
  actor: string;
  /** The `source` of the programs this write creates or changes. */
  source: Program['source'];
}

export const institutionKeyString = (key: InstitutionKey) =>
  JSON.stringify([key.institution_name, key.campus, key.city, key.state]);
export const programKeyString = (key: ProgramNaturalKey) =>
  JSON.stringify([
    key.institution_name,
    key.campus,
    key.city,
    key.state,
    key.degree_level,
    key.discipline,
    key.program_name,
  ]);

export const naturalKeyOf = (state: Pick<ProgramState, 'values' | 'institution'>): ProgramNaturalKey => ({
  ...state.institution.key,
  degree_level: state.values.degree_level,
  discipline: state.values.discipline,
  program_name: state.values.program_name,
});

interface InstitutionPlan {
  key: InstitutionKey;
  existing?: StoredInstitution;
  values: InstitutionValues;
}

const nullAttributes = Object.fromEntries(institutionAttributeColumns.map((column) => [column, null]));

/** Each institution the states name: what it has now, with the attributes the states give over it (they agree). */
async function planInstitutions(db: Db, states: readonly ProgramState[]): Promise<Map<string, InstitutionPlan>> {
  const keys = new Map(states.map((state) => [institutionKeyString(state.institution.key), state.institution.key]));
  const existing = new Map(
    (await findInstitutionsByKey(db, [...keys.values()])).map((found) => [institutionKeyString(found), found]),
  );
  const plans = new Map<string, InstitutionPlan>();
  for (const [keyString, key] of keys) {
    const found = existing.get(keyString);
    plans.set(keyString, {
      key,
      existing: found,
      values: { ...nullAttributes, ...found, ...key } as InstitutionValues,
    });
  }
  for (const { institution } of states) {
    const plan = plans.get(institutionKeyString(institution.key)) as InstitutionPlan;
    Object.assign(plan.values, institution.attributes);
  }
  return plans;
}

const sameValues = <K extends string>(columns: readonly K[], a: Record<K, unknown>, b: Record<K, unknown>) =>
  columns.every((column) => isDeepStrictEqual(a[column], b[column]));

const outcomeOrder = (a: StoredOutcome, b: StoredOutcome) =>
  (a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : 0) || a.cohort_year - b.cohort_year;
const sameOutcomes = (a: readonly StoredOutcome[], b: readonly StoredOutcome[]) =>
  isDeepStrictEqual(
    [...a].sort(outcomeOrder).map((o) => ({ ...o, exam: o.exam ?? null })),
    [...b].sort(outcomeOrder).map((o) => ({ ...o, exam: o.exam ?? null })),
  );

/** Writes the states; returns each one's program id and whether it was created, updated or left unchanged. */
export async function upsertPrograms(
  db: Db,
  upserts: readonly ProgramUpsert[],
  options: UpsertOptions,
): Promise<{ id: string; outcome: UpsertOutcome }[]> {
  const institutions = await planInstitutions(
    db,
    upserts.map((upsert) => upsert.next),
  );
  const planned = upserts.map(({ existing, next }) => {
    const institution = institutions.get(institutionKeyString(next.institution.key)) as InstitutionPlan;
    const outcome: UpsertOutcome = !existing
      ? 'created'
      : sameValues(programColumns, existing, next.values) &&
          sameValues(institutionColumns, existing, institution.values) &&
          sameOutcomes(existing.outcomes, next.outcomes)
        ? 'unchanged'
        : 'updated';
    return { id: existing?.id ?? randomUUID(), existing, next, institution, outcome };
  });
  const changed = planned.filter((plan) => plan.outcome !== 'unchanged');
  if (changed.length === 0) return planned.map(({ id, outcome }) => ({ id, outcome }));

  const { ids: institutionIds, changed: changedInstitutions } = await writeInstitutions(db, [
    ...new Set(changed.map((plan) => plan.institution)),
  ]);
  const created = changed.filter((plan) => plan.outcome === 'created');
  const slugs = await assignSlugs(
    db,
    'programs',
    created.map(({ next }) => ({
      base:
        slugify([
          next.institution.key.institution_name,
          next.values.program_name,
          next.values.credential,
          next.institution.key.city,
          next.institution.key.state,
        ]) || 'program',
      seed: next.values.cahiim_epc ?? programKeyString(naturalKeyOf(next)),
    })),
  );
  const slugOf = new Map(created.map((plan, index) => [plan, slugs[index] as string]));
  const rows = changed.map(
    (plan): ProgramRowWrite => ({
      id: plan.id,
      slug: plan.existing?.slug ?? (slugOf.get(plan) as string),
      institution_id: institutionIds.get(plan.institution) as string,
      source: options.source,
      values: plan.next.values,
      ...latestRates(plan.next.outcomes),
      institution_text: institutionText({ ...plan.institution.key, name: plan.institution.key.institution_name }),
    }),
  );
  await insertProgramRows(
    db,
    rows.filter((_, index) => changed[index]?.outcome === 'created'),
  );
  await updateProgramRows(
    db,
    rows.filter((_, index) => changed[index]?.outcome === 'updated'),
  );
  await replaceOutcomes(
    db,
    changed.map((plan) => plan.id),
    changed.flatMap((plan) => plan.next.outcomes.map((outcome) => ({ ...outcome, program_id: plan.id }))),
  );
  const feed: ChangeWrite[] = changed.map((plan) => ({
    op: plan.outcome === 'created' ? 'created' : 'updated',
    program_id: plan.id,
  }));
  const siblings = await refreshProgramsOfInstitutions(
    db,
    changedInstitutions,
    changed.map((plan) => plan.id),
  );
  feed.push(...siblings.map((id): ChangeWrite => ({ op: 'updated', program_id: id })));
  await recordChanges(db, feed, options.actor);
  return planned.map(({ id, outcome }) => ({ id, outcome }));
}

/** Inserts new institutions and updates changed ones; returns every plan's institution id and those changed. */
async function writeInstitutions(
  db: Db,
  plans: readonly InstitutionPlan[],
): Promise<{ ids: Map<InstitutionPlan, string>; changed: { id: string; text: string }[] }> {
  const ids = new Map<InstitutionPlan, string>();
  const fresh = plans.filter((plan) => !plan.existing);
  const slugs = await assignSlugs(db, 'institutions', fresh.map(institutionSlugWanted));
  const inserts = fresh.map((plan, index) => {
    const row = { ...plan.values, id: randomUUID(), slug: slugs[index] as string };
    ids.set(plan, row.id);
    return row;
  });
  const updates: (InstitutionValues & { id: string; slug: string })[] = [];
  for (const plan of plans) {
    if (!plan.existing) continue;
    ids.set(plan, plan.existing.id);
    if (!sameValues(institutionColumns, plan.existing, plan.values))
      updates.push({ ...plan.values, id: plan.existing.id, slug: plan.existing.slug });
  }
  await insertInstitutionRows(db, inserts);
  await updateInstitutionRows(db, updates);
  return { ids, changed: updates.map((update) => ({ id: update.id, text: institutionTextOf(update) })) };
}

export const institutionSlugWanted = ({ key }: { key: InstitutionKey }) => ({
  base: slugify([key.institution_name, key.campus, key.city, key.state]) || 'institution',
  seed: institutionKeyString(key),
});

export const institutionTextOf = (values: InstitutionKey) =>
  institutionText({ name: values.institution_name, campus: values.campus, city: values.city, state: values.state });
