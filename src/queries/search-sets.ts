import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';
import {
  type CountedFacet,
  type Facet,
  type FacetName,
  facetCode,
  facetNames,
  facetRegistry,
  isDisjunctive,
  OCCUPATION,
} from '../domain/facets.js';
import type { FacetCodeCount, FacetCounts } from './program-facets.js';
import { facetFilters, rangeConditions, type SearchFilters } from './program-filters.js';
import { phraseWords, type RelevancePosition, type TextSearch, type Tier, tiers } from './program-text-search.js';

/**
 * Searches answered from the stored match sets (migrations/0010_search_sets.sql): a bitmap of the
 * programs per key, over program ordinals. A search is an AND of groups of keys, each group an OR:
 * the universe (`all`), each facet filter, each word of the query. Counting its matches, exactly,
 * is an AND of a few bitmaps and a bit count, however many programs match; a relevance page is an
 * index walk that tests each program's bit. The range filters (tuition, rates, distance) have no
 * sets: where they are given, they are tested on the rows.
 */

/** A key a search reads: `kind` says which set it builds (f: filters, d/h/n: text in one field). */
interface Want {
  kind: 'f' | 'd' | 'h' | 'n';
  /** The facet whose filter the group is, for facet counts that leave it out. */
  facet: CountedFacet | null;
  group: number;
  key: string;
  /** The key is a prefix: every key that starts with it. */
  prefix: boolean;
}

/** The key of one stored code of a facet: its code, or for a bit-set facet the bit's position. */
function facetKey(name: FacetName, value: string): string {
  const facet: Facet = facetRegistry[name];
  const position = facet.kind === 'any' || facet.kind === 'all' ? facet.values.indexOf(value) : facetCode(name, value);
  return `${name}:${position}`;
}

/** The universe and each facet filter as groups of keys; an AND filter (career services) is a group per value. */
function filterWants(filters: SearchFilters): Want[] {
  const wants: Want[] = [{ kind: 'f', facet: null, group: 0, key: 'all', prefix: false }];
  const given = facetFilters(filters);
  for (const name of facetNames) {
    const values = given[name];
    if (!values) continue;
    const each = facetRegistry[name].kind === 'all';
    let group = wants.length;
    for (const value of values) {
      wants.push({ kind: 'f', facet: name, group, key: facetKey(name, value), prefix: false });
      if (each) group = wants.length;
    }
  }
  const group = wants.length;
  for (const code of filters.occupation ?? []) {
    wants.push({ kind: 'f', facet: OCCUPATION, group, key: `${OCCUPATION}:${code}`, prefix: false });
  }
  return wants;
}

function textWants(text: TextSearch, kinds: readonly ('d' | 'h' | 'n')[]): Want[] {
  return kinds.flatMap((kind) =>
    text.groups.flatMap(({ lexemes, prefixes }, group) => [
      ...lexemes.map((lexeme): Want => ({ kind, facet: null, group, key: `${kind}:${lexeme}`, prefix: false })),
      ...prefixes.map((prefix): Want => ({ kind, facet: null, group, key: `${kind}:${prefix}`, prefix: true })),
    ]),
  );
}

/**
 * The CTEs `want`, `empty` and `grp`: each wanted group's bitmap (an OR of its keys; a group none of
 * whose keys exists is the empty set). `empty` is the empty set of the current length, made from
 * `all`: on an empty catalogue there is no set at all, and every count is null.
 */
function groupsCte(wants: readonly Want[]): SQL {
  return sql`want AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(wants)}::jsonb)
          AS w(kind text, facet text, "group" int, key text, prefix boolean)),
    empty AS MATERIALIZED (SELECT bits # bits AS bits FROM search_sets WHERE key = 'all'),
    hit AS (
      SELECT w.kind, w."group", s.bits FROM want w JOIN search_sets s ON s.key = w.key WHERE NOT w.prefix
      UNION ALL
      SELECT w.kind, w."group", s.bits FROM want w JOIN search_sets s
          ON s.key >= w.key COLLATE "C" AND s.key < (w.key || chr(1114111)) COLLATE "C" WHERE w.prefix),
    grp AS MATERIALIZED (
      SELECT g.kind, g.facet, g."group", coalesce(bit_or(h.bits), (SELECT bits FROM empty)) AS bits
        FROM (SELECT DISTINCT kind, facet, "group" FROM want) g
        LEFT JOIN hit h ON h.kind = g.kind AND h."group" = g."group"
       GROUP BY g.kind, g.facet, g."group"
      HAVING EXISTS (SELECT FROM empty))`;
}

/** Whether the sets hold every filter of a search (all but the ranges). */
export const setsHoldFilters = (filters: SearchFilters) => rangeConditions(filters).length === 0;

/**
 * The number of matches of a search, as a scalar subquery. Without range filters it is a bit count;
 * with them, the rows the ranges keep (through their indexes) are tested against the bitmap of the rest.
 */
