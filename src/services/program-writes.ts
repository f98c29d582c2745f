import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { Db } from '../db/client.js';
import { institutionText } from '../domain/institution-text.js';
import { AppError, notFound } from '../errors.js';
import type { ChangeWrite } from '../queries/changes.js';
import { programVersionTag } from '../queries/program-row.js';
import {
  findImportRecordsByEpc,
  findImportRecordsByNaturalKey,
  findInstitutionsByKey,
  type InstitutionWrite,
  insertAccreditationActions,
  insertInstitutions,
  insertPrograms,
  lockImports,
  type ProgramWrite,
  touchProgramsOfInstitutions,
  updateInstitutions,
  updatePrograms,
} from '../queries/program-writes.js';
import {
  applyAccreditationAction,
  deleteProgram as deleteProgramRow,
  findInstitutionById,
  type LockedProgram,
  lockProgram,
  programOutcomes,
  replaceProgramOutcomes,
  type StoredOutcome,
} from '../queries/record-writes.js';
import type { ProgramDetail } from '../schemas/program.js';
import {
  type AccreditationActionInput,
  type InlineInstitution,
  invalidBody,
  type OutcomeWriteInput,
  type ProgramWriteInput,
  programWriteSchema,
  writeProblems,
} from '../schemas/program-write.js';
import { recordChanges } from './changes.js';
import { institutionKeyString, programKeyString } from './import-checks.js';
import { assignSlugs, slugify } from './import-slugs.js';
import { mergePatch } from './merge-patch.js';
import { checkIfMatch, programEtag } from './preconditions.js';
import { getProgramDetail } from './programs.js';

/**
 * Program writes by admins: each one transaction that also writes its change-feed rows with the
 * actor, so a change and its record commit together or not at all. Every write first takes the
 * lock imports take: writers queue, which keeps natural keys unique and makes change-feed
 * sequence numbers commit in order (a reader resuming `since` a number never misses a lower one
 * committed later).
 */

export interface WriteContext {
  /** Who writes: the API key's name (`admin` for ADMIN_API_KEY). */
  actor: string;
  /** The If-Match header, when the client sent one. */
  ifMatch?: string;
}

export interface ProgramWriteResult {
  program: ProgramDetail;
  etag: string;
}

const updated = (id: string): ChangeWrite => ({ op: 'updated', program_id: id });

export async function createProgram(db: Db, input: ProgramWriteInput, context: WriteContext) {
  return db.transaction(async (tx): Promise<ProgramWriteResult> => {
    await lockImports(tx);
    const id = randomUUID();
    const { institution, siblings } = await resolveInstitution(tx, input, id);
    await assertUnique(tx, input, institution, id);
    const [slug] = await assignSlugs(tx, 'programs', [
      {
        base:
          slugify([institution.name, input.name, input.credential, institution.city, institution.state]) || 'program',
        seed: input.cahiim_epc ?? programKeyString(naturalKey(input, institution)),
      },
    ]);
    await insertPrograms(tx, [programWrite(id, slug as string, input, institution)]);
    await replaceProgramOutcomes(tx, id, input.outcomes ?? []);
    await recordChanges(tx, [{ op: 'created', program_id: id }, ...siblings.map(updated)], context.actor);
    return readBack(tx, id);
  });
}

/** Applies a JSON merge patch to the program as written; the merged document is validated as a whole. */
export async function updateProgram(db: Db, idOrSlug: string, patch: Record<string, unknown>, context: WriteContext) {
  return db.transaction(async (tx): Promise<ProgramWriteResult> => {
    await lockImports(tx);
    const current = await lockedProgram(tx, idOrSlug, context);
    const base = writeDocument(current, await programOutcomes(tx, current.id));
    const merged = mergePatch(base, patch) as Record<string, unknown>;
    // The program moves by naming its institution one way or the other; the other way is dropped.
    if (patch.institution != null && !('institution_id' in patch)) delete merged.institution_id;
    const parsed = programWriteSchema.safeParse(merged);
    if (!parsed.success) throw invalidBody(writeProblems(parsed.error));
    const next = parsed.data;
    const { institution, changed, siblings } = await resolveInstitution(tx, next, current.id);
    const before = programWriteSchema.safeParse(base);
    const { institution: _inline, ...nextById } = next;
    const same =
      before.success && !changed && isDeepStrictEqual({ ...nextById, institution_id: institution.id }, before.data);
    if (same) return readBack(tx, current.id);

    await assertUnique(tx, next, institution, current.id);
    await updatePrograms(tx, [programWrite(current.id, current.slug, next, institution)]);
    if (!before.success || !isDeepStrictEqual(next.outcomes, before.data.outcomes))
      await replaceProgramOutcomes(tx, current.id, next.outcomes ?? []);
    await recordChanges(tx, [updated(current.id), ...siblings.map(updated)], context.actor);
    return readBack(tx, current.id);
  });
}

