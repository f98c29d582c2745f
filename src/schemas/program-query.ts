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
import { booleanParam, decimalParam, integerParam, multiParam, multiPatternParam, textParam } from './common.js';
import { SOC_CODE } from './occupation.js';
import { programFieldNames } from './program.js';
import { type SortKey, sortValues } from './program-sort.js';

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
  .meta({ type: 'string', description: 'A 5-digit ZIP code or `lat,lon`', example: '33312' });

/**
 * Free text to search for. Control characters (NUL included) only separate words, as every other
 * character that is not a letter or digit does, so they are harmless rather than an error.
 */
export function searchTextParam(min: number, max: number) {
  return z
    .string({
      error: (issue) =>
        Array.isArray(issue.input) ? 'must be given only once' : `must be a text of ${min} to ${max} characters`,
    })
    .transform((value) => value.replace(/\p{Cc}/gu, ' '))
    .pipe(textParam(min, max));
}

export { type SortKey, sortValues };

/** The filters shared by list, facets and export. */
export const filterShape = {
  q: searchTextParam(1, 200).optional().meta({
    description: 'Free text; typo- and word-order tolerant, ranked',
    example: 'health information technology',
  }),
  degree_level: multiParam(degreeLevels.values)
    .optional()
    .meta({ example: ['associate'] }),
  discipline: multiParam(disciplines.values)
    .optional()
    .meta({ example: ['health_information_management'] }),
  delivery_mode: multiParam(deliveryModes.values)
    .optional()
    .meta({ example: ['online', 'hybrid'] }),
  state: multiParam(stateCodes, (value) => value.toUpperCase())
    .optional()
    .meta({ description: 'USPS codes, case-insensitive', example: ['FL'] }),
  accreditation_status: multiParam([...accreditationStatuses.values, 'any'])
    .optional()
    .meta({
      description:
        'Default: accredited,probation,administrative_probation (programs that hold accreditation today). `any` for all.',
      example: ['accredited', 'probation'],
    }),
  internship_format: multiParam(internshipFormats.values)
    .optional()
    .meta({ description: 'Programs whose internship formats include any of these', example: ['virtual'] }),
  placement_assistance: booleanParam
    .optional()
    .meta({ description: 'The program arranges internship sites', example: true }),
  internship_required: booleanParam.optional().meta({
    description: 'The program requires an internship (professional practice experience)',
    example: true,
  }),
  career_services: multiParam(careerServices.values)
    .optional()
    .meta({ description: 'Programs that offer all of these', example: ['exam_prep', 'mentoring'] }),
  occupation: multiPatternParam(SOC_CODE, 'a SOC code such as 29-2072', '29-2072')
    .optional()
    .meta({
      description: 'Programs leading to any of these occupations (SOC 2018 codes; see GET /v1/occupations)',
      example: ['29-2072'],
    }),
  max_tuition: integerParam(0, 10_000_000)
    .optional()
    .meta({ description: 'In-state tuition at most this (USD)', example: 10000 }),
  min_graduation_rate: decimalParam(0, 100)
    .optional()
    .meta({ description: 'Latest graduation rate at least this (%)', example: 60 }),
  min_employment_rate: decimalParam(0, 100)
    .optional()
    .meta({ description: 'Latest employment rate at least this (%)', example: 80 }),
  min_pass_rate: decimalParam(0, 100)
    .optional()
    .meta({ description: 'Latest certification exam pass rate at least this (%)', example: 80 }),
  near: nearParam.optional(),
  radius_mi: decimalParam(1, 3000)
    .optional()
    .meta({ description: 'Miles from `near`, default 50; only with `near`', example: 25 }),
  include_online: booleanParam.optional().meta({
    description:
      'Only with `near`: also every fully online program (`delivery_mode=online`) that matches the other filters, wherever it is. Those beyond the radius have `distance_mi: null` and come after the programs in range when sorted by distance; `meta.total` and the facets count them too. Default false.',
    example: true,
  }),
};

// No example: Swagger UI would send it, and "Try it out" would show narrowed items.
const fieldsParam = multiParam(programFieldNames).meta({
  description:
    'Only these top-level fields of each program (and `id`), for a smaller answer: the answer is then a ProgramFieldsList, whose items hold only those fields and whose top-level `fields` names them',
});

type Combination = { q?: unknown; near?: unknown; radius_mi?: unknown; include_online?: unknown; sort?: SortKey };

/** Rules that span parameters; reported against the parameter a client must change. */
function checkCombinations(query: Combination, ctx: z.RefinementCtx) {
  for (const name of ['radius_mi', 'include_online'] as const) {
    if (query[name] !== undefined && query.near === undefined) {
      ctx.addIssue({ code: 'custom', path: [name], message: 'is only allowed together with near' });
    }
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
        example: 'distance',
      }),
    limit: integerParam(1, 100).optional().meta({ description: 'Page size, default 20', example: 10 }),
    cursor: z.string({ error: 'must be given only once' }).max(1000, 'is not a valid cursor').optional().meta({
      description:
        'Opaque: the `meta.next_cursor` of the previous page (or follow `links.next`). Valid only with the same filters and sort.',
    }),
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
export type ProgramExportQuery = z.output<typeof programExportQuerySchema>;

/** 2 to 5 ids or slugs, comma-separated and/or repeated, each once. */
const compareIdsParam = z
  .unknown()
  .transform((input, ctx) => {
    if (input === undefined) {
      ctx.addIssue({ code: 'custom', message: 'is required: 2 to 5 program ids or slugs' });
      return z.NEVER;
    }
    if (typeof input !== 'string' && !(Array.isArray(input) && input.every((item) => typeof item === 'string'))) {
      ctx.addIssue({ code: 'custom', message: 'must be a comma-separated list of program ids or slugs' });
      return z.NEVER;
    }
    const ids = [input]
      .flat()
      .flatMap((part) => part.split(','))
      .map((item) => item.trim());
    if (ids.some((id) => id.length === 0 || id.length > 200)) {
      ctx.addIssue({ code: 'custom', message: 'must not contain an empty or over-long id' });
      return z.NEVER;
    }
    // A NUL would reach PostgreSQL and fail there (22021).
    if (ids.some((id) => /\p{Cc}/u.test(id))) {
      ctx.addIssue({ code: 'custom', message: 'must not contain control characters' });
      return z.NEVER;
    }
    if (ids.length < 2 || ids.length > 5) {
      ctx.addIssue({ code: 'custom', message: `must name 2 to 5 programs (${ids.length} given)` });
      return z.NEVER;
    }
    const seen = new Set<string>();
    const repeated = ids.filter((id) => seen.size === seen.add(id.toLowerCase()).size);
    if (repeated.length > 0) {
      ctx.addIssue({ code: 'custom', message: `names ${[...new Set(repeated)].join(', ')} more than once` });
      return z.NEVER;
    }
    return ids;
  })
  .meta({
    type: 'array',
    items: { type: 'string' },
    minItems: 2,
    maxItems: 5,
    description: 'Program ids or slugs, comma-separated or repeated; answered in this order',
    example: [
      'pelarro-community-college-health-information-technology-aas-fort-lauderdale-fl',
      'quesetta-college-health-information-management-technology-aas-bradenton-fl',
    ],
  });

export const programCompareQuerySchema = z.strictObject({ ids: compareIdsParam });
