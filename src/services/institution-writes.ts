import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { Db } from '../db/client.js';
import { institutionText } from '../domain/institution-text.js';
import { AppError, notFound } from '../errors.js';
import type { ChangeWrite } from '../queries/changes.js';
import {
  findInstitutionsByKey,
  type InstitutionKey,
  type InstitutionWrite,
  insertInstitutions,
  lockImports,
} from '../queries/program-writes.js';
import {
  countProgramsAt,
  deleteInstitution as deleteInstitutionRow,
  institutionVersionTag,
  lockInstitution,
  refreshProgramsOfInstitution,
  updateInstitution as updateInstitutionRow,
} from '../queries/record-writes.js';
import type { InstitutionDetail } from '../schemas/institution.js';
import {
  type InstitutionWriteInput,
  institutionWriteSchema,
  invalidBody,
  writeProblems,
} from '../schemas/program-write.js';
import { recordChanges } from './changes.js';
import { institutionKeyString } from './import-checks.js';
import { assignSlugs, slugify } from './import-slugs.js';
import { getInstitutionDetail } from './institutions.js';
import { mergePatch } from './merge-patch.js';
import { checkIfMatch, institutionEtag } from './preconditions.js';
import type { WriteContext } from './program-writes.js';

/**
 * Institution writes by admins, one transaction each, under the same lock as every catalogue
 * write. The change feed lists programs: an institution change appears there as an update of
 * each of its programs (their ETags change with it).
 */

export interface InstitutionWriteResult {
  institution: InstitutionDetail;
  etag: string;
}

const keyOf = (input: InstitutionWriteInput): InstitutionKey => ({
  name: input.name,
  campus: input.campus ?? null,
  city: input.city,
  state: input.state,
});

function toWrite(id: string, slug: string, input: InstitutionWriteInput): InstitutionWrite {
  return {
    ...keyOf(input),
    id,
    slug,
    zip: input.zip ?? null,
    latitude: input.location?.lat ?? null,
    longitude: input.location?.lon ?? null,
    website: input.website ?? null,
    ipeds_unitid: input.ipeds_unitid ?? null,
    control: input.control ?? null,
  };
}

function writeDocument(institution: InstitutionWrite): Record<string, unknown> {
  return {
    name: institution.name,
    campus: institution.campus,
    city: institution.city,
    state: institution.state,
    zip: institution.zip,
    location:
      institution.latitude !== null && institution.longitude !== null
        ? { lat: institution.latitude, lon: institution.longitude }
        : null,
    website: institution.website,
    ipeds_unitid: institution.ipeds_unitid,
    control: institution.control,
  };
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

async function locked(db: Db, idOrSlug: string, context: WriteContext): Promise<InstitutionWrite> {
  const current = await lockInstitution(db, idOrSlug);
  if (!current) throw notFound(`Institution ${idOrSlug}`);
  if (context.ifMatch !== undefined) checkIfMatch(context.ifMatch, await etagOf(db, current.id), 'institution');
  return current;
}

export async function createInstitution(
  db: Db,
  input: InstitutionWriteInput,
  context: WriteContext,
): Promise<InstitutionWriteResult> {
  return db.transaction(async (tx) => {
    await lockImports(tx);
    const key = keyOf(input);
    await assertKeyFree(tx, key);
    const [slug] = await assignSlugs(tx, 'institutions', [
      { base: slugify([key.name, key.campus, key.city, key.state]) || 'institution', seed: institutionKeyString(key) },
    ]);
    const id = randomUUID();
    await insertInstitutions(tx, [toWrite(id, slug as string, input)]);
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
    await lockImports(tx);
    const current = await locked(tx, idOrSlug, context);
    const parsed = institutionWriteSchema.safeParse(mergePatch(writeDocument(current), patch));
    if (!parsed.success) throw invalidBody(writeProblems(parsed.error));
    const next = toWrite(current.id, current.slug, parsed.data);
    if (isDeepStrictEqual(next, current)) return readBack(tx, current.id);
    await assertKeyFree(tx, keyOf(parsed.data), current.id);
    await updateInstitutionRow(tx, next);
    const programs = await refreshProgramsOfInstitution(tx, current.id, institutionText(next));
    // The institution's programs change with it; an institution without programs is a change of its own.
    const feed: ChangeWrite[] = programs.sort().map((id) => ({ op: 'updated', program_id: id }));
    await recordChanges(tx, feed.length > 0 ? feed : [{ op: 'updated', institution_id: current.id }], context.actor);
    return readBack(tx, current.id);
  });
}

/** An institution with programs stays: deleting it would delete or orphan them (409). */
export async function deleteInstitution(db: Db, idOrSlug: string, context: WriteContext): Promise<void> {
  await db.transaction(async (tx) => {
    await lockImports(tx);
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
