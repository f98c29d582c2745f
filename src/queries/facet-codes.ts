import { type SQL, sql } from 'drizzle-orm';
import { heldAccreditationStatuses } from '../domain/vocabularies.js';
import type { FacetName, SearchFilters } from './program-filters.js';

/**
 * The facet values of program_search as small integers: positions in these lists (the trigger in
 * migrations/0004_search_triggers.sql writes them from the same lists; a value added to a
 * vocabulary needs a migration that redefines it). Filters and facet counts test and group these
 * codes: a small index holds them all, and counting integers is far cheaper than counting text.
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
  /** format_bits: bit i for the i-th format. */
  internship_format: ['onsite', 'virtual', 'hybrid'],
  /** career_bits: bit i for the i-th service. */
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

// Codes come from the validated vocabularies, never from user text, so they are written as literals.
const positions = (list: readonly string[], values: readonly string[]) =>
  sql.raw(values.map((value) => list.indexOf(value)).join(', '));
const mask = (list: readonly string[], values: readonly string[]) =>
  sql.raw(String(values.reduce((bits, value) => bits | (1 << list.indexOf(value)), 0)));

/** The accreditation statuses a search keeps (the held ones unless it says otherwise); null for any. */
export function accreditationStatuses(filters: SearchFilters): readonly string[] | null {
  const requested: readonly string[] = filters.accreditation_status ?? heldAccreditationStatuses;
  return requested.includes('any') ? null : requested;
}

/** Each facet filter of a search as a condition on program_search s's codes. */
export function facetFilterConditions(filters: SearchFilters): Partial<Record<FacetName, SQL>> {
  const conditions: Partial<Record<FacetName, SQL>> = {};
  const statuses = accreditationStatuses(filters);
  if (statuses)
    conditions.accreditation_status = sql`s.status_code IN (${positions(facetCodes.accreditation_status, statuses)})`;
  if (filters.degree_level) {
    conditions.degree_level = sql`s.degree_code IN (${positions(facetCodes.degree_level, filters.degree_level)})`;
  }
  if (filters.discipline) {
    conditions.discipline = sql`s.discipline_code IN (${positions(facetCodes.discipline, filters.discipline)})`;
  }
  if (filters.delivery_mode) {
    conditions.delivery_mode = sql`s.delivery_code IN (${positions(facetCodes.delivery_mode, filters.delivery_mode)})`;
  }
  if (filters.state) conditions.state = sql`s.state_code IN (${sql.raw(filters.state.map(stateCode).join(', '))})`;
  if (filters.internship_format) {
    conditions.internship_format = sql`(s.format_bits & ${mask(facetCodes.internship_format, filters.internship_format)}) <> 0`;
  }
  if (filters.career_services) {
    const bits = mask(facetCodes.career_services, filters.career_services);
    conditions.career_services = sql`(s.career_bits & ${bits}) = ${bits}`;
  }
  if (filters.placement_assistance !== undefined) {
    conditions.placement_assistance = sql`s.placement_code = ${sql.raw(filters.placement_assistance ? '1' : '0')}`;
  }
  return conditions;
}