export async function deleteProgram(db: Db, idOrSlug: string, context: WriteContext): Promise<void> {
  await db.transaction(async (tx) => {
    await lockImports(tx);
    const current = await lockedProgram(tx, idOrSlug, context);
    await deleteProgramRow(tx, current.id);
    await recordChanges(tx, [{ op: 'deleted', program_id: current.id }], context.actor);
  });
}

/** Appends to the history and, with `status`, moves the program to that status as of the action's date. */
export async function addAccreditationAction(
  db: Db,
  idOrSlug: string,
  input: AccreditationActionInput,
  context: WriteContext,
) {
  return db.transaction(async (tx): Promise<ProgramWriteResult> => {
    await lockImports(tx);
    const current = await lockedProgram(tx, idOrSlug, context);
    await insertAccreditationActions(tx, [
      { program_id: current.id, action: input.action, date: input.date, note: input.note },
    ]);
    // The history is part of the program's representation: its version moves even without a new status.
    await applyAccreditationAction(tx, current.id, { status: input.status ?? null, date: input.date });
    await recordChanges(tx, [updated(current.id)], context.actor);
    return readBack(tx, current.id);
  });
}

// ---------------------------------------------------------------------------------------------

async function lockedProgram(db: Db, idOrSlug: string, context: WriteContext): Promise<LockedProgram> {
  const current = await lockProgram(db, idOrSlug);
  if (!current) throw notFound(`Program ${idOrSlug}`);
  checkIfMatch(context.ifMatch, programEtag(programVersionTag(current)), 'program');
  return current;
}

async function readBack(db: Db, id: string): Promise<ProgramWriteResult> {
  const { program, version } = await getProgramDetail(db, id);
  return { program, etag: programEtag(version) };
}

/** The program as a write document: what a merge patch applies to. */
function writeDocument(row: LockedProgram, outcomes: readonly StoredOutcome[]): Record<string, unknown> {
  return {
    cahiim_epc: row.cahiim_epc,
    name: row.name,
    credential: row.credential,
    degree_level: row.degree_level,
    discipline: row.discipline,
    cip_code: row.cip_code,
    delivery_mode: row.delivery_mode,
    institution_id: row.institution_id,
    accreditation: {
      status: row.accreditation_status,
      status_since: row.status_since,
      initial_accreditation_date: row.initial_accreditation_date,
      next_review_year: row.next_review_year,
    },
    internship: {
      required: row.internship_required,
      min_hours: row.internship_min_hours,
      formats: row.internship_formats,
      placement_assistance: row.placement_assistance,
    },
    career_services: row.career_services,
    outcomes: outcomes.map(({ metric, value, cohort_year, exam }) => ({ metric, value, cohort_year, exam })),
    tuition: { in_state_usd: row.tuition_in_state_usd, out_of_state_usd: row.tuition_out_of_state_usd },
    credit_hours: row.credit_hours,
    duration_months: row.duration_months,
    urls: { program: row.program_url, outcomes: row.outcomes_url },
    contact: { name: row.contact_name, email: row.contact_email, phone: row.contact_phone },
    description: row.description,
  };
}

/**
 * The program's institution: by id, or inline, matched by name, campus, city and state (the
 * attributes it gives update the match) or else created; `changed` when this write created or
 * changed it. `siblings` are the other programs of an institution it changed: they appear in the
 * change feed too.
 */
async function resolveInstitution(
  db: Db,
  input: ProgramWriteInput,
  programId: string,
): Promise<{ institution: InstitutionWrite; changed: boolean; siblings: string[] }> {
  if (input.institution === undefined) {
    const found = await findInstitutionById(db, input.institution_id as string);
    if (!found)
      throw invalidBody([{ in: 'body', name: 'institution_id', message: 'is not the id of a known institution' }]);
    return { institution: found, changed: false, siblings: [] };
  }
  const inline = input.institution;
  const key = { name: inline.name, campus: inline.campus ?? null, city: inline.city, state: inline.state };
  const [existing] = await findInstitutionsByKey(db, [key]);
  if (existing) {
    const merged = withAttributes(existing, inline);
    if (isDeepStrictEqual(merged, existing)) return { institution: existing, changed: false, siblings: [] };
    await updateInstitutions(db, [merged]);
    const siblings = await touchProgramsOfInstitutions(db, [existing.id], [programId]);
    return { institution: merged, changed: true, siblings: siblings.sort() };
  }
  const [slug] = await assignSlugs(db, 'institutions', [
    {
      base: slugify([key.name, key.campus, key.city, key.state]) || 'institution',
      seed: institutionKeyString(key),
    },
  ]);
  const created = withAttributes(
    {
      ...key,
      id: randomUUID(),
      slug: slug as string,
      zip: null,
      latitude: null,
      longitude: null,
      website: null,
      ipeds_unitid: null,
      control: null,
    },
    inline,
  );
  await insertInstitutions(db, [created]);
  return { institution: created, changed: true, siblings: [] };
}

