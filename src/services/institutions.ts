import type { Db } from '../db/client.js';
import { statusLabel } from '../domain/vocabularies.js';
import { notFound } from '../errors.js';
import {
  countInstitutions,
  findInstitution,
  institutionPrograms,
  institutionVersionTag,
  listInstitutions,
} from '../queries/institutions.js';
import type { InstitutionDetail, InstitutionListItem, InstitutionListQuery } from '../schemas/institution.js';
import { decodeCursor, encodeCursor, fingerprint } from './cursor.js';
import { institutionEtag } from './preconditions.js';
import { toInstitution } from './program-mappings.js';

export async function searchInstitutions(db: Db, query: InstitutionListQuery) {
  const { cursor, limit = 20, ...search } = query;
  const searchFingerprint = fingerprint({ ...search, resource: 'institutions' });
  const after = cursor === undefined ? undefined : decodeCursor(cursor, searchFingerprint);
  const [rows, total] = await Promise.all([
    listInstitutions(db, search, limit + 1, after),
    countInstitutions(db, search),
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > limit && last ? encodeCursor({ value: last.sort_value, id: last.id }, searchFingerprint) : null;
  const items: InstitutionListItem[] = page.map(({ sort_value: _, program_count, ...institution }) => ({
    ...toInstitution(institution),
    program_count,
  }));
  return { items, total, limit, nextCursor };
}

/** The institution with its programs, and its ETag: the one PATCH and DELETE check with If-Match. */
export async function getInstitutionDetail(
  db: Db,
  idOrSlug: string,
): Promise<{ institution: InstitutionDetail; etag: string }> {
  const found = await findInstitution(db, idOrSlug);
  if (!found) throw notFound(`Institution ${idOrSlug}`);
  const institution = toInstitution(found);
  const [programs, versionTag] = await Promise.all([
    institutionPrograms(db, institution.id),
    institutionVersionTag(db, institution.id),
  ]);
  const detail = {
    ...institution,
    programs: programs.map(({ accreditation_status, ...program }) => ({
      ...program,
      accreditation: { status: accreditation_status, status_label: statusLabel(accreditation_status) },
    })),
  };
  return { institution: detail, etag: institutionEtag(versionTag ?? institution.id) };
}
