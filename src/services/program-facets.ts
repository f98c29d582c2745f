import type { Db } from '../db/client.js';
import { type FacetName, facetNames, facetValues, OCCUPATION, zeroCounts } from '../domain/facets.js';
import { socCodes } from '../queries/occupations.js';
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
  const [filters, occupations] = await Promise.all([resolveFilters(db, query), socCodes(db)]);
  const { total, all, without } =
    (await facetCountsFromSets(db, filters, occupations)) ?? (await facetCountsBySql(db, filters, occupations));
  const counts = Object.fromEntries(facetNames.map((name) => [name, zeroCounts(name)])) as Record<
    FacetName,
    Record<string, number>
  >;
  // Every occupation there is, zeros included, in SOC code order.
  const byOccupation: Record<string, number> = Object.fromEntries(occupations.map((soc) => [soc, 0]));
  for (const row of [...all, ...without]) {
    if (row.facet === OCCUPATION) {
      const soc = row.code === null ? undefined : occupations[row.code];
      if (soc !== undefined) byOccupation[soc] = row.count;
      continue;
    }
    const into = counts[row.facet];
    for (const value of facetValues(row.facet, row.code)) into[value] = (into[value] ?? 0) + row.count;
  }
  counts.state = Object.fromEntries(
    Object.entries(counts.state)
      .filter(([, count]) => count > 0)
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)),
  );
  return { total, facets: { ...counts, occupation: byOccupation } as ProgramFacets['facets'] };
}
