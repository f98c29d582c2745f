import { z } from 'zod';
import {
  accreditationStatuses,
  careerServices,
  degreeLevels,
  deliveryModes,
  disciplines,
  internshipFormats,
  stateCodes,
} from '../domain/vocabularies.js';
import { booleanParam, decimalParam, integerParam, multiParam, textParam } from './common.js';
import { programFieldNames } from './program.js';

/** Where a distance search starts: a ZIP code (looked up later) or a point. */
export type NearPoint = { zip: string } | { lat: number; lon: number };

const nearParam = z
  .string({
    error: (issue) =>
      Array.isArray(issue.input) ? 'must be given only once' : 'must be a 5-digit ZIP code or lat,lon',
  })
  .transform((value, ctx): NearPoint => {
    const text = value.trim();
    if (/^\d{5}$/.test(text)) return { zip: text };
    const match = /^(-?\d{1,2}(?:\.\d{1,8})?),\s*(-?\d{1,3}(?:\.\d{1,8})?)$/.exec(text);
    const lat = Number(match?.[1]);
    const lon = Number(match?.[2]);
    if (!match || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be a 5-digit ZIP code or lat,lon (latitude -90 to 90, longitude -180 to 180)',
      });
      return z.NEVER;
    }
    return { lat, lon };
  })
  .meta({ type: 'string', description: 'A 5-digit ZIP code or `lat,lon`', example: '33614' });

export const sortValues = [
  'relevance',
  'distance',
  'name',
  '-name',
  'tuition',
  '-tuition',
  '-graduation_rate',
  '-employment_rate',
  '-pass_rate',
  'next_review',
  '-updated_at',
] as const;
export type SortKey = (typeof sortValues)[number];

/** The filters shared by list, facets and export. */
export const filterShape = {
  q: textParam(1, 200)
    .optional()
    .meta({ description: 'Free text; typo- and word-order tolerant, ranked', example: 'health informatics' }),
  degree_level: multiParam(degreeLevels.values).optional(),
  discipline: multiParam(disciplines.values).optional(),
  delivery_mode: multiParam(deliveryModes.values).optional(),
  state: multiParam(stateCodes, (value) => value.toUpperCase())
    .optional()
    .meta({ description: 'USPS codes, case-insensitive', example: ['TX', 'OK'] }),
  accreditation_status: multiParam([...accreditationStatuses.values, 'any'])
    .optional()
    .meta({
      description:
        'Default: accredited,probation,administrative_probation (programs that hold accreditation today). `any` for all.',
    }),
  internship_format: multiParam(internshipFormats.values)
    .optional()
    .meta({ description: 'Programs whose internship formats include any of these' }),
  placement_assistance: booleanParam.optional().meta({ description: 'The program arranges internship sites' }),
  career_services: multiParam(careerServices.values)
    .optional()
    .meta({ description: 'Programs that offer all of these' }),
  max_tuition: integerParam(0, 10_000_000)
    .optional()
    .meta({ description: 'In-state tuition at most this (USD)', example: 10000 }),
  min_graduation_rate: decimalParam(0, 100)
    .optional()
    .meta({ description: 'Latest graduation rate at least this (%)' }),
  min_employment_rate: decimalParam(0, 100)
    .optional()
    .meta({ description: 'Latest employment rate at least this (%)' }),
  min_pass_rate: decimalParam(0, 100)
    .optional()
    .meta({ description: 'Latest certification exam pass rate at least this (%)' }),
  near: nearParam.optional(),
  radius_mi: decimalParam(1, 3000).optional().meta({ description: 'Miles from `near`, default 50; only with `near`' }),
};

const fieldsParam = multiParam(programFieldNames).meta({
  description: 'Top-level fields to return (`id` is always included)',
  example: ['name', 'institution', 'accreditation'],
});

type Combination = { q?: unknown; near?: unknown; radius_mi?: unknown; sort?: SortKey };

/** Rules that span parameters; reported against the parameter a client must change. */
function checkCombinations(query: Combination, ctx: z.RefinementCtx) {
  if (query.radius_mi !== undefined && query.near === undefined) {
    ctx.addIssue({ code: 'custom', path: ['radius_mi'], message: 'is only allowed together with near' });
  }
  if (query.sort === 'relevance' && query.q === undefined) {
    ctx.addIssue({ code: 'custom', path: ['sort'], message: 'relevance needs q' });
  }
  if (query.sort === 'distance' && query.near === undefined) {
    ctx.addIssue({ code: 'custom', path: ['sort'], message: 'distance needs near' });
  }
}

export const programFilterQuerySchema = z.strictObject(filterShape).superRefine(checkCombinations);

export const programListQuerySchema = z
  .strictObject({
    ...filterShape,
    sort: z
      .enum(sortValues, { error: `must be one of: ${sortValues.join(', ')}` })
      .optional()
      .meta({
        description: 'Default: relevance with q, distance with near, else name. Ties broken by id; nulls last.',
      }),
    limit: integerParam(1, 100).optional().meta({ description: 'Page size, default 20', example: 20 }),
    cursor: z
      .string({ error: 'must be given only once' })
      .max(1000, 'is not a valid cursor')
      .optional()
      .meta({ description: 'Opaque; from `meta.next_cursor`. Valid only with the same filters and sort.' }),
    fields: fieldsParam.optional(),
  })
  .superRefine(checkCombinations);

export const programExportQuerySchema = z
  .strictObject({
    ...filterShape,
    format: z
      .enum(['csv', 'ndjson'], { error: 'must be csv or ndjson' })
      .meta({ description: 'csv (the import columns) or ndjson (one program per line)' }),
  })
  .superRefine(checkCombinations);

export type ProgramFilters = z.output<typeof programFilterQuerySchema>;
export type ProgramListQuery = z.output<typeof programListQuerySchema>;
