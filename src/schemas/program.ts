import { z } from 'zod';
import {
  accreditationActions,
  accreditationStatuses,
  careerServices,
  certificationExams,
  dataSources,
  degreeLevels,
  deliveryModes,
  disciplines,
  institutionControls,
  internshipFormats,
  outcomeMetrics,
  stateCodes,
} from '../domain/vocabularies.js';
import { careerSchema } from './occupation.js';
import { type ImportColumn, programFields } from './program-fields.js';
import { sortValues } from './program-sort.js';
import { listLinksSchema, listMetaSchema } from './responses.js';

/** The program record of the contract: the one definition behind responses, types and OpenAPI. */

/** A written field's description and example, as the field table (program-fields.ts) words them once. */
function fieldDocs(column: ImportColumn): { description?: string; example?: unknown } {
  const field: { description?: string; example?: unknown } = programFields[column];
  return {
    ...(field.description ? { description: field.description } : {}),
    ...(field.example !== undefined ? { example: field.example } : {}),
  };
}

const date = z.iso.date().meta({ example: '2021-06-01' });

export const institutionSchema = z
  .object({
    id: z.uuid(),
    slug: z.string().meta({ example: 'harbor-state-college-tampa-fl' }),
    name: z.string().meta({ example: 'Harbor State College' }),
    campus: z.string().nullable().meta({ example: 'Dale Mabry Campus' }),
    city: z.string().meta({ example: 'Tampa' }),
    state: z.enum(stateCodes).meta({ example: 'FL' }),
    zip: z.string().nullable().meta({ example: '33614' }),
    location: z
      .object({ lat: z.number(), lon: z.number() })
      .nullable()
      .meta({ example: { lat: 28.0089, lon: -82.5064 } }),
    website: z.string().nullable().meta({ example: 'https://harbor-state.example.edu' }),
    ipeds_unitid: z.int().nullable(),
    control: z.enum(institutionControls.values).nullable(),
  })
  .meta({ id: 'Institution' });

export const accreditationSchema = z.object({
  status: z.enum(accreditationStatuses.values),
  status_label: z.string().meta({ description: "CAHIIM's wording of the status", example: 'Accredited' }),
  status_since: date.nullable(),
  initial_accreditation_date: date.nullable(),
  next_review_year: z.int().nullable().meta(fieldDocs('next_review_year')),
});

export const outcomeSchema = z.object({
  metric: z.enum(outcomeMetrics.values),
  value: z.number().meta({ description: 'A percentage from 0 to 100', example: 71.5 }),
  cohort_year: z.int().meta({ example: 2024 }),
  exam: z.enum(certificationExams.values).nullable(),
});

export const programSchema = z
  .object({
    id: z.uuid(),
    slug: z.string().meta({ example: 'harbor-state-college-health-information-technology-aas-tampa-fl' }),
    cahiim_epc: z.string().nullable().meta(fieldDocs('cahiim_epc')),
    name: z.string().meta({ example: 'Health Information Technology' }),
    credential: z.string().nullable().meta({ example: 'AAS' }),
    degree_level: z.enum(degreeLevels.values),
    discipline: z.enum(disciplines.values),
    cip_code: z.string().nullable().meta({ example: '51.0707' }),
    delivery_mode: z.enum(deliveryModes.values).nullable(),
    institution: institutionSchema,
    accreditation: accreditationSchema,
    internship: z.object({
      required: z.boolean().nullable(),
      min_hours: z.int().nullable().meta({ example: 120 }),
      formats: z.array(z.enum(internshipFormats.values)),
      placement_assistance: z.boolean().nullable().meta(fieldDocs('placement_assistance')),
    }),
    career_services: z.array(z.enum(careerServices.values)),
    outcomes: z.array(outcomeSchema).meta({ description: 'The latest value of each metric' }),
    tuition: z.object({ in_state_usd: z.int().nullable(), out_of_state_usd: z.int().nullable() }),
    credit_hours: z.int().nullable(),
    duration_months: z.int().nullable(),
    urls: z.object({ program: z.string().nullable(), outcomes: z.string().nullable() }),
    contact: z.object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() }),
    description: z.string().nullable().meta(fieldDocs('description')),
    careers: z.array(careerSchema).meta({
      description:
        'The occupations its CIP code and degree level lead to (NCES CIP–SOC crosswalk), with national BLS figures; see GET /v1/occupations',
    }),
    source: z.enum(dataSources.values),
    updated_at: z.iso.datetime().meta({ example: '2026-11-20T14:03:11.000Z' }),
  })
  .meta({ id: 'Program' });

export type Program = z.output<typeof programSchema>;

export const accreditationActionSchema = z.object({
  action: z.enum(accreditationActions.values),
  date,
  note: z.string().nullable(),
});

export const programDetailSchema = programSchema
  .extend({
    accreditation: accreditationSchema.extend({
      history: z.array(accreditationActionSchema).meta({ description: 'Accreditation actions, newest first' }),
    }),
    outcome_history: z
      .array(outcomeSchema)
      .meta({ description: 'Every outcome value of every cohort year, oldest first (then by metric)' }),
  })
  .meta({ id: 'ProgramDetail' });

export type ProgramDetail = z.output<typeof programDetailSchema>;

/** A program in a list: the whole record plus search annotations. */
export const programListItemSchema = programSchema
  .extend({
    distance_mi: z.number().nullable().optional().meta({
      description:
        'Miles from `near`, when given; null for a fully online program beyond the radius (`include_online`)',
    }),
    score: z.number().optional().meta({ description: 'Relevance to `q`, when given' }),
  })
  .meta({
    id: 'ProgramListItem',
    description:
      'A program as listed: the whole record, with `distance_mi` when `near` is given and `score` when `q` is.',
  });

export type ProgramListItem = z.output<typeof programListItemSchema>;

export const programFieldNames = Object.keys(programSchema.shape) as [keyof Program, ...(keyof Program)[]];

export const programListSchema = z
  .object({ data: z.array(programListItemSchema), meta: listMetaSchema(sortValues), links: listLinksSchema })
  .meta({ id: 'ProgramList', description: 'A page of whole programs: the answer without `fields`.' });

/** A program narrowed by `fields`: `id` and the fields asked for, nothing else guaranteed. */
export const programFieldsItemSchema = programListItemSchema.partial().required({ id: true }).meta({
  id: 'ProgramFieldsItem',
  description:
    'A program narrowed by `fields`: its `id` and the fields the answer’s `fields` lists (plus `distance_mi` and `score` when `near` and `q` are given); every other field is absent.',
});

export const programFieldsListSchema = z
  .object({
    data: z.array(programFieldsItemSchema),
    meta: listMetaSchema(sortValues),
    links: listLinksSchema,
    fields: z.array(z.enum(programFieldNames)).meta({
      description: 'The fields each item holds: `id` and those asked for by `fields`, in record order',
      example: ['id', 'slug', 'name'],
    }),
  })
  .meta({
    id: 'ProgramFieldsList',
    description:
      'A page of programs narrowed by `fields`: the answer with `fields`. Only this envelope has a top-level `fields`, so `"fields" in page` tells the two answers apart.',
  });

/** GET /v1/programs: whole programs, or with `fields` narrowed ones; the two envelopes differ by `fields`. */
export const programListAnswerSchema = z.union([programListSchema, programFieldsListSchema]);
