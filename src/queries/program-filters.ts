import { type SQL, sql } from 'drizzle-orm';
import type { ProgramFilters } from '../schemas/program-query.js';
import { facetFilterConditions } from './facet-codes.js';
import { type TextSearch, textMatch } from './program-text-search.js';

/** A distance search: the centre and how far from it. */
export interface Circle {
  lat: number;
  lon: number;
  radiusMi: number;
}

/** Filters ready for SQL: `near` resolved to a point, `q` to a spelling-corrected text search. */
export type SearchFilters = Omit<ProgramFilters, 'q' | 'near' | 'radius_mi'> & { circle?: Circle; text?: TextSearch };

/** The facets of GET /v1/programs/facets; each can be left out of the WHERE clause for its own counts. */
export type FacetName =
  | 'degree_level'
  | 'discipline'
  | 'delivery_mode'
  | 'accreditation_status'
  | 'state'
  | 'internship_format'
  | 'career_services'
  | 'placement_assistance';

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
 * The conditions of a search, over `program_search s`. The facet filters test the integer facet
 * codes (see facet-codes.ts), which one small index holds. `without` leaves one facet's own filter
 * out, for disjunctive facet counts.
 */
export function filterConditions(filters: SearchFilters, without?: FacetName): SQL[] {
  const conditions = Object.entries(facetFilterConditions(filters))
    .filter(([facet]) => facet !== without)
    .map(([, condition]) => condition);
  if (filters.max_tuition !== undefined) conditions.push(sql`s.tuition_in_state_usd <= ${filters.max_tuition}`);
  if (filters.min_graduation_rate !== undefined)
    conditions.push(sql`s.graduation_rate >= ${filters.min_graduation_rate}::real`);
  if (filters.min_employment_rate !== undefined)
    conditions.push(sql`s.employment_rate >= ${filters.min_employment_rate}::real`);
  if (filters.min_pass_rate !== undefined) conditions.push(sql`s.pass_rate >= ${filters.min_pass_rate}::real`);
  if (filters.circle) {
    conditions.push(boundingBox(filters.circle));
    conditions.push(sql`${distanceMiles(filters.circle)} <= ${filters.circle.radiusMi}::float8`);
  }
  if (filters.text) conditions.push(textMatch(filters.text));
  return conditions;
}