/** The attributes the inline institution gives, over what the institution has; absent ones stay. */
function withAttributes(institution: InstitutionWrite, inline: InlineInstitution): InstitutionWrite {
  const pick = <T>(given: T | undefined, kept: T) => (given === undefined ? kept : given);
  return {
    ...institution,
    zip: pick(inline.zip, institution.zip),
    latitude: inline.location === undefined ? institution.latitude : (inline.location?.lat ?? null),
    longitude: inline.location === undefined ? institution.longitude : (inline.location?.lon ?? null),
    website: pick(inline.website, institution.website),
    ipeds_unitid: pick(inline.ipeds_unitid, institution.ipeds_unitid),
    control: pick(inline.control, institution.control),
  };
}

const naturalKey = (input: ProgramWriteInput, institution: InstitutionWrite) => ({
  institution_name: institution.name,
  campus: institution.campus,
  city: institution.city,
  state: institution.state,
  degree_level: input.degree_level,
  discipline: input.discipline,
  program_name: input.name,
});

/**
 * The rules the import matches by: an EPC names one program; without EPCs, one institution has
 * one program of a name, degree level and discipline. A write that breaks them is a 409.
 */
async function assertUnique(db: Db, input: ProgramWriteInput, institution: InstitutionWrite, selfId: string) {
  if (input.cahiim_epc !== null) {
    const [other] = (await findImportRecordsByEpc(db, [input.cahiim_epc])).filter((record) => record.id !== selfId);
    if (other) {
      throw new AppError('conflict', `Program ${other.id} already has cahiim_epc ${input.cahiim_epc}`, [
        { in: 'body', name: 'cahiim_epc', message: `is already the EPC of program ${other.id}` },
      ]);
    }
  }
  const [twin] = (await findImportRecordsByNaturalKey(db, [naturalKey(input, institution)])).filter(
    (record) => record.id !== selfId && (input.cahiim_epc === null || record.cahiim_epc === null),
  );
  if (twin) {
    throw new AppError(
      'conflict',
      `Program ${twin.id} has the same name, degree level and discipline at this institution; give both programs their cahiim_epc to keep them apart`,
      [{ in: 'body', name: 'name', message: `is already the name of program ${twin.id} at this institution` }],
    );
  }
}

/** The latest value of each filterable rate: what list filters and sorts read. */
function latestRates(outcomes: readonly OutcomeWriteInput[]) {
  const latest = (metric: OutcomeWriteInput['metric']) => {
    let best: OutcomeWriteInput | undefined;
    for (const outcome of outcomes) {
      if (outcome.metric === metric && (!best || outcome.cohort_year > best.cohort_year)) best = outcome;
    }
    return best?.value ?? null;
  };
  return {
    graduation_rate: latest('graduation_rate'),
    employment_rate: latest('employment_rate'),
    pass_rate: latest('certification_pass_rate'),
  };
}

function programWrite(id: string, slug: string, input: ProgramWriteInput, institution: InstitutionWrite): ProgramWrite {
  return {
    id,
    slug,
    cahiim_epc: input.cahiim_epc,
    institution_id: institution.id,
    name: input.name,
    credential: input.credential,
    degree_level: input.degree_level,
    discipline: input.discipline,
    cip_code: input.cip_code,
    delivery_mode: input.delivery_mode,
    accreditation_status: input.accreditation.status,
    status_since: input.accreditation.status_since,
    initial_accreditation_date: input.accreditation.initial_accreditation_date,
    next_review_year: input.accreditation.next_review_year,
    internship_required: input.internship.required,
    internship_min_hours: input.internship.min_hours,
    internship_formats: input.internship.formats,
    placement_assistance: input.internship.placement_assistance,
    career_services: input.career_services,
    tuition_in_state_usd: input.tuition.in_state_usd,
    tuition_out_of_state_usd: input.tuition.out_of_state_usd,
    credit_hours: input.credit_hours,
    duration_months: input.duration_months,
    program_url: input.urls.program,
    outcomes_url: input.urls.outcomes,
    contact_name: input.contact.name,
    contact_email: input.contact.email,
    contact_phone: input.contact.phone,
    description: input.description,
    source: 'manual',
    ...latestRates(input.outcomes ?? []),
    institution_text: institutionText(institution),
  };
}
