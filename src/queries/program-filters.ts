import { type SQL, sql } from 'drizzle-orm';
import {
  type CountedFacet,
  type Facet,
  type FacetName,
  facetCode,
  facetNames,
  facetRegistry,
  OCCUPATION,
} from '../domain/facets.js';
import { heldAccreditationStatuses } from '../domain/vocabularies.js';
import type { ProgramFilters } from '../schemas/program-query.js';
import { type TextSearch, textMatch } from './program-text-search.js';
import { textArray } from './sql-fragments.js';

/** A distance search: the centre, how far from it, and whether fully online programs count wherever they are. */
export interface Circle {
  lat: number;
  lon: number;
  radiusMi: number;
  includeOnline: boolean;
}

/** Filters ready for SQL: `near` resolved to a point, `q` to a spelling-corrected text search. */
export type SearchFilters = Omit<ProgramFilters, 'q' | 'near' | 'radius_mi' | 'include_online'> & {
  circle?: Circle;
  text?: TextSearch;
};

/**
 * The values each facet filter of a search keeps: accreditation defaults to the held statuses
 * (`any` drops the filter), and placement_assistance is `true` or `false`.
 */
export function facetFilters(filters: SearchFilters): Partial<Record<FacetName, readonly string[]>> {
  const statuses: readonly string[] = filters.accreditation_status ?? heldAccreditationStatuses;
  const given: Partial<Record<FacetName, readonly string[] | undefined>> = {
    degree_level: filters.degree_level,
    discipline: filters.discipline,
    delivery_mode: filters.delivery_mode,
    accreditation_status: statuses.includes('any') ? undefined : statuses,
    state: filters.state,
    internship_format: filters.internship_format,
    career_services: filters.career_services,
    placement_assistance:
      filters.placement_assistance === undefined ? undefined : [String(filters.placement_assistance)],
    internship_required: filters.internship_required === undefined ? undefined : [String(filters.internship_required)],
  };
  return Object.fromEntries(Object.entries(given).filter(([, values]) => values !== undefined));
}

// Codes come from validated vocabularies, never from user text, so they are written as literals.
function facetCondition(name: FacetName, values: readonly string[]): SQL {
  const facet: Facet = facetRegistry[name];
  const column = sql.raw(`s.${facet.column}`);
  const codes = values.map((value) => facetCode(name, value));
  switch (facet.kind) {
    case 'any':
    case 'all': {
      const mask = sql.raw(String(codes.reduce((bits, code) => bits | (1 << code), 0)));
      return facet.kind === 'any' ? sql`(${column} & ${mask}) <> 0` : sql`(${column} & ${mask}) = ${mask}`;
    }
    default:
      return sql`${column} IN (${sql.raw(codes.join(', '))})`;
  }
}

/** Each facet filter of a search as a condition on program_search s's stored codes. */
export function facetFilterConditions(filters: SearchFilters): Partial<Record<FacetName, SQL>> {
  const given = facetFilters(filters);
  return Object.fromEntries(
    facetNames.flatMap((name) => {
      const values = given[name];
      return values ? [[name, facetCondition(name, values)]] : [];
    }),
  );
}

const EARTH_RADIUS_MI = 3958.7613;

/** Great-circle (haversine) distance in miles from the circle's centre to the program's campus. */
export function distanceMiles(circle: Circle, table = 's'): SQL {
  const t = sql.raw(table);
  return sql`(${EARTH_RADIUS_MI * 2} * asin(least(1, sqrt(
    power(sin(radians(${t}.latitude - ${circle.lat}::float8) / 2), 2)
    + cos(radians(${circle.lat}::float8)) * cos(radians(${t}.latitude))
      * power(sin(radians(${t}.longitude - ${circle.lon}::float8) / 2), 2)))))`;
}

const degrees = (radians: number) => (radians * 180) / Math.PI;

/**
 * A latitude/longitude box around the circle on the same sphere: indexable, and a superset of
 * the circle. The widest longitude of a circle is asin(sin r / cos lat), reached poleward of its
 * centre; a little slack keeps points on the rim inside despite rounding.
 */
function boundingBox(circle: Circle): SQL {
  const angle = circle.radiusMi / EARTH_RADIUS_MI;
  const slack = 1e-6;
  const latDelta = degrees(angle) + slack;
  const conditions = [sql`s.latitude BETWEEN ${circle.lat - latDelta}::float8 AND ${circle.lat + latDelta}::float8`];
  const reach = Math.sin(angle) / Math.cos((circle.lat * Math.PI) / 180);
  // A circle around a pole, or one crossing the antimeridian, gets no longitude band.
  if (reach < 1) {
    const lonDelta = degrees(Math.asin(reach)) + slack;
    if (Math.abs(circle.lon) + lonDelta < 180) {
      conditions.push(sql`s.longitude BETWEEN ${circle.lon - lonDelta}::float8 AND ${circle.lon + lonDelta}::float8`);
    }
  }
  return sql.join(conditions, sql` AND `);
}

/**
 * The distance a list shows and sorts by: miles from the centre, or with `includeOnline` null for a
 * program beyond the radius (an online one, kept wherever it is), so that it sorts after those in range.
 */
export function distanceInRange(circle: Circle, table = 's'): SQL {
  const miles = distanceMiles(circle, table);
  return circle.includeOnline ? sql`(CASE WHEN ${miles} <= ${circle.radiusMi}::float8 THEN ${miles} END)` : miles;
}

const ONLINE = facetCode('delivery_mode', 'online');

/** The filters that are ranges rather than stored values: tuition, outcome rates and distance. */
export function rangeConditions(filters: SearchFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.max_tuition !== undefined) conditions.push(sql`s.tuition_in_state_usd <= ${filters.max_tuition}`);
  if (filters.min_graduation_rate !== undefined)
    conditions.push(sql`s.graduation_rate >= ${filters.min_graduation_rate}::real`);
  if (filters.min_employment_rate !== undefined)
    conditions.push(sql`s.employment_rate >= ${filters.min_employment_rate}::real`);
  if (filters.min_pass_rate !== undefined) conditions.push(sql`s.pass_rate >= ${filters.min_pass_rate}::real`);
  if (filters.circle) {
    const inRange = sql`${boundingBox(filters.circle)} AND ${distanceMiles(filters.circle)} <= ${filters.circle.radiusMi}::float8`;
    conditions.push(
      filters.circle.includeOnline ? sql`((${inRange}) OR s.delivery_code = ${sql.raw(String(ONLINE))})` : inRange,
    );
  }
  return conditions;
}

/** Programs leading to any of the occupations. */
const occupationCondition = (socCodes: readonly string[]): SQL => sql`s.occupation_codes && ${textArray(socCodes)}`;

/**
 * The conditions of a search, over `program_search s`. The facet filters test the stored facet codes
 * (see domain/facets.ts), which one small index holds. `without` leaves one facet's own filter out,
 * for disjunctive facet counts.
 */
export function filterConditions(filters: SearchFilters, without?: CountedFacet): SQL[] {
  const conditions = Object.entries(facetFilterConditions(filters))
    .filter(([facet]) => facet !== without)
    .map(([, condition]) => condition);
  if (filters.occupation && without !== OCCUPATION) conditions.push(occupationCondition(filters.occupation));
  conditions.push(...rangeConditions(filters));
  if (filters.text) conditions.push(textMatch(filters.text));
  return conditions;
}
