import {
  accreditationStatuses,
  careerServices,
  degreeLevels,
  deliveryModes,
  disciplines,
  internshipFormats,
  stateCodes,
} from './vocabularies.js';

/**
 * The facets of GET /v1/programs/facets, once: each facet's values, the program_search column that
 * stores it as a small integer, and how it is stored and filtered. The filter SQL, the facet counts
 * and their decoding, the zero counts and the response schema all read this registry. The trigger
 * that writes the codes (refresh_program_search, in the migrations) spells the same lists in the same
 * order; a test compares them. A value added to a vocabulary therefore needs a migration that
 * redefines that function, and the order of a list is part of what is stored: append, never reorder.
 *
 * Kinds:
 *   one      one value per program, stored as its position in `values`; a filter keeps any of the given
 *            values (a program without a value has code `values.length`)
 *   boolean  `false`/`true` stored as 0/1 (2: not known); the filter keeps the one given
 *   state    a USPS code stored as two letters in base 26; only states with matches are answered
 *   any      a set of values stored as bits (bit i for the i-th value); the filter keeps programs with any
 *   all      stored as `any`; the filter keeps programs with all the given values, so its counts apply
 *            its own filter (it is not disjunctive)
 */
export type FacetKind = 'one' | 'boolean' | 'state' | 'any' | 'all';

export interface Facet {
  values: readonly string[];
  column: string;
  kind: FacetKind;
}

export const facetRegistry = {
  degree_level: { values: degreeLevels.values, column: 'degree_code', kind: 'one' },
  discipline: { values: disciplines.values, column: 'discipline_code', kind: 'one' },
  delivery_mode: { values: deliveryModes.values, column: 'delivery_code', kind: 'one' },
  accreditation_status: { values: accreditationStatuses.values, column: 'status_code', kind: 'one' },
  state: { values: stateCodes, column: 'state_code', kind: 'state' },
  internship_format: { values: internshipFormats.values, column: 'format_bits', kind: 'any' },
  career_services: { values: careerServices.values, column: 'career_bits', kind: 'all' },
  placement_assistance: { values: ['false', 'true'], column: 'placement_code', kind: 'boolean' },
  internship_required: { values: ['false', 'true'], column: 'required_code', kind: 'boolean' },
} as const satisfies Record<string, Facet>;

export type FacetName = keyof typeof facetRegistry;
export const facetNames = Object.keys(facetRegistry) as FacetName[];

/**
 * The occupation facet: its values are the SOC codes of the occupations table (reference data an
 * operator replaces), not a vocabulary, so it stands beside the registry. A program's occupations
 * are stored as text codes (program_search.occupation_codes) and keyed `occupation:<soc>` in the
 * match sets; a filter keeps programs leading to any of the given ones, and its counts are disjunctive.
 */
export const OCCUPATION = 'occupation';
export type CountedFacet = FacetName | typeof OCCUPATION;

/** A facet's counts leave its own filter out, except for an AND filter (`all`), whose counts keep it. */
export const isDisjunctive = (name: FacetName): boolean => facetRegistry[name].kind !== 'all';

/** The stored code of a value: its position, or for a state its two letters in base 26. */
export function facetCode(name: FacetName, value: string): number {
  const facet: Facet = facetRegistry[name];
  if (facet.kind === 'state') return (value.charCodeAt(0) - 65) * 26 + value.charCodeAt(1) - 65;
  return facet.values.indexOf(value);
}

/** The values a stored code stands for: one value, several for a bit set, none for "not known". */
export function facetValues(name: FacetName, code: number | null): string[] {
  if (code === null) return [];
  const facet: Facet = facetRegistry[name];
  switch (facet.kind) {
    case 'state':
      return [String.fromCharCode(65 + Math.floor(code / 26), 65 + (code % 26))];
    case 'any':
    case 'all':
      return facet.values.filter((_, index) => (code & (1 << index)) !== 0);
    default: {
      const value = facet.values[code];
      return value === undefined ? [] : [value];
    }
  }
}

/** Counts of zero for every value a facet always answers (a state appears only with matches). */
export function zeroCounts(name: FacetName): Record<string, number> {
  const facet: Facet = facetRegistry[name];
  return facet.kind === 'state' ? {} : Object.fromEntries(facet.values.map((value) => [value, 0]));
}
