import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';
import {
  type CountedFacet,
  type FacetName,
  facetNames,
  facetRegistry,
  isDisjunctive,
  OCCUPATION,
} from '../domain/facets.js';
import { facetFilterConditions, filterConditions, type SearchFilters } from './program-filters.js';
import { textArray, whereOf } from './sql-fragments.js';

/**
 * Facet counts in SQL, over the stored facet codes of program_search (see domain/facets.ts): the
 * way for searches that the stored match sets cannot answer alone (tuition, rates, distance). One
 * statement counts every facet's codes under all the filters; for each disjunctive facet whose
 * filter was given, one more counts its codes under every filter but its own. They run side by side.
 */

/** How many programs have one stored code of a facet (a bit set for `any`/`all` facets). */
export interface FacetCodeCount {
  facet: CountedFacet;
  code: number | null;
  count: number;
}

export interface FacetCounts {
  total: number;
  /** Every facet's codes under all filters, except the facets in `without`. */
  all: FacetCodeCount[];
  /** For each disjunctive facet whose filter was given, its codes under the other filters. */
  without: FacetCodeCount[];
}

const column = (name: FacetName) => sql.raw(`s.${facetRegistry[name].column}`);

export async function facetCountsBySql(
  db: Db,
  filters: SearchFilters,
  occupations: readonly string[],
): Promise<FacetCounts> {
  const own = facetFilterConditions(filters);
  const given = facetNames.filter((name) => own[name] !== undefined && isDisjunctive(name));
  // The grouping that counts a row: the first of the facet columns it is grouped by (none: the total).
  const facet = sql.join(
    facetNames.map((name) => sql`WHEN GROUPING(${column(name)}) = 0 THEN ${name}`),
    sql` `,
  );
  const code = sql.join(
    facetNames.map((name) => sql`WHEN GROUPING(${column(name)}) = 0 THEN ${column(name)}`),
    sql` `,
  );
  const sets = sql.join(
    facetNames.map((name) => sql`(${column(name)})`),
    sql`, `,
  );
  const all = queryRows<Omit<FacetCodeCount, 'facet'> & { facet: FacetName | null }>(
    db,
    sql`SELECT CASE ${facet} END AS facet, (CASE ${code} END)::int AS code, count(*)::int AS count
          FROM program_search s ${whereOf(filterConditions(filters))}
         GROUP BY GROUPING SETS ((), ${sets})`,
  );
  const without = given.map((name) =>
    queryRows<FacetCodeCount>(
      db,
      sql`SELECT ${name} AS facet, ${column(name)}::int AS code, count(*)::int AS count FROM program_search s
          ${whereOf(filterConditions(filters, name))} GROUP BY ${column(name)}`,
    ),
  );
  // Occupations (a text array per program) under every filter but their own; an occupation's code is its position.
  const byOccupation = queryRows<FacetCodeCount>(
    db,
    sql`SELECT ${OCCUPATION} AS facet, (array_position(${textArray(occupations)}, o.soc) - 1)::int AS code,
               count(*)::int AS count
          FROM program_search s CROSS JOIN LATERAL unnest(s.occupation_codes) AS o(soc)
          ${whereOf(filterConditions(filters, OCCUPATION))} GROUP BY o.soc`,
  );
  const [allRows, occupationRows, ...withoutRows] = await Promise.all([all, byOccupation, ...without]);
  const total = allRows.find((row) => row.facet === null)?.count ?? 0;
  return {
    total,
    all: allRows.flatMap((row) =>
      row.facet !== null && !given.includes(row.facet) ? [{ ...row, facet: row.facet }] : [],
    ),
    without: [...occupationRows, ...withoutRows.flat()],
  };
}
