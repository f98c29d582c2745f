import type { Db } from '../db/client.js';
import { type FacetName, facetNames, facetValues, zeroCounts } from '../domain/facets.js';
import { facetCountsBySql } from '../queries/program-facets.js';
import { facetCountsFromSets } from '../queries/search-sets.js';
import type { ProgramFacets } from '../schemas/facets.js';
import type { ProgramFilters } from '../schemas/program-query.js';
import { resolveFilters } from './programs.js';

/**
 * Disjunctive facet counts for the same filters as GET /v1/programs: each facet whose filter was
 * given is counted under every other filter; the rest, career_services (an AND) and the total,
 * under all of them. The stored match sets answer when they hold every filter; otherwise SQL counts.
 */
export async function programFacets(db: Db, query: ProgramFilters): Promise<ProgramFacets> {
  const filters = await resolveFilters(db, query);
  const { total, all, without } = (await facetCountsFromSets(db, filters)) ?? (await facetCountsBySql(db, filters));
  const counts = Object.fromEntries(facetNames.map((name) => [name, zeroCounts(name)])) as Record<
    FacetName,
    Record<string, number>
  >;
  for (const row of [...all, ...without]) {
    const into = counts[row.facet];
    for (const value of facetValues(row.facet, row.code)) into[value] = (into[value] ?? 0) + row.count;
  }
  counts.state = Object.fromEntries(
    Object.entries(counts.state)
      .filter(([, count]) => count > 0)
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)),
  );
  return { total, facets: counts as ProgramFacets['facets'] };
}
