import type { Db } from '../db/client.js';
import { AppError, invalidParameter, notFound } from '../errors.js';
import { accreditationHistory } from '../queries/accreditation-actions.js';
import { socCodes } from '../queries/occupations.js';
import type { SearchFilters } from '../queries/program-filters.js';
import {
  countPrograms,
  type FoundProgram,
  findProgram,
  findPrograms,
  type ListedProgramRow,
  listPrograms,
  validPosition,
} from '../queries/programs.js';
import { outcomesOf } from '../queries/stored-programs.js';
import { zipCentroid } from '../queries/zip-centroids.js';
import { type Program, type ProgramDetail, programFieldNames } from '../schemas/program.js';
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
  const { near, radius_mi, include_online, q, ...rest } = filters;
  const [point, text, occupations] = await Promise.all([
    near && 'zip' in near ? zipCentroid(db, near.zip) : near,
    q === undefined ? undefined : resolveSearchText(db, q),
    rest.occupation ? socCodes(db) : undefined,
  ]);
  if (near && !point) throw invalidParameter('near', `ZIP code ${(near as { zip: string }).zip} is not known`);
  const unknown = rest.occupation?.filter((code) => !occupations?.includes(code)) ?? [];
  if (unknown.length > 0) {
    throw invalidParameter(
      'occupation',
      `${unknown.join(', ')} ${unknown.length === 1 ? 'is not an occupation' : 'are not occupations'} of GET /v1/occupations`,
    );
  }
  return {
    ...rest,
    ...(text ? { text } : {}),
    ...(point
      ? { circle: { ...point, radiusMi: radius_mi ?? DEFAULT_RADIUS_MI, includeOnline: include_online ?? false } }
      : {}),
  };
}

export function defaultSort(query: Pick<ProgramListQuery, 'q' | 'near' | 'sort'>): SortKey {
  return query.sort ?? (query.q !== undefined ? 'relevance' : query.near !== undefined ? 'distance' : 'name');
}

export interface ProgramPage {
  /** Each item as JSON text: the stored record, annotated. */
  items: string[];
  total: number;
  limit: number;
  sort: SortKey;
  nextCursor: string | null;
  /** With `fields`: the fields each item holds, `id` first, in record order. */
  fields?: string[];
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
  // One row more than the page tells whether another page follows; each row carries the total, which
  // only a page past the end has to ask for apart (an empty first page has none to count).
  const rows = await listPrograms(db, filters, sort, limit + 1, after);
  const total = rows[0]?.total ?? (after ? await countPrograms(db, filters) : 0);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > limit && last ? encodeCursor({ value: last.sort_value, id: last.id }, searchFingerprint) : null;
  const keep = fields ? new Set<string>(['id', ...fields]) : undefined;
  const near = filters.circle !== undefined;
  const items = page.map((row) => listItem(row, keep, near));
  return {
    items,
    total,
    limit,
    sort,
    nextCursor,
    ...(keep ? { fields: programFieldNames.filter((name) => keep.has(name)) } : {}),
  };
}

/**
 * A list item as JSON text: the stored document as it is, with `distance_mi` and `score` appended
 * (the record schema's order, then the annotations); parsed only when `fields` narrows it.
 */
function listItem(row: ListedProgramRow, keep: Set<string> | undefined, near: boolean): string {
  const annotations: [string, number | null][] = [];
  // With `near` every item says how far it is: null for a fully online program beyond the radius.
  if (near) annotations.push(['distance_mi', row.distance_mi === null ? null : round(row.distance_mi, 2)]);
  // Six digits keep scores that differ (tier and name length) apart.
  if (row.score !== null) annotations.push(['score', round(row.score, 6)]);
  if (keep) {
    const record = JSON.parse(row.document) as Record<string, unknown>;
    const picked = Object.fromEntries(Object.entries(record).filter(([key]) => keep.has(key)));
    return JSON.stringify(Object.assign(picked, Object.fromEntries(annotations)));
  }
  if (annotations.length === 0) return row.document;
  const extra = annotations.map(([key, value]) => `,"${key}":${JSON.stringify(value)}`).join('');
  return `${row.document.slice(0, -1)}${extra}}`;
}

export async function getProgramDetail(db: Db, idOrSlug: string): Promise<{ program: ProgramDetail; version: string }> {
  const row = await findProgram(db, idOrSlug);
  if (!row) throw notFound(`Program ${idOrSlug}`);
  const [history, outcomeHistory] = await Promise.all([accreditationHistory(db, row.id), outcomesOf(db, row.id)]);
  const program = JSON.parse(row.document) as Program;
  return {
    program: {
      ...program,
      accreditation: { ...program.accreditation, history },
      outcome_history: outcomeHistory,
    } as ProgramDetail,
    version: row.version_tag,
  };
}

/**
 * The programs asked for as JSON texts, in the order asked; every unknown one is named, and one
 * asked for twice (by id and slug) refused.
 */
export async function comparePrograms(db: Db, idsOrSlugs: string[]): Promise<string[]> {
  const rows = await findPrograms(db, idsOrSlugs);
  const byKey = new Map<string, FoundProgram>();
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
  const found = idsOrSlugs.map((key) => find(key) as FoundProgram);
  if (new Set(found.map((row) => row.id)).size < found.length) {
    throw invalidParameter('ids', 'names the same program more than once (by id and by slug)');
  }
  return found.map((row) => row.document);
}
