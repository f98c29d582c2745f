import { type SQL, sql } from 'drizzle-orm';
import { heldAccreditationStatuses } from '../domain/vocabularies.js';
import type { ProgramFilters } from '../schemas/program-query.js';
import { textMatch } from './program-text-search.js';
import { inList, textArray } from './sql-fragments.js';

/** A distance search: the centre and how far from it. */
export interface Circle {
  lat: number;
  lon: number;
  radiusMi: number;
}

/** Filters ready for SQL: `near` already resolved to a point. */
export type SearchFilters = Omit<ProgramFilters, 'near' | 'radius_mi'> & { circle?: Circle };

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

/** Great-circle (haversine) distance in miles from the circle's centre to the institution. */
export function distanceMiles(circle: Circle): SQL {
  return sql`(${EARTH_RADIUS_MI * 2} * asin(sqrt(
    power(sin(radians(i.latitude - ${circle.lat}::float8) / 2), 2)
    + cos(radians(${circle.lat}::float8)) * cos(radians(i.latitude))
      * power(sin(radians(i.longitude - ${circle.lon}::float8) / 2), 2))))`;
}

/** A latitude/longitude box around the circle: cheap, indexable, and a superset of the circle. */
function boundingBox(circle: Circle): SQL {
  const latDelta = circle.radiusMi / 69.0;
  const cosLat = Math.cos((circle.lat * Math.PI) / 180);
  const conditions = [sql`i.latitude BETWEEN ${circle.lat - latDelta}::float8 AND ${circle.lat + latDelta}::float8`];
  // Near the poles or across the antimeridian a longitude band is not worth it: skip it.
  const lonDelta = cosLat > 0.01 ? circle.radiusMi / (69.172 * cosLat) : 360;
  if (lonDelta < 180 && Math.abs(circle.lon) + lonDelta < 180) {
    conditions.push(sql`i.longitude BETWEEN ${circle.lon - lonDelta}::float8 AND ${circle.lon + lonDelta}::float8`);
  }
  return sql.join(conditions, sql` AND `);
}

export function accreditationStatuses(filters: SearchFilters): readonly string[] | null {
  const requested: readonly string[] = filters.accreditation_status ?? heldAccreditationStatuses;
  return requested.includes('any') ? null : requested;
}

/**
 * The conditions of a search (over `programs p JOIN institutions i`).
 * `without` leaves one facet's own filter out, for disjunctive facet counts.
 */
export function filterConditions(filters: SearchFilters, without?: FacetName): SQL[] {
  const conditions: SQL[] = [];
  const statuses = accreditationStatuses(filters);
  if (statuses && without !== 'accreditation_status')
    conditions.push(sql`p.accreditation_status IN ${inList(statuses)}`);
  if (filters.degree_level && without !== 'degree_level')
    conditions.push(sql`p.degree_level IN ${inList(filters.degree_level)}`);
  if (filters.discipline && without !== 'discipline')
    conditions.push(sql`p.discipline IN ${inList(filters.discipline)}`);
  if (filters.delivery_mode && without !== 'delivery_mode')
    conditions.push(sql`p.delivery_mode IN ${inList(filters.delivery_mode)}`);
  if (filters.state && without !== 'state') conditions.push(sql`i.state IN ${inList(filters.state)}`);
  if (filters.internship_format && without !== 'internship_format') {
    conditions.push(sql`p.internship_formats && ${textArray(filters.internship_format)}`);
  }
  if (filters.career_services && without !== 'career_services') {
    conditions.push(sql`p.career_services @> ${textArray(filters.career_services)}`);
  }
  if (filters.placement_assistance !== undefined && without !== 'placement_assistance') {
    conditions.push(sql`p.placement_assistance = ${filters.placement_assistance}`);
  }
  if (filters.max_tuition !== undefined) conditions.push(sql`p.tuition_in_state_usd <= ${filters.max_tuition}`);
  if (filters.min_graduation_rate !== undefined)
    conditions.push(sql`p.graduation_rate >= ${filters.min_graduation_rate}::real`);
  if (filters.min_employment_rate !== undefined)
    conditions.push(sql`p.employment_rate >= ${filters.min_employment_rate}::real`);
  if (filters.min_pass_rate !== undefined) conditions.push(sql`p.pass_rate >= ${filters.min_pass_rate}::real`);
  if (filters.circle) {
    conditions.push(boundingBox(filters.circle));
    conditions.push(sql`${distanceMiles(filters.circle)} <= ${filters.circle.radiusMi}::float8`);
  }
  if (filters.q !== undefined) conditions.push(textMatch(filters.q));
  return conditions;
}
