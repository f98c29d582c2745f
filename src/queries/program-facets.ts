import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';
import { accreditationStatuses, heldAccreditationStatuses } from '../domain/vocabularies.js';
import type { FacetName, SearchFilters } from './program-filters.js';
import { filterConditions } from './program-filters.js';
import { whereOf } from './sql-fragments.js';

/**
 * Facet counts over the integer facet codes of program_search (written by the trigger in
 * migrations/0004_search_triggers.sql from these same lists). One statement counts every facet
 * under all the filters; for each disjunctive facet whose filter was given, one more counts that
 * facet's values under every filter but its own. Each reads only its own programs, through the
 * indexes, and they run side by side.
 */
export const facetCodes = {
  accreditation_status: [
    'candidacy',
    'accredited',
    'probation',
    'administrative_probation',
    'withheld',
    'withdrawn',
    'voluntary_withdrawal',
    'inactive',
  ],
  degree_level: ['associate', 'baccalaureate', 'master', 'certificate'],
  discipline: ['health_information_management', 'health_informatics', 'digital_health'],
  /** delivery_code 3 is "not known". */
  delivery_mode: ['campus', 'online', 'hybrid'],
  /** placement_code 0 false, 1 true, 2 not known. */
  placement_assistance: ['false', 'true'],
  internship_format: ['onsite', 'virtual', 'hybrid'],
  career_services: [
    'job_placement',
    'internship_placement',
    'resume_review',
    'mock_interviews',
    'employer_partnerships',
    'alumni_network',
    'mentoring',
    'networking_events',
    'exam_prep',
  ],
} as const;

/** A USPS code as two letters in base 26. */
export const stateCode = (state: string) => (state.charCodeAt(0) - 65) * 26 + state.charCodeAt(1) - 65;
export const stateOfCode = (code: number) => String.fromCharCode(65 + Math.floor(code / 26), 65 + (code % 26));

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

const positions = (list: readonly string[], values: readonly string[]) =>
  sql.raw(values.map((value) => list.indexOf(value)).join(', '));
const mask = (list: readonly string[], values: readonly string[]) =>
  values.reduce((bits, value) => bits | (1 << list.indexOf(value)), 0);

/** Each given disjunctive filter as a condition on the codes. */
function facetConditions(filters: SearchFilters): { facet: DisjunctiveFacet; condition: SQL }[] {
  const given: [DisjunctiveFacet, SQL | undefined][] = [
    [
      'degree_level',
      filters.degree_level && sql`s.degree_code IN (${positions(facetCodes.degree_level, filters.degree_level)})`,
    ],
    [
      'discipline',
      filters.discipline && sql`s.discipline_code IN (${positions(facetCodes.discipline, filters.discipline)})`,
    ],
    [
      'delivery_mode',
      filters.delivery_mode && sql`s.delivery_code IN (${positions(facetCodes.delivery_mode, filters.delivery_mode)})`,
    ],
    ['accreditation_status', statusCondition(filters)],
    ['state', filters.state && sql`s.state_code IN (${sql.raw(filters.state.map(stateCode).join(', '))})`],
    [
      'internship_format',
      filters.internship_format &&
        sql`(s.format_bits & ${sql.raw(String(mask(facetCodes.internship_format, filters.internship_format)))}) <> 0`,
    ],
    [
      'placement_assistance',
      filters.placement_assistance === undefined
        ? undefined
        : sql`s.placement_code = ${sql.raw(filters.placement_assistance ? '1' : '0')}`,
    ],
  ];
  return given.flatMap(([facet, condition]) => (condition ? [{ facet, condition }] : []));
}

function statusCondition(filters: SearchFilters): SQL | undefined {
  const requested: readonly string[] = filters.accreditation_status ?? heldAccreditationStatuses;
  if (requested.includes('any')) return undefined;
  const known = requested.filter((status) => (accreditationStatuses.values as readonly string[]).includes(status));
  return sql`s.status_code IN (${positions(facetCodes.accreditation_status, known)})`;
}

/** The filters that are not facets (text, distance, tuition, rates) and the career services one, an AND. */
function baseConditions(filters: SearchFilters): SQL[] {
  const conditions = filterConditions({
    ...filters,
    degree_level: undefined,
    discipline: undefined,
    delivery_mode: undefined,
    state: undefined,
    internship_format: undefined,
    placement_assistance: undefined,
    career_services: undefined,
    accreditation_status: ['any'],
  });
  if (filters.career_services) {
    const bits = mask(facetCodes.career_services, filters.career_services);
    conditions.push(sql`(s.career_bits & ${sql.raw(String(bits))}) = ${sql.raw(String(bits))}`);
  }
  return conditions;
}

export interface FacetCounts {
  /** Every facet under every filter. */
  all: FacetGroupRow[];
  /** For each given disjunctive filter, its facet under the other filters. */
  without: Partial<Record<DisjunctiveFacet, FacetValueRow[]>>;
}

export async function facetCounts(db: Db, filters: SearchFilters): Promise<FacetCounts> {
  const base = baseConditions(filters);
  const given = facetConditions(filters);
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
