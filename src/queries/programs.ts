import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';
import type { SortKey } from '../schemas/program-query.js';
import { documentColumns, documentJoin } from './program-documents.js';
import { distanceInRange, filterConditions, type SearchFilters } from './program-filters.js';
import { parseRelevanceSortValue, type RelevanceRow, relevanceSortValue, textScore } from './program-text-search.js';
import { countMatches, matchCount, relevancePage } from './search-sets.js';
import { inList, isUuid, whereOf } from './sql-fragments.js';

/** How a sort orders rows: its key expression (over program_search s), direction, and the SQL type of its cursor value. */
interface SortSpec {
  key: SQL;
  direction: 'asc' | 'desc';
  type: 'text' | 'int' | 'real' | 'float8' | 'timestamptz';
}

function sortSpec(sort: Exclude<SortKey, 'relevance'>, filters: SearchFilters): SortSpec {
  switch (sort) {
    case 'distance':
      if (!filters.circle) throw new Error('distance sort needs a circle');
      return { key: distanceInRange(filters.circle), direction: 'asc', type: 'float8' };
    case 'name':
      return { key: sql`s.name_key COLLATE "C"`, direction: 'asc', type: 'text' };
    case '-name':
      return { key: sql`s.name_key COLLATE "C"`, direction: 'desc', type: 'text' };
    case 'tuition':
      return { key: sql`s.tuition_in_state_usd`, direction: 'asc', type: 'int' };
    case '-tuition':
      return { key: sql`s.tuition_in_state_usd`, direction: 'desc', type: 'int' };
    case '-graduation_rate':
      return { key: sql`s.graduation_rate`, direction: 'desc', type: 'real' };
    case '-employment_rate':
      return { key: sql`s.employment_rate`, direction: 'desc', type: 'real' };
    case '-pass_rate':
      return { key: sql`s.pass_rate`, direction: 'desc', type: 'real' };
    case 'next_review':
      return { key: sql`s.next_review_year`, direction: 'asc', type: 'int' };
    case '-updated_at':
      return { key: sql`s.updated_at`, direction: 'desc', type: 'timestamptz' };
  }
}

/** Where the previous page ended: the sort value (as text) and id of its last row. */
export interface Position {
  value: string | null;
  id: string;
}

/** Rows strictly after `after` in the order (key direction NULLS LAST, id ASC). */
function afterPosition(spec: SortSpec, after: Position): SQL {
  if (after.value === null) return sql`(${spec.key} IS NULL AND s.program_id > ${after.id}::uuid)`;
  const value = sql`${after.value}::${sql.raw(spec.type)}`;
  const beyond = spec.direction === 'asc' ? sql`${spec.key} > ${value}` : sql`${spec.key} < ${value}`;
  return sql`(${beyond} OR (${spec.key} = ${value} AND s.program_id > ${after.id}::uuid) OR ${spec.key} IS NULL)`;
}

/** Whether `after` can be a position of this sort (a cursor's value is checked before it reaches SQL). */
export function validPosition(sort: SortKey, after: Position): boolean {
  return sort !== 'relevance' || parseRelevanceSortValue(after.value) !== undefined;
}

/** A program as reads send it: its id and its stored public record (JSON text). */
export interface ProgramDocument {
  id: string;
  document: string;
}

export interface ListedProgramRow extends ProgramDocument {
  sort_value: string | null;
  distance_mi: number | null;
  score: number | null;
  /** The number of matches of the whole search, on every row. */
  total: number;
}

/** The program_search columns that annotations read. */
export const pageColumns = sql`s.program_id, s.name_words, s.name_document, s.head_document, s.latitude, s.longitude`;

/** What a list adds to each record, computed over the page only (`page` has program_search's columns). */
function annotations(filters: SearchFilters): SQL {
  const distance = filters.circle ? distanceInRange(filters.circle, 'page') : sql`NULL::float8`;
  const score = filters.text ? textScore(filters.text, 'page') : sql`NULL::float8`;
  return sql`${distance} AS distance_mi, ${score} AS score`;
}

