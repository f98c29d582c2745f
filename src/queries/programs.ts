import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';
import type { SortKey } from '../schemas/program-query.js';
import { distanceMiles, filterConditions, type SearchFilters } from './program-filters.js';
import { type ProgramRow, programColumns, programFrom } from './program-row.js';
import { textScore } from './program-text-search.js';
import { inList, isUuid, whereOf } from './sql-fragments.js';

/** How a sort orders rows: its key expression, direction, and the SQL type of its cursor value. */
interface SortSpec {
  key: SQL;
  direction: 'asc' | 'desc';
  type: 'text' | 'int' | 'real' | 'float8' | 'timestamptz';
}

function sortSpec(sort: SortKey, filters: SearchFilters): SortSpec {
  switch (sort) {
    case 'relevance':
      return { key: textScore(filters.q ?? ''), direction: 'desc', type: 'real' };
    case 'distance':
      if (!filters.circle) throw new Error('distance sort needs a circle');
      return { key: distanceMiles(filters.circle), direction: 'asc', type: 'float8' };
    case 'name':
      return { key: sql`lower(p.name) COLLATE "C"`, direction: 'asc', type: 'text' };
    case '-name':
      return { key: sql`lower(p.name) COLLATE "C"`, direction: 'desc', type: 'text' };
    case 'tuition':
      return { key: sql`p.tuition_in_state_usd`, direction: 'asc', type: 'int' };
    case '-tuition':
      return { key: sql`p.tuition_in_state_usd`, direction: 'desc', type: 'int' };
    case '-graduation_rate':
      return { key: sql`p.graduation_rate`, direction: 'desc', type: 'real' };
    case '-employment_rate':
      return { key: sql`p.employment_rate`, direction: 'desc', type: 'real' };
    case '-pass_rate':
      return { key: sql`p.pass_rate`, direction: 'desc', type: 'real' };
    case 'next_review':
      return { key: sql`p.next_review_year`, direction: 'asc', type: 'int' };
    case '-updated_at':
      return { key: sql`p.updated_at`, direction: 'desc', type: 'timestamptz' };
  }
}

/** Where the previous page ended: the sort value (as text) and id of its last row. */
export interface Position {
  value: string | null;
  id: string;
}

/** Rows strictly after `after` in the order (key direction NULLS LAST, id ASC). */
function afterPosition(spec: SortSpec, after: Position): SQL {
  if (after.value === null) return sql`(${spec.key} IS NULL AND p.id > ${after.id}::uuid)`;
  const value = sql`${after.value}::${sql.raw(spec.type)}`;
  const beyond = spec.direction === 'asc' ? sql`${spec.key} > ${value}` : sql`${spec.key} < ${value}`;
  return sql`(${beyond} OR (${spec.key} = ${value} AND p.id > ${after.id}::uuid) OR ${spec.key} IS NULL)`;
}

export interface ListedProgramRow extends ProgramRow {
  sort_value: string | null;
  distance_mi: number | null;
  score: number | null;
}

export async function listPrograms(
  db: Db,
  filters: SearchFilters,
  sort: SortKey,
  limit: number,
  after?: Position,
): Promise<ListedProgramRow[]> {
  const spec = sortSpec(sort, filters);
  const conditions = filterConditions(filters);
  if (after) conditions.push(afterPosition(spec, after));
  // The sort value travels in the cursor as text, formatted so it casts back to the same value.
  const sortValue =
    spec.type === 'timestamptz'
      ? sql`to_char(${spec.key} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
      : sql`(${spec.key})::text`;
  return queryRows<ListedProgramRow>(
    db,
    sql`SELECT ${programColumns},
        ${sortValue} AS sort_value,
        ${filters.circle ? distanceMiles(filters.circle) : sql`NULL::float8`} AS distance_mi,
        ${filters.q !== undefined ? textScore(filters.q) : sql`NULL::real`} AS score
      FROM ${programFrom}
      ${whereOf(conditions)}
      ORDER BY ${spec.key} ${sql.raw(spec.direction.toUpperCase())} NULLS LAST, p.id ASC
      LIMIT ${limit}`,
  );
}

export async function countPrograms(db: Db, filters: SearchFilters): Promise<number> {
  const rows = await queryRows<{ total: number }>(
    db,
    sql`SELECT count(*)::int AS total FROM ${programFrom} ${whereOf(filterConditions(filters))}`,
  );
  return rows[0]?.total ?? 0;
}

/** The programs with these ids or slugs, in any order. */
export async function findPrograms(db: Db, idsOrSlugs: readonly string[]): Promise<ProgramRow[]> {
  const ids = idsOrSlugs.filter(isUuid);
  const byId =
    ids.length > 0
      ? sql`p.id IN (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`
      : sql`false`;
  return queryRows<ProgramRow>(
    db,
    sql`SELECT ${programColumns} FROM ${programFrom}
        WHERE ${byId} OR p.slug IN ${inList(idsOrSlugs)}`,
  );
}

export async function findProgram(db: Db, idOrSlug: string): Promise<ProgramRow | undefined> {
  return (await findPrograms(db, [idOrSlug]))[0];
}

export interface AccreditationActionRow {
  action: string;
  date: string;
  note: string | null;
}

export async function accreditationHistory(db: Db, programId: string): Promise<AccreditationActionRow[]> {
  return queryRows<AccreditationActionRow>(
    db,
    sql`SELECT action, to_char(date, 'YYYY-MM-DD') AS date, note FROM accreditation_actions
        WHERE program_id = ${programId}::uuid ORDER BY date DESC, id DESC`,
  );
}

export async function zipCentroid(db: Db, zip: string): Promise<{ lat: number; lon: number } | undefined> {
  const rows = await queryRows<{ lat: number; lon: number }>(
    db,
    sql`SELECT latitude AS lat, longitude AS lon FROM zip_centroids WHERE zip = ${zip}`,
  );
  return rows[0];
}
