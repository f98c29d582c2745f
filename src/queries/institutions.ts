import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';
import type { InstitutionListItem } from '../schemas/institution.js';
import type { Program } from '../schemas/program.js';
import type { Position } from './programs.js';
import { inList, isUuid, whereOf } from './sql-fragments.js';

type Institution = Program['institution'];

const institutionColumns = sql`i.id, i.slug, i.name, i.campus, i.city, i.state, i.zip, i.latitude, i.longitude,
  i.website, i.ipeds_unitid, i.control`;

interface InstitutionRow extends Omit<Institution, 'location'> {
  latitude: number | null;
  longitude: number | null;
}

export function toInstitution({ latitude, longitude, ...row }: InstitutionRow): Institution {
  return { ...row, location: latitude !== null && longitude !== null ? { lat: latitude, lon: longitude } : null };
}

export interface InstitutionSearch {
  q?: string;
  state?: string[];
}

function conditions(search: InstitutionSearch): SQL[] {
  const where: SQL[] = [];
  if (search.state) where.push(sql`i.state IN ${inList(search.state)}`);
  if (search.q !== undefined) {
    // strpos rather than LIKE: the user's % and _ are plain characters here.
    where.push(sql`(strpos(lower(i.name || ' ' || coalesce(i.campus, '') || ' ' || i.city), lower(${search.q})) > 0
      OR lower(${search.q}) <% lower(i.name) OR lower(${search.q}) <% lower(i.city))`);
  }
  return where;
}

export async function listInstitutions(
  db: Db,
  search: InstitutionSearch,
  limit: number,
  after?: Position,
): Promise<(InstitutionListItem & { sort_value: string })[]> {
  const where = conditions(search);
  if (after) {
    where.push(sql`(lower(i.name) COLLATE "C", i.id) > (${after.value} COLLATE "C", ${after.id}::uuid)`);
  }
  const rows = await queryRows<InstitutionRow & { program_count: number; sort_value: string }>(
    db,
    sql`SELECT ${institutionColumns}, lower(i.name) AS sort_value,
        (SELECT count(*)::int FROM programs p WHERE p.institution_id = i.id) AS program_count
      FROM institutions i ${whereOf(where)}
      ORDER BY lower(i.name) COLLATE "C", i.id LIMIT ${limit}`,
  );
  return rows.map(({ program_count, sort_value, ...row }) => ({ ...toInstitution(row), program_count, sort_value }));
}

export async function countInstitutions(db: Db, search: InstitutionSearch): Promise<number> {
  const rows = await queryRows<{ total: number }>(
    db,
    sql`SELECT count(*)::int AS total FROM institutions i ${whereOf(conditions(search))}`,
  );
  return rows[0]?.total ?? 0;
}

export async function findInstitution(db: Db, idOrSlug: string): Promise<Institution | undefined> {
  const match = isUuid(idOrSlug) ? sql`i.id = ${idOrSlug}::uuid` : sql`i.slug = ${idOrSlug}`;
  const rows = await queryRows<InstitutionRow>(
    db,
    sql`SELECT ${institutionColumns} FROM institutions i WHERE ${match}`,
  );
  return rows[0] && toInstitution(rows[0]);
}

export interface ProgramSummaryRow {
  id: string;
  slug: string;
  name: string;
  credential: string | null;
  degree_level: Program['degree_level'];
  discipline: Program['discipline'];
  delivery_mode: Program['delivery_mode'];
  accreditation_status: Program['accreditation']['status'];
}

export async function institutionPrograms(db: Db, institutionId: string): Promise<ProgramSummaryRow[]> {
  return queryRows<ProgramSummaryRow>(
    db,
    sql`SELECT id, slug, name, credential, degree_level, discipline, delivery_mode, accreditation_status
      FROM programs WHERE institution_id = ${institutionId}::uuid ORDER BY lower(name) COLLATE "C", id`,
  );
}