/**
 * One page of programs. The page is chosen in program_search alone (filters, sort key, limit), so
 * a search never touches the wide program rows of the programs it skips; then the page's records
 * are joined.
 */
export async function listPrograms(
  db: Db,
  filters: SearchFilters,
  sort: SortKey,
  limit: number,
  after?: Position,
): Promise<ListedProgramRow[]> {
  if (sort === 'relevance') {
    if (!filters.text) throw new Error('relevance sort needs a text search');
    const position = after && parseRelevanceSortValue(after.value);
    const page = relevancePage(
      filters,
      limit,
      position && after ? { ...position, id: after.id } : undefined,
      pageColumns,
    );
    const rows = await queryRows<ListedProgramRow & RelevanceRow>(
      db,
      sql`SELECT ${documentColumns}, page.tier, page.name_length, page.total, ${annotations(filters)}
            FROM (${page}) page
            ${documentJoin}
           ORDER BY page.tier DESC, page.name_length, page.program_id`,
    );
    return rows.map(({ tier, name_length, ...row }) => ({ ...row, sort_value: relevanceSortValue(tier, name_length) }));
  }
  const spec = sortSpec(sort, filters);
  const conditions = filterConditions(filters);
  if (after) conditions.push(afterPosition(spec, after));
  const direction = sql.raw(spec.direction.toUpperCase());
  // The sort value travels in the cursor as text, formatted so it casts back to the same value.
  const sortValue =
    spec.type === 'timestamptz'
      ? sql`to_char(page.sort_key AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
      : sql`(page.sort_key)::text`;
  return queryRows<ListedProgramRow>(
    db,
    sql`SELECT ${documentColumns}, ${sortValue} AS sort_value, ${annotations(filters)}, ${matchCount(filters)} AS total
      FROM (SELECT ${pageColumns}, ${spec.key} AS sort_key FROM program_search s
             ${whereOf(conditions)}
             ORDER BY ${spec.key} ${direction} NULLS LAST, s.program_id ASC
             LIMIT ${limit}) page
      ${documentJoin}
      ORDER BY page.sort_key ${direction} NULLS LAST, page.program_id ASC`,
  );
}

export function countPrograms(db: Db, filters: SearchFilters): Promise<number> {
  return countMatches(db, filters);
}

/** The ids of the next `limit` matches after `afterId` in id order: how an export walks every match. */
export function matchingIdsAfter(filters: SearchFilters, afterId: string | undefined, limit: number): SQL {
  const conditions = filterConditions(filters);
  if (afterId) conditions.push(sql`s.program_id > ${afterId}::uuid`);
  return sql`SELECT s.program_id FROM program_search s ${whereOf(conditions)} ORDER BY s.program_id LIMIT ${limit}`;
}

/** The next `limit` matching programs after `afterId`, in id order. */
export async function listProgramsAfter(
  db: Db,
  filters: SearchFilters,
  afterId: string | undefined,
  limit: number,
): Promise<ProgramDocument[]> {
  return queryRows<ProgramDocument>(
    db,
    sql`SELECT ${documentColumns} FROM (${matchingIdsAfter(filters, afterId, limit)}) page ${documentJoin}
        ORDER BY page.program_id`,
  );
}

/** A program found by id or slug: its document, its slug, and the version tag of its ETag. */
export interface FoundProgram extends ProgramDocument {
  slug: string;
  version_tag: string;
}

/** The programs with these ids or slugs, in any order. */
export async function findPrograms(db: Db, idsOrSlugs: readonly string[]): Promise<FoundProgram[]> {
  const ids = idsOrSlugs.filter(isUuid);
  const byId =
    ids.length > 0
      ? sql`p.id IN (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`
      : sql`false`;
  return queryRows<FoundProgram>(
    db,
    sql`SELECT ${documentColumns}, page.slug, d.version_tag
        FROM (SELECT p.id AS program_id, p.slug FROM programs p WHERE ${byId} OR p.slug IN ${inList(idsOrSlugs)}) page
        ${documentJoin}`,
  );
}

export async function findProgram(db: Db, idOrSlug: string): Promise<FoundProgram | undefined> {
  return (await findPrograms(db, [idOrSlug]))[0];
}
