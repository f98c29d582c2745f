import type { Db } from '../db/client.js';
import {
  accreditationStatuses,
  careerServices,
  degreeLevels,
  deliveryModes,
  disciplines,
  internshipFormats,
} from '../domain/vocabularies.js';
import { facetCodes, stateOfCode } from '../queries/facet-codes.js';
import { type DisjunctiveFacet, type FacetValueRow, facetCounts } from '../queries/program-facets.js';
import type { ProgramFacets } from '../schemas/facets.js';
import type { ProgramFilters } from '../schemas/program-query.js';
import { resolveFilters } from './programs.js';

type Counts = Record<string, number>;

const zeros = (values: readonly string[]): Counts => Object.fromEntries(values.map((value) => [value, 0]));
const add = (counts: Counts, value: string | undefined, count: number) => {
  if (value !== undefined) counts[value] = (counts[value] ?? 0) + count;
};
const named = (list: readonly string[], code: number | null) => (code === null ? undefined : list[code]);
const flagged = (list: readonly string[], bits: number | null) =>
  list.filter((_, index) => bits !== null && (bits & (1 << index)) !== 0);

/** How a facet's code becomes its values (a bit mask may stand for several). */
const decoders: Record<DisjunctiveFacet, (code: number | null) => string[]> = {
  degree_level: (code) => [named(facetCodes.degree_level, code)].filter((value) => value !== undefined),
  discipline: (code) => [named(facetCodes.discipline, code)].filter((value) => value !== undefined),
  delivery_mode: (code) => [named(facetCodes.delivery_mode, code)].filter((value) => value !== undefined),
  accreditation_status: (code) => [named(facetCodes.accreditation_status, code)].filter((value) => value !== undefined),
  state: (code) => (code === null ? [] : [stateOfCode(code)]),
  internship_format: (bits) => flagged(facetCodes.internship_format, bits),
  placement_assistance: (code) => [named(facetCodes.placement_assistance, code)].filter((value) => value !== undefined),
};

const tally = (facet: DisjunctiveFacet, rows: readonly FacetValueRow[], into: Counts) => {
  for (const row of rows) for (const value of decoders[facet](row.code)) add(into, value, row.count);
};

/**
 * Disjunctive facet counts for the same filters as GET /v1/programs: each facet whose filter was
 * given is counted under every other filter; the rest, career_services (an AND) and the total,
 * under all of them.
 */
export async function programFacets(db: Db, query: ProgramFilters): Promise<ProgramFacets> {
  const filters = await resolveFilters(db, query);
  const { all, without } = await facetCounts(db, filters);
  const counts: Record<DisjunctiveFacet | 'career_services', Counts> = {
    degree_level: zeros(degreeLevels.values),
    discipline: zeros(disciplines.values),
    delivery_mode: zeros(deliveryModes.values),
    accreditation_status: zeros(accreditationStatuses.values),
    state: {},
    internship_format: zeros(internshipFormats.values),
    career_services: zeros(careerServices.values),
    placement_assistance: { true: 0, false: 0 },
  };
  let total = 0;
  const underAll = (facet: DisjunctiveFacet) => without[facet] === undefined;
  for (const row of all) {
    const code = (facet: DisjunctiveFacet, value: number | null) => {
      if (underAll(facet)) tally(facet, [{ code: value, count: row.count }], counts[facet]);
    };
    switch (row.grouping) {
      case 'attributes':
        total += row.count;
        code('degree_level', row.degree_code);
        code('discipline', row.discipline_code);
        code('delivery_mode', row.delivery_code);
        code('accreditation_status', row.status_code);
        code('placement_assistance', row.placement_code);
        break;
      case 'state':
        code('state', row.state_code);
        break;
      case 'internship_formats':
        code('internship_format', row.format_bits);
        break;
      case 'career_services':
        for (const service of flagged(facetCodes.career_services, row.career_bits)) {
          add(counts.career_services, service, row.count);
        }
        break;
    }
  }
  for (const [facet, rows] of Object.entries(without) as [DisjunctiveFacet, FacetValueRow[]][]) {
    tally(facet, rows, counts[facet]);
  }
  const state = Object.fromEntries(Object.entries(counts.state).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)));
  return { total, facets: { ...counts, state } as ProgramFacets['facets'] };
}