export function matchCount(filters: SearchFilters): SQL {
  if (filters.text && filters.text.groups.length === 0) return sql`0`;
  const wants = [...filterWants(filters), ...(filters.text ? textWants(filters.text, ['d']) : [])];
  const matches = sql`(SELECT bit_and(bits) FROM grp)`;
  const ranges = rangeConditions(filters);
  return ranges.length === 0
    ? sql`(WITH ${groupsCte(wants)} SELECT coalesce(bit_count(${matches}), 0)::int)`
    : sql`(WITH ${groupsCte(wants)}
           SELECT count(*)::int FROM program_search s
            WHERE ${sql.join(ranges, sql` AND `)} AND get_bit(${matches}, s.ordinal) = 1)`;
}

export async function countMatches(db: Db, filters: SearchFilters): Promise<number> {
  const rows = await queryRows<{ total: number }>(db, sql`SELECT ${matchCount(filters)} AS total`);
  return rows[0]?.total ?? 0;
}

/** A tier with at most this many programs is read by its bits' positions; a larger one by walking the index. */
const FEW = 200;

/**
 * One page in relevance order (tier, then name length, then id), after `after`: a subquery of
 * `columns` (over program_search s) plus tier, name_length and the search's total, in page order.
 * Each tier's bitmap is the tier's text set AND the filters, minus the tiers above, and its bit count
 * says beforehand whether the page needs the tier at all. A tier of few programs is read from its bits' positions
 * and sorted; a larger one by walking the (name length, id) index one name length at a time, in
 * order, over the lengths where the tier has programs, testing each program's bit, until the page is
 * full.
 */
export function relevancePage(
  filters: SearchFilters,
  limit: number,
  after: RelevancePosition | undefined,
  columns: SQL,
): SQL {
  const text = filters.text as TextSearch;
  if (text.groups.length === 0) {
    return sql`SELECT ${columns}, 0 AS tier, s.name_length, 0 AS total FROM program_search s WHERE false`;
  }
  const wants = [...filterWants(filters), ...textWants(text, ['d', 'h', 'n'])];
  const ranges = rangeConditions(filters);
  const wanted = tiers.filter((tier) => !after || tier <= after.tier);
  // A tier is needed unless the tiers before it fill the page: those wholly before it, that is, not
  // the tier the page starts in (some of it may lie before `after`).
  const before = after ? after.tier : 4;
  const needed = sql`t.c > 0 AND coalesce((SELECT sum(o.c) FROM counted o WHERE o.tier > t.tier AND o.tier < ${before}), 0) < ${limit}`;
  const position = (tier: Tier, table: string) =>
    after && tier === after.tier
      ? sql` AND (${sql.raw(table)}.name_length, ${sql.raw(table)}.program_id) > (${after.length}::smallint, ${after.id}::uuid)`
      : sql``;
  // With range filters (tuition, rates, distance) the programs they keep are read once, through their
  // indexes: they give the total, and each tier's page is sorted from those of them in the tier.
  const read =
    ranges.length > 0
      ? (tier: Tier) =>
          sql`(SELECT ${tier} AS tier, k.program_id, k.name_length FROM counted t CROSS JOIN LATERAL (
                 SELECT k.program_id, k.name_length FROM kept k
                  WHERE get_bit(t.bits, k.ordinal) = 1${position(tier, 'k')}
                  ORDER BY k.name_length, k.program_id LIMIT ${limit}) k
               WHERE t.tier = ${tier} AND t.c > 0)`
      : (tier: Tier) =>
          sql`(SELECT ${tier} AS tier, p.program_id, p.name_length FROM counted t CROSS JOIN LATERAL (
                 SELECT s.program_id, s.name_length
                   FROM search_set_positions(t.bits) o(ordinal) JOIN program_search s ON s.ordinal = o.ordinal
                  WHERE true${position(tier, 's')}
                  ORDER BY s.name_length, s.program_id LIMIT ${limit}) p
               WHERE t.tier = ${tier} AND t.c <= ${FEW} AND ${needed})
             UNION ALL
             (SELECT ${tier}, w.program_id, w.name_length FROM counted t CROSS JOIN LATERAL (
                 SELECT r.program_id, r.name_length FROM search_sets l CROSS JOIN LATERAL (
                     SELECT s.program_id, s.name_length FROM program_search s
                      WHERE s.name_length = substr(l.key, 3)::smallint AND get_bit(t.bits, s.ordinal) = 1${position(tier, 's')}
                      ORDER BY s.program_id LIMIT ${limit}) r
                  WHERE l.key >= ${after && tier === after.tier ? sql`${`l:${String(after.length).padStart(5, '0')}`}` : sql`'l:'`}
                    AND l.key < 'l;' AND bit_count(t.bits & l.bits) > 0
                  ORDER BY l.key LIMIT ${limit}) w
               WHERE t.tier = ${tier} AND t.c > ${FEW} AND ${needed})`;
  const kept =
    ranges.length > 0
      ? sql`kept AS MATERIALIZED (
          SELECT s.ordinal, s.program_id, s.name_length FROM program_search s WHERE ${sql.join(ranges, sql` AND `)}),`
      : sql``;
  const total =
    ranges.length > 0
      ? sql`(SELECT count(*)::int FROM kept k WHERE get_bit((SELECT f & d FROM sets), k.ordinal) = 1)`
      : sql`(SELECT coalesce(bit_count(f & d), 0)::int FROM sets)`;
  return sql`WITH ${groupsCte(wants)}, ${kept}
      x AS (SELECT s.bits FROM search_sets s WHERE s.key = 'x:' || ${phraseWords(text)}),
      sets AS MATERIALIZED (
        SELECT (SELECT bit_and(bits) FROM grp WHERE kind = 'f') AS f,
               (SELECT bit_and(bits) FROM grp WHERE kind = 'd') AS d,
               (SELECT bit_and(bits) FROM grp WHERE kind = 'h') AS h,
               (SELECT bit_and(bits) FROM grp WHERE kind = 'n') AS n,
               coalesce((SELECT bits FROM x), (SELECT bits FROM empty)) AS x),
      counted AS MATERIALIZED (
        SELECT t.tier, t.bits, bit_count(t.bits) AS c FROM sets CROSS JOIN LATERAL (VALUES
          (3, f & x), (2, f & n & ~x), (1, f & h & ~n), (0, f & d & ~h)) t(tier, bits)
         WHERE t.tier IN (${sql.join(
           wanted.map((tier) => sql`${sql.raw(String(tier))}`),
           sql`, `,
         )}))
    SELECT ${columns}, page.tier, page.name_length, ${total} AS total
      FROM (${sql.join(wanted.map(read), sql` UNION ALL `)}) page
      JOIN program_search s ON s.program_id = page.program_id
     ORDER BY page.tier DESC, page.name_length, page.program_id
     LIMIT ${limit}`;
}

