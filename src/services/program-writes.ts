import type { Db } from '../db/client.js';
import { outcomeMetrics } from '../domain/vocabularies.js';
import { AppError, notFound } from '../errors.js';
import { insertAccreditationActions, setAccreditationStatus } from '../queries/accreditation-actions.js';
import { lockCatalogueWrites } from '../queries/catalogue-lock.js';
import { findInstitutionById } from '../queries/institutions.js';
import {
  deleteProgramRow,
  lockStoredProgram,
  type StoredProgram,
  storedProgramsByEpc,
  storedProgramsByNaturalKey,
} from '../queries/stored-programs.js';
import type { ProgramDetail } from '../schemas/program.js';
import { institutionColumns } from '../schemas/program-fields.js';
import {
  type AccreditationActionInput,
  invalidBody,
  type ProgramWriteInput,
  programWriteSchema,
  writeProblems,
} from '../schemas/program-write.js';
import { recordChanges } from './changes.js';
import { mergePatch } from './merge-patch.js';
import { checkIfMatch, programEtag } from './preconditions.js';
import {
  institutionValuesOf,
  institutionWriteDocument,
  programValuesOf,
  programVersionTag,
  sortOutcomes,
  toWriteDocument,
} from './program-mappings.js';
import { naturalKeyOf, type ProgramState, upsertPrograms } from './program-upserts.js';
import { getProgramDetail } from './programs.js';

/**
 * Program writes by admins: each one transaction, under the catalogue write lock, through the same
 * upsert as imports (program-upserts.ts): a one-program upsert, behind If-Match for changes.
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

const metricOrder = outcomeMetrics.values;

export async function createProgram(db: Db, input: ProgramWriteInput, context: WriteContext) {
  return db.transaction(async (tx): Promise<ProgramWriteResult> => {
    await lockCatalogueWrites(tx);
    const next = await stateOf(tx, input);
    await assertUnique(tx, next);
    const [written] = await upsertPrograms(tx, [{ next }], { actor: context.actor, source: 'manual' });
    return readBack(tx, written?.id as string);
  });
}

/** Applies a JSON merge patch to the program as written; the merged document is validated as a whole. */
export async function updateProgram(db: Db, idOrSlug: string, patch: Record<string, unknown>, context: WriteContext) {
  return db.transaction(async (tx): Promise<ProgramWriteResult> => {
    await lockCatalogueWrites(tx);
    const current = await lockedProgram(tx, idOrSlug, context);
    const merged = mergePatch(patchBase(current, patch), patch) as Record<string, unknown>;
    const parsed = programWriteSchema.safeParse(merged);
    if (!parsed.success) throw invalidBody(writeProblems(parsed.error));
    const next = await stateOf(tx, parsed.data as ProgramWriteInput);
    await assertUnique(tx, next, current.id);
    await upsertPrograms(tx, [{ existing: current, next }], { actor: context.actor, source: 'manual' });
    return readBack(tx, current.id);
  });
}

export async function deleteProgram(db: Db, idOrSlug: string, context: WriteContext): Promise<void> {
  await db.transaction(async (tx) => {
    await lockCatalogueWrites(tx);
    const current = await lockedProgram(tx, idOrSlug, context);
    // Recorded while the program is still there: the webhook outbox reads its state and degree level.
    await recordChanges(tx, [{ op: 'deleted', program_id: current.id }], context.actor);
    await deleteProgramRow(tx, current.id);
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
    await lockCatalogueWrites(tx);
    const current = await lockedProgram(tx, idOrSlug, context);
    await insertAccreditationActions(tx, [
      { program_id: current.id, action: input.action, date: input.date, note: input.note ?? null },
    ]);
    // The history is part of the program's representation: its version moves even without a new status.
    await setAccreditationStatus(tx, current.id, { status: input.status ?? null, date: input.date });
    await recordChanges(tx, [{ op: 'updated', program_id: current.id }], context.actor, [
      {
        program_id: current.id,
        action: input.action,
        date: input.date,
        note: input.note ?? null,
        status: input.status ?? null,
      },
    ]);
    return readBack(tx, current.id);
  });
}

// ---------------------------------------------------------------------------------------------

/**
 * The document a program's merge patch applies to. It names the institution by `institution_id`;
 * a patch that gives an `institution` object (and no id) is merged onto the current institution
 * written out whole, so `{"institution": {"city": "Dallas"}}` changes the city and keeps the name,
 * state, ZIP, location, website and the rest. The merged institution is then matched by name,
 * campus, city and state like any inline one: the same campus is updated, another is found or
 * created with every field the merged object holds. (With `institution_id` as well, the merged
 * document names both, which the write schema refuses.)
 */
function patchBase(current: StoredProgram, patch: Record<string, unknown>): Record<string, unknown> {
  const { institution_id, ...document } = toWriteDocument(current, metricOrder);
  const inline = typeof patch.institution === 'object' && patch.institution !== null;
  return inline ? { ...document, institution: institutionWriteDocument(current) } : { ...document, institution_id };
}

async function lockedProgram(db: Db, idOrSlug: string, context: WriteContext): Promise<StoredProgram> {
  const current = await lockStoredProgram(db, idOrSlug);
  if (!current) throw notFound(`Program ${idOrSlug}`);
  checkIfMatch(context.ifMatch, programEtag(programVersionTag(current)), 'program');
  return current;
}

async function readBack(db: Db, id: string): Promise<ProgramWriteResult> {
  const { program, version } = await getProgramDetail(db, id);
  return { program, etag: programEtag(version) };
}

/** A validated write document as the program's next state; its institution by id or inline. */
async function stateOf(db: Db, input: ProgramWriteInput): Promise<ProgramState> {
  const outcomes = sortOutcomes(
    (input.outcomes ?? []).map((outcome) => ({ ...outcome, exam: outcome.exam ?? null })),
    metricOrder,
  );
  const values = programValuesOf(input);
  if (input.institution !== undefined) return { values, institution: institutionValuesOf(input.institution), outcomes };
  const found = await findInstitutionById(db, input.institution_id as string);
  if (!found)
    throw invalidBody([{ in: 'body', name: 'institution_id', message: 'is not the id of a known institution' }]);
  const { institution_name, campus, city, state } = found;
  const attributes = Object.fromEntries(institutionColumns.map((column) => [column, found[column]]));
  return { values, institution: { key: { institution_name, campus, city, state }, attributes }, outcomes };
}

/**
 * The rules the import matches by: an EPC names one program; without EPCs, one institution has
 * one program of a name, degree level and discipline. A write that breaks them is a 409.
 */
async function assertUnique(db: Db, next: ProgramState, selfId?: string) {
  const epc = next.values.cahiim_epc;
  if (epc !== null) {
    const [other] = (await storedProgramsByEpc(db, [epc])).filter((found) => found.id !== selfId);
    if (other) {
      throw new AppError('conflict', `Program ${other.id} already has cahiim_epc ${epc}`, [
        { in: 'body', name: 'cahiim_epc', message: `is already the EPC of program ${other.id}` },
      ]);
    }
  }
  const [twin] = (await storedProgramsByNaturalKey(db, [naturalKeyOf(next)])).filter(
    (found) => found.id !== selfId && (epc === null || found.cahiim_epc === null),
  );
  if (twin) {
    throw new AppError(
      'conflict',
      `Program ${twin.id} has the same name, degree level and discipline at this institution; give both programs their cahiim_epc to keep them apart`,
      [{ in: 'body', name: 'name', message: `is already the name of program ${twin.id} at this institution` }],
    );
  }
}
