import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client.js';
import { AppError, notFound } from '../errors.js';
import { lockCatalogueWrites } from '../queries/catalogue-lock.js';
import type { ChangeWrite } from '../queries/changes.js';
import {
  countProgramsAt,
  deleteInstitutionRow,
  findInstitutionsByKey,
  type InstitutionKey,
  insertInstitutionRows,
  institutionVersionTag,
  lockInstitution,
  type StoredInstitution,
  updateInstitutionRows,
} from '../queries/institutions.js';
import { refreshProgramsOfInstitutions } from '../queries/stored-programs.js';
import type { InstitutionDetail } from '../schemas/institution.js';
import { type InstitutionValues, institutionAttributeColumns, institutionColumns } from '../schemas/program-fields.js';
import { institutionWriteSchema, invalidBody, writeProblems } from '../schemas/program-write.js';
import { recordChanges } from './changes.js';
import { getInstitutionDetail } from './institutions.js';
import { mergePatch } from './merge-patch.js';
import { checkIfMatch, institutionEtag } from './preconditions.js';
import { institutionValuesOf, institutionWriteDocument } from './program-mappings.js';
import { institutionSlugWanted, institutionTextOf } from './program-upserts.js';
import type { WriteContext } from './program-writes.js';
import { assignSlugs } from './slugs.js';

/**
 * Institution writes by admins, one transaction each, under the catalogue write lock. The change
 * feed lists programs: an institution change appears there as an update of each of its programs
 * (their ETags change with it).
 */

export interface InstitutionWriteResult {
  institution: InstitutionDetail;
  etag: string;
}

/** A whole institution document as values: what it leaves out is null. */
function valuesOf(document: Record<string, unknown>): InstitutionValues {
  const { key, attributes } = institutionValuesOf(document);
  const none = Object.fromEntries(institutionAttributeColumns.map((column) => [column, null]));
  return { ...none, ...attributes, ...key } as InstitutionValues;
}

async function assertKeyFree(db: Db, key: InstitutionKey, selfId?: string): Promise<void> {
  const [other] = (await findInstitutionsByKey(db, [key])).filter((institution) => institution.id !== selfId);
  if (other) {
    throw new AppError('conflict', `Institution ${other.id} has the same name, campus, city and state`, [
      { in: 'body', name: 'name', message: `with this campus, city and state is institution ${other.id}` },
    ]);
  }
}

const etagOf = async (db: Db, id: string) => institutionEtag((await institutionVersionTag(db, id)) ?? id);

const readBack = (db: Db, id: string): Promise<InstitutionWriteResult> => getInstitutionDetail(db, id);

async function locked(db: Db, idOrSlug: string, context: WriteContext): Promise<StoredInstitution> {
  const current = await lockInstitution(db, idOrSlug);
  if (!current) throw notFound(`Institution ${idOrSlug}`);
  if (context.ifMatch !== undefined) checkIfMatch(context.ifMatch, await etagOf(db, current.id), 'institution');
  return current;
}

export async function createInstitution(
  db: Db,
  input: Record<string, unknown>,
  context: WriteContext,
): Promise<InstitutionWriteResult> {
  return db.transaction(async (tx) => {
    await lockCatalogueWrites(tx);
    const values = valuesOf(input);
    await assertKeyFree(tx, values);
    const [slug] = await assignSlugs(tx, 'institutions', [institutionSlugWanted({ key: values })]);
    const id = randomUUID();
    await insertInstitutionRows(tx, [{ ...values, id, slug: slug as string }]);
    await recordChanges(tx, [{ op: 'created', institution_id: id }], context.actor);
    return readBack(tx, id);
  });
}

export async function updateInstitution(
  db: Db,
  idOrSlug: string,
  patch: Record<string, unknown>,
  context: WriteContext,
): Promise<InstitutionWriteResult> {
  return db.transaction(async (tx) => {
    await lockCatalogueWrites(tx);
    const current = await locked(tx, idOrSlug, context);
    const parsed = institutionWriteSchema.safeParse(mergePatch(institutionWriteDocument(current), patch));
    if (!parsed.success) throw invalidBody(writeProblems(parsed.error));
    const next = valuesOf(parsed.data);
    if (institutionColumns.every((column) => next[column] === current[column])) return readBack(tx, current.id);
    await assertKeyFree(tx, next, current.id);
    await updateInstitutionRows(tx, [{ ...next, id: current.id, slug: current.slug }]);
    const programs = await refreshProgramsOfInstitutions(tx, [{ id: current.id, text: institutionTextOf(next) }], []);
    // The institution's programs change with it; an institution without programs is a change of its own.
    const feed: ChangeWrite[] = programs.map((id) => ({ op: 'updated', program_id: id }));
    await recordChanges(tx, feed.length > 0 ? feed : [{ op: 'updated', institution_id: current.id }], context.actor);
    return readBack(tx, current.id);
  });
}

/** An institution with programs stays: deleting it would delete or orphan them (409). */
export async function deleteInstitution(db: Db, idOrSlug: string, context: WriteContext): Promise<void> {
  await db.transaction(async (tx) => {
    await lockCatalogueWrites(tx);
    const current = await locked(tx, idOrSlug, context);
    const programs = await countProgramsAt(tx, current.id);
    if (programs > 0) {
      throw new AppError(
        'conflict',
        `Institution ${current.id} has ${programs} program${programs === 1 ? '' : 's'}; delete them or move them to another institution first`,
      );
    }
    await deleteInstitutionRow(tx, current.id);
    await recordChanges(tx, [{ op: 'deleted', institution_id: current.id }], context.actor);
  });
}
