import { z } from 'zod';
import {
  accreditationStatuses,
  careerServices,
  degreeLevels,
  deliveryModes,
  disciplines,
  internshipFormats,
} from '../domain/vocabularies.js';

/** Counts for every value of a vocabulary (zeros included). */
const countsOf = <const V extends string>(values: readonly [V, ...V[]]) =>
  z.object(Object.fromEntries(values.map((value) => [value, z.int().min(0)])) as Record<V, z.ZodInt>);

export const facetsSchema = z
  .object({
    total: z.int().min(0).meta({ description: 'The number of matches: meta.total of the same search' }),
    facets: z.object({
      degree_level: countsOf(degreeLevels.values),
      discipline: countsOf(disciplines.values),
      delivery_mode: countsOf(deliveryModes.values),
      accreditation_status: countsOf(accreditationStatuses.values),
      state: z
        .record(z.string(), z.int().min(1))
        .meta({ description: 'States with at least one match, most matches first', example: { TX: 12, OK: 3 } }),
      internship_format: countsOf(internshipFormats.values),
      career_services: countsOf(careerServices.values).meta({
        description:
          'Programs offering each service among the matches (the career_services filter applies: it is an AND)',
      }),
      placement_assistance: z.object({ true: z.int().min(0), false: z.int().min(0) }),
    }),
  })
  .meta({
    id: 'ProgramFacets',
    description:
      'Disjunctive facet counts: each facet applies every filter except its own, so a filter sidebar can show what each other choice would give.',
  });

export type ProgramFacets = z.output<typeof facetsSchema>;
