import { z } from 'zod';
import { type FacetName, facetNames, facetRegistry } from '../domain/facets.js';

type Registry = typeof facetRegistry;
type CountsSchema<N extends FacetName> = Registry[N]['kind'] extends 'state'
  ? z.ZodRecord<z.ZodString, z.ZodInt>
  : z.ZodObject<Record<Registry[N]['values'][number], z.ZodInt>>;

const descriptions: Partial<Record<FacetName, { description: string; example?: Record<string, number> }>> = {
  state: { description: 'States with at least one match, most matches first', example: { TX: 12, OK: 3 } },
  career_services: {
    description: 'Programs offering each service among the matches (the career_services filter applies: it is an AND)',
  },
};

/** A facet's counts: every value (zeros included; `true` before `false`), or for states only those with matches. */
function countsSchema<N extends FacetName>(name: N): CountsSchema<N> {
  const facet = facetRegistry[name];
  const values = facet.kind === 'boolean' ? [...facet.values].reverse() : facet.values;
  const schema =
    facet.kind === 'state'
      ? z.record(z.string(), z.int().min(1))
      : z.object(Object.fromEntries(values.map((value) => [value, z.int().min(0)])));
  const meta = descriptions[name];
  return (meta ? schema.meta(meta) : schema) as unknown as CountsSchema<N>;
}

export const facetsSchema = z
  .object({
    total: z.int().min(0).meta({ description: 'The number of matches: meta.total of the same search' }),
    facets: z.object({
      ...(Object.fromEntries(facetNames.map((name) => [name, countsSchema(name)])) as unknown as {
        [N in FacetName]: CountsSchema<N>;
      }),
      occupation: z.record(z.string(), z.int().min(0)).meta({
        description: 'Every occupation of GET /v1/occupations by SOC code, zeros included',
        example: { '11-9111': 53, '29-2072': 80 },
      }),
    }),
  })
  .meta({
    id: 'ProgramFacets',
    description:
      'Disjunctive facet counts: each facet applies every filter except its own, so a filter sidebar can show what each other choice would give.',
  });

export type ProgramFacets = z.output<typeof facetsSchema>;
