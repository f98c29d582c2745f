import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';
import { facetFilterConditions } from './facet-codes.js';
import { type FacetName, filterConditions, type SearchFilters } from './program-filters.js';
import { whereOf } from './sql-fragments.js';

/**
 * Facet counts over the integer facet codes of program_search (see facet-codes.ts). One statement
 * counts every facet under all the filters; for each disjunctive facet whose filter was given, one
 * more counts that facet's values under every filter but its own. Each reads only its own
 * programs, through the indexes, and they run side by side.
 */

/** Facets whose counts leave their own filter out. career_services is not one: its filter is an AND. */
export const disjunctiveFacets = [
  'degree_level',
  'discipline',
  'delivery_mode',
  'accreditation_status',
  'state',
  'internship_format',
  'placement_assistance',
] as const satisfies readonly FacetName[];
export type DisjunctiveFacet = (typeof disjunctiveFacets)[number];

/** Counts under every filter, grouped by one of four groupings (null in the columns it does not group by). */
export interface FacetGroupRow {
  grouping: 'attributes' | 'state' | 'internship_formats' | 'career_services';
  status_code: number | null;
  degree_code: number | null;
  discipline_code: number | null;
  delivery_code: number | null;
  placement_code: number | null;
  state_code: number | null;
  format_bits: number | null;
  career_bits: number | null;
  count: number;
}

/** Counts of one facet's codes under every filter but its own. */
export interface FacetValueRow {
  code: number | null;
  count: number;
}

/** The facet code column each disjunctive facet is counted by. */
const facetColumn: Record<DisjunctiveFacet, string> = {
  degree_level: 'degree_code',
  discipline: 'discipline_code',
  delivery_mode: 'delivery_code',
  accreditation_status: 'status_code',
  state: 'state_code',
  internship_format: 'format_bits',
  placement_assistance: 'placement_code',
};

/** The search without its disjunctive facet filters: text, distance, tuition, rates and career services (an AND). */
function baseConditions(filters: SearchFilters) {
  return filterConditions({
    ...filters,
    degree_level: undefined,
    discipline: undefined,
    delivery_mode: undefined,
    state: undefined,
    internship_format: undefined,
    placement_assistance: undefined,
    accreditation_status: ['any'],
  });
}

export interface FacetCounts {
  /** Every facet under every filter. */
  all: FacetGroupRow[];
  /** For each given disjunctive filter, its facet under the other filters. */
  without: Partial<Record<DisjunctiveFacet, FacetValueRow[]>>;
}

export async function facetCounts(db: Db, filters: SearchFilters): Promise<FacetCounts> {
  const base = baseConditions(filters);
  const own = facetFilterConditions(filters);
  const given = disjunctiveFacets.flatMap((facet) => {
    const condition = own[facet];
    return condition ? [{ facet, condition }] : [];
  });
  const all = queryRows<FacetGroupRow>(
    db,
    sql`SELECT CASE WHEN GROUPING(s.status_code) = 0 THEN 'attributes'
                    WHEN GROUPING(s.state_code) = 0 THEN 'state'
                    WHEN GROUPING(s.format_bits) = 0 THEN 'internship_formats'
                    ELSE 'career_services' END AS grouping,
               s.status_code, s.degree_code, s.discipline_code, s.delivery_code, s.placement_code,
               s.state_code, s.format_bits, s.career_bits, count(*)::int AS count
          FROM program_search s ${whereOf([...base, ...given.map(({ condition }) => condition)])}
         GROUP BY GROUPING SETS (
           (s.status_code, s.degree_code, s.discipline_code, s.delivery_code, s.placement_code),
           (s.state_code), (s.format_bits), (s.career_bits))`,
  );
  const without = given.map(async ({ facet }) => {
    const others = given.filter((other) => other.facet !== facet).map(({ condition }) => condition);
    const column = sql.raw(`s.${facetColumn[facet]}`);
    const rows = await queryRows<FacetValueRow>(
      db,
      sql`SELECT ${column} AS code, count(*)::int AS count FROM program_search s
          ${whereOf([...base, ...others])} GROUP BY ${column}`,
    );
    return [facet, rows] as const;
  });
  const [allRows, ...withoutRows] = await Promise.all([all, ...without]);
  return { all: allRows, without: Object.fromEntries(withoutRows) };
}
