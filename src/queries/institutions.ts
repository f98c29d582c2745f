import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';
import type { Program } from '../schemas/program.js';
import { type InstitutionValues, institutionColumns, programFields } from '../schemas/program-fields.js';
import { type ColumnTypes, chunk, insertRows, readInBatches, recordset } from './batch.js';
import { readColumn, recordsetType } from './columns.js';
import type { Position } from './programs.js';
import { byIdOrSlug, inList, isUuid, whereOf } from './sql-fragments.js';

/** An institution as stored: its ids and version, and its values named as the import columns. */
export type StoredInstitution = InstitutionValues & { id: string; slug: string; version: number };

/** An institution's values from `institutions i`, named as the import columns (schemas/program-fields.ts). */
export const institutionSelect = sql.join(
  institutionColumns.map((key) => readColumn('i', programFields[key].column, key)),
  sql`, `,
);
const selectInstitution = sql`i.id, i.slug, i.version, ${institutionSelect}`;

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
): Promise<(StoredInstitution & { program_count: number; sort_value: string })[]> {
  const where = conditions(search);
  if (after) {
    where.push(sql`(lower(i.name) COLLATE "C", i.id) > (${after.value} COLLATE "C", ${after.id}::uuid)`);
  }
  return queryRows<StoredInstitution & { program_count: number; sort_value: string }>(
    db,
    sql`SELECT ${selectInstitution}, lower(i.name) AS sort_value,
        (SELECT count(*)::int FROM programs p WHERE p.institution_id = i.id) AS program_count
      FROM institutions i ${whereOf(where)}
      ORDER BY lower(i.name) COLLATE "C", i.id LIMIT ${limit}`,
  );
}

export async function countInstitutions(db: Db, search: InstitutionSearch): Promise<number> {
  const rows = await queryRows<{ total: number }>(
    db,
    sql`SELECT count(*)::int AS total FROM institutions i ${whereOf(conditions(search))}`,
  );
  return rows[0]?.total ?? 0;
}

export async function findInstitution(db: Db, idOrSlug: string): Promise<StoredInstitution | undefined> {
  const rows = await queryRows<StoredInstitution>(
    db,
    sql`SELECT ${selectInstitution} FROM institutions i WHERE ${byIdOrSlug('i', idOrSlug)}`,
  );
  return rows[0];
}

/** The same, locked until the transaction ends. */
export async function lockInstitution(db: Db, idOrSlug: string): Promise<StoredInstitution | undefined> {
  const rows = await queryRows<StoredInstitution>(
    db,
    sql`SELECT ${selectInstitution} FROM institutions i WHERE ${byIdOrSlug('i', idOrSlug)} FOR UPDATE`,
  );
  return rows[0];
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

/** What an institution's ETag is made of: its version and the ids and versions of its programs. */
export async function institutionVersionTag(db: Db, id: string): Promise<string | undefined> {
  const rows = await queryRows<{ tag: string }>(
    db,
    sql`SELECT i.id || '.' || i.version || '.'
             || coalesce(md5(string_agg(p.id::text || ':' || p.version, ',' ORDER BY p.id)), '') AS tag
        FROM institutions i LEFT JOIN programs p ON p.institution_id = i.id
        WHERE i.id = ${id}::uuid GROUP BY i.id`,
  );
  return rows[0]?.tag;
}

export async function deleteInstitutionRow(db: Db, id: string): Promise<void> {
  await queryRows(db, sql`DELETE FROM institutions WHERE id = ${id}::uuid`);
}

export async function countProgramsAt(db: Db, institutionId: string): Promise<number> {
  const rows = await queryRows<{ count: number }>(
    db,
    sql`SELECT count(*)::int AS count FROM programs WHERE institution_id = ${institutionId}::uuid`,
  );
  return rows[0]?.count ?? 0;
}

// ---------------------------------------------------------------------------------------------
// Writes (the program write path's and the institution writes')
// ---------------------------------------------------------------------------------------------

export type InstitutionKey = Pick<InstitutionValues, 'institution_name' | 'campus' | 'city' | 'state'>;

const institutionValueColumns: ColumnTypes = Object.fromEntries(
  institutionColumns.map((key) => [programFields[key].column.name, recordsetType(programFields[key].column)]),
);
const institutionWriteColumns: ColumnTypes = { id: 'uuid', slug: 'text', ...institutionValueColumns };

function institutionRecord(institution: Omit<StoredInstitution, 'version'>): Record<string, unknown> {
  const row: Record<string, unknown> = { id: institution.id, slug: institution.slug };
  for (const key of institutionColumns) row[programFields[key].column.name] = institution[key];
  return row;
}

export const findInstitutionsByKey = (db: Db, keys: readonly InstitutionKey[]) =>
  readInBatches(keys, (batch) =>
    queryRows<StoredInstitution>(
      db,
      sql`SELECT ${selectInstitution}
          FROM ${recordset({ institution_name: 'text', campus: 'text', city: 'text', state: 'text' }, batch)}
          JOIN institutions i ON i.name = r.institution_name AND i.campus IS NOT DISTINCT FROM r.campus
                             AND i.city = r.city AND i.state = r.state`,
    ),
  );

export async function findInstitutionById(db: Db, id: string): Promise<StoredInstitution | undefined> {
  if (!isUuid(id)) return undefined;
  const rows = await queryRows<StoredInstitution>(
    db,
    sql`SELECT ${selectInstitution} FROM institutions i WHERE i.id = ${id}::uuid`,
  );
  return rows[0];
}

export const insertInstitutionRows = (db: Db, rows: readonly Omit<StoredInstitution, 'version'>[]) =>
  insertRows(db, 'institutions', institutionWriteColumns, rows.map(institutionRecord));

/** Sets every value of existing institutions (matched by id); version and updated_at move only for real changes. */
export async function updateInstitutionRows(
  db: Db,
  rows: readonly Omit<StoredInstitution, 'version'>[],
): Promise<void> {
  const names = Object.keys(institutionValueColumns);
  const assignments = names.map((name) => `${name} = r.${name}`).join(', ');
  const tuple = (alias: string) => names.map((name) => `${alias}.${name}`).join(', ');
  for (const batch of chunk(rows.map(institutionRecord), 500)) {
    await queryRows(
      db,
      sql`UPDATE institutions i SET ${sql.raw(assignments)}, version = i.version + 1, updated_at = now()
          FROM ${recordset(institutionWriteColumns, batch)}
          WHERE i.id = r.id AND (${sql.raw(tuple('i'))}) IS DISTINCT FROM (${sql.raw(tuple('r'))})`,
    );
  }
}
