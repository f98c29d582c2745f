import type { Db } from '../db/client.js';
import { AppError, invalidParameter, notFound } from '../errors.js';
import type { SearchFilters } from '../queries/program-filters.js';
import { type ProgramRow, programVersionTag, toProgram } from '../queries/program-row.js';
import {
  accreditationHistory,
  countPrograms,
  findProgram,
  findPrograms,
  listPrograms,
  validPosition,
  zipCentroid,
} from '../queries/programs.js';
import type { ProgramDetail, ProgramListItem } from '../schemas/program.js';
import type { ProgramFilters, ProgramListQuery, SortKey } from '../schemas/program-query.js';
import { decodeCursor, encodeCursor, fingerprint } from './cursor.js';
import { resolveSearchText } from './search-text.js';

const DEFAULT_LIMIT = 20;
const DEFAULT_RADIUS_MI = 50;

/**
 * Turns validated query filters into SQL-ready ones: `near` becomes a circle (a ZIP is looked up)
 * and `q` a spelling-corrected text search.
 */
export async function resolveFilters(db: Db, filters: ProgramFilters): Promise<SearchFilters> {
  const { near, radius_mi, q, ...rest } = filters;
  const [point, text] = await Promise.all([
    near && 'zip' in near ? zipCentroid(db, near.zip) : near,
    q === undefined ? undefined : resolveSearchText(db, q),
  ]);
  if (near && !point) throw invalidParameter('near', `ZIP code ${(near as { zip: string }).zip} is not known`);
  return {
    ...rest,
    ...(text ? { text } : {}),
    ...(point ? { circle: { ...point, radiusMi: radius_mi ?? DEFAULT_RADIUS_MI } } : {}),
  };
}

export function defaultSort(query: Pick<ProgramListQuery, 'q' | 'near' | 'sort'>): SortKey {
  return query.sort ?? (query.q !== undefined ? 'relevance' : query.near !== undefined ? 'distance' : 'name');
}

export interface ProgramPage {
  items: ProgramListItem[];
  total: number;
  limit: number;
  sort: SortKey;
  nextCursor: string | null;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export async function searchPrograms(db: Db, query: ProgramListQuery): Promise<ProgramPage> {
  const { sort: _sort, limit: _limit, cursor, fields, ...filterQuery } = query;
  const sort = defaultSort(query);
  const limit = query.limit ?? DEFAULT_LIMIT;
  const searchFingerprint = fingerprint({ ...filterQuery, sort });
  const after = cursor === undefined ? undefined : decodeCursor(cursor, searchFingerprint);
  if (after && !validPosition(sort, after)) throw invalidParameter('cursor', 'is not a valid cursor');
  const filters = await resolveFilters(db, filterQuery);
  // One row more than the page tells whether another page follows.
  const [rows, total] = await Promise.all([
    listPrograms(db, filters, sort, limit + 1, after),
    countPrograms(db, filters),
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > limit && last ? encodeCursor({ value: last.sort_value, id: last.id }, searchFingerprint) : null;
  const keep = fields ? new Set<string>(['id', ...fields]) : undefined;
  const items = page.map((row) => {
    const item: ProgramListItem = toProgram(row);
    if (row.distance_mi !== null) item.distance_mi = round(row.distance_mi, 2);
    // Six digits keep scores that differ (tier and name length) apart.
    if (row.score !== null) item.score = round(row.score, 6);
    return keep ? pick(item, keep) : item;
  });
  return { items, total, limit, sort, nextCursor };
}

function pick(item: ProgramListItem, keep: Set<string>): ProgramListItem {
  const picked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (keep.has(key) || key === 'distance_mi' || key === 'score') picked[key] = value;
  }
  return picked as ProgramListItem;
}

export async function getProgramDetail(db: Db, idOrSlug: string): Promise<{ program: ProgramDetail; version: string }> {
  const row = await findProgram(db, idOrSlug);
  if (!row) throw notFound(`Program ${idOrSlug}`);
  const history = await accreditationHistory(db, row.id);
  const program = toProgram(row);
  return {
    program: { ...program, accreditation: { ...program.accreditation, history } } as ProgramDetail,
    version: programVersionTag(row),
  };
}

/** The programs asked for, in the order asked; every unknown one is named, and one asked for twice (by id and slug) refused. */
export async function comparePrograms(db: Db, idsOrSlugs: string[]) {
  const rows = await findPrograms(db, idsOrSlugs);
  const byKey = new Map<string, ProgramRow>();
  for (const row of rows) {
    byKey.set(row.id, row);
    byKey.set(row.slug, row);
  }
  const find = (key: string) => byKey.get(key) ?? byKey.get(key.toLowerCase());
  const missing = idsOrSlugs.filter((key) => !find(key));
  if (missing.length > 0) {
    throw new AppError(
      'not_found',
      `${missing.length === 1 ? 'Program' : 'Programs'} ${missing.join(', ')} ${missing.length === 1 ? 'was' : 'were'} not found`,
      missing.map((key) => ({ in: 'query' as const, name: 'ids', message: `${key} was not found` })),
    );
  }
  const found = idsOrSlugs.map((key) => find(key) as ProgramRow);
  if (new Set(found.map((row) => row.id)).size < found.length) {
    throw invalidParameter('ids', 'names the same program more than once (by id and by slug)');
  }
  return found.map(toProgram);
}