/**
 * Facet counts from the sets, or undefined when a range filter is given (the sets cannot hold it).
 * Each value's count is a bit count of its key's set AND the search: all of it, or for a disjunctive
 * facet whose filter was given, the search without that filter.
 */
export async function facetCountsFromSets(
  db: Db,
  filters: SearchFilters,
  occupations: readonly string[],
): Promise<FacetCounts | undefined> {
  if (!setsHoldFilters(filters)) return undefined;
  const text = filters.text;
  if (text && text.groups.length === 0) return { total: 0, all: [], without: [] };
  const given = facetFilters(filters);
  const without: CountedFacet[] = facetNames.filter((name) => given[name] !== undefined && isDisjunctive(name));
  if (filters.occupation) without.push(OCCUPATION);
  const values = [
    ...facetNames.flatMap((name) => {
      const facet: Facet = facetRegistry[name];
      return facet.values.map((value) => ({
        facet: name as CountedFacet,
        code: facet.kind === 'any' || facet.kind === 'all' ? 1 << facet.values.indexOf(value) : facetCode(name, value),
        key: facetKey(name, value),
      }));
    }),
    // An occupation's code is its position in `occupations`.
    ...occupations.map((soc, code) => ({ facet: OCCUPATION as CountedFacet, code, key: `${OCCUPATION}:${soc}` })),
  ];
  const wants = [...filterWants(filters), ...(text ? textWants(text, ['d']) : [])];
  const rows = await queryRows<{ facet: CountedFacet | null; code: number | null; count: number }>(
    db,
    sql`WITH ${groupsCte(wants)},
        whole AS MATERIALIZED (SELECT bit_and(bits) AS bits FROM grp),
        partial AS MATERIALIZED (
          SELECT o.facet, bit_and(g.bits) AS bits
            FROM jsonb_array_elements_text(${JSON.stringify(without)}::jsonb) AS o(facet)
            JOIN grp g ON g.facet IS DISTINCT FROM o.facet
           GROUP BY o.facet),
        value AS (SELECT * FROM jsonb_to_recordset(${JSON.stringify(values)}::jsonb) AS v(facet text, code int, key text))
      SELECT NULL AS facet, NULL::int AS code, coalesce(bit_count(whole.bits), 0)::int AS count FROM whole
      UNION ALL
      SELECT v.facet, v.code, bit_count(coalesce(p.bits, whole.bits) & s.bits)::int
        FROM value v JOIN search_sets s ON s.key = v.key CROSS JOIN whole
        LEFT JOIN partial p ON p.facet = v.facet`,
  );
  const counts = rows.filter((row): row is FacetCodeCount => row.facet !== null);
  return {
    total: rows.find((row) => row.facet === null)?.count ?? 0,
    all: counts.filter((row) => !without.includes(row.facet)),
    without: counts.filter((row) => without.includes(row.facet)),
  };
}
