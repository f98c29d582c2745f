import type { Db } from '../db/client.js';
import { statusLabel } from '../domain/vocabularies.js';
import { notFound } from '../errors.js';
import { countInstitutions, findInstitution, institutionPrograms, listInstitutions } from '../queries/institutions.js';
import { institutionVersionTag } from '../queries/record-writes.js';
import type { InstitutionDetail, InstitutionListItem, InstitutionListQuery } from '../schemas/institution.js';
import { decodeCursor, encodeCursor, fingerprint } from './cursor.js';
import { institutionEtag } from './preconditions.js';

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
  const items: InstitutionListItem[] = page.map(({ sort_value: _, ...item }) => item);
  return { items, total, limit, nextCursor };
}

/** The institution with its programs, and its ETag: the one PATCH and DELETE check with If-Match. */
export async function getInstitutionDetail(
  db: Db,
  idOrSlug: string,
): Promise<{ institution: InstitutionDetail; etag: string }> {
  const institution = await findInstitution(db, idOrSlug);
  if (!institution) throw notFound(`Institution ${idOrSlug}`);
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
