import { z } from 'zod';
import {
  accreditationActions,
  accreditationStatuses,
  careerServices,
  certificationExams,
  degreeLevels,
  deliveryModes,
  disciplines,
  institutionControls,
  internshipFormats,
  outcomeMetrics,
  stateCodes,
} from '../domain/vocabularies.js';
import { AppError, type ProblemItem } from '../errors.js';
import { roundTo } from './import-row.js';

/**
 * The bodies of the admin writes. They follow the program record of the read side, minus what
 * the service owns (ids, slugs, labels, timestamps, history), with the limits of the import, so
 * that a program written here exports and re-imports unchanged. Every object is strict: an
 * unknown or server-owned field is an error, not silently dropped.
 */

const requiredOr = (message: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is required' : message;

/** Text on one line: NFC, whitespace runs made one space, trimmed, as the import stores it. */
function line(max: number) {
  return (
    z
      .string({ error: requiredOr('must be text') })
      .overwrite((value) => value.normalize('NFC').replace(/\s+/g, ' ').trim())
      .min(1, 'must not be empty')
      .max(max, `must be at most ${max} characters`)
      // A refinement, not a pattern: JSON Schema tools read \p{…} without the Unicode flag.
      .refine((value) => !/[\p{Cc}\p{Cs}]/u.test(value), 'must not contain control characters')
  );
}

/** Text that may span lines (a description). */
const paragraph = z
  .string({ error: requiredOr('must be text') })
  .overwrite((value) => value.normalize('NFC').replace(/\r\n?/g, '\n').trim())
  .min(1, 'must not be empty')
  .max(5000, 'must be at most 5000 characters')
  .refine((value) => !/[^\P{Cc}\n\t]|\p{Cs}/u.test(value), 'must not contain control characters');

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Only http(s): a `javascript:` URL would run in every page that links to the program. */
const webUrl = line(2000).refine(isWebUrl, 'must be an http:// or https:// URL');

function integer(min: number, max: number) {
  const message = `must be a whole number from ${min} to ${max}`;
  return z
    .int({ error: requiredOr(message) })
    .min(min, message)
    .max(max, message);
}

function oneOf<const V extends string>(values: readonly [V, ...V[]]) {
  return z.enum(values, { error: requiredOr(`must be one of: ${values.join(', ')}`) });
}

const flag = z.boolean({ error: requiredOr('must be true or false') });

const MIN_DATE = '1900-01-01';
const MAX_DATE = '2100-12-31';
const calendarDate = z.iso
  .date({ error: requiredOr('must be a date written YYYY-MM-DD') })
  .refine((value) => value >= MIN_DATE && value <= MAX_DATE, `must be from ${MIN_DATE} to ${MAX_DATE}`)
  .meta({ example: '2021-06-01' });

/** A list of vocabulary values: deduplicated and in the vocabulary's order, as the import stores lists. */
function vocabularyList<const V extends string>(values: readonly [V, ...V[]]) {
  return z
    .array(oneOf(values), { error: 'must be an array' })
    .max(values.length * 2, 'has too many items')
    .overwrite((items) => values.filter((value) => items.includes(value)));
}

const optional = <T extends z.ZodType>(schema: T) => schema.nullable().default(null);

// ---------------------------------------------------------------------------------------------
// Institutions
// ---------------------------------------------------------------------------------------------

const locationSchema = z.strictObject({
  lat: z
    .number({ error: requiredOr('must be a number from -90 to 90') })
    .min(-90, 'must be from -90 to 90')
    .max(90, 'must be from -90 to 90'),
  lon: z
    .number({ error: requiredOr('must be a number from -180 to 180') })
    .min(-180, 'must be from -180 to 180')
    .max(180, 'must be from -180 to 180'),
});

/**
 * An institution's attributes besides its identity (name, campus, city, state). Absent means
 * "not said": a new institution gets null, a matched one keeps what it has.
 */
const institutionAttributes = {
  zip: line(5)
    .regex(/^\d{5}$/, 'must be a 5-digit ZIP code')
    .nullable()
    .optional(),
  location: locationSchema.nullable().optional(),
  website: webUrl.nullable().optional(),
  ipeds_unitid: integer(1, 99_999_999).nullable().optional(),
  control: oneOf(institutionControls.values).nullable().optional(),
};

const institutionIdentity = {
  name: line(200).meta({ example: 'Harbor State College' }),
  campus: line(200).nullable().optional().meta({ description: 'Absent or null: the institution has one campus' }),
  city: line(100).meta({ example: 'Tampa' }),
  state: oneOf(stateCodes).meta({ example: 'FL' }),
};

/** POST /v1/institutions, and the document a PATCH must leave valid. */
export const institutionWriteSchema = z.strictObject({ ...institutionIdentity, ...institutionAttributes }).meta({
  id: 'InstitutionWrite',
  description: 'An institution (one campus); `id` and `slug` are assigned by the service',
});

export type InstitutionWriteInput = z.output<typeof institutionWriteSchema>;

// ---------------------------------------------------------------------------------------------
// Programs
// ---------------------------------------------------------------------------------------------

/** Outcomes are dated by cohort; one from the future is a typo. */
const latestCohortYear = () => new Date().getUTCFullYear() + 1;

const outcomeWriteSchema = z
  .strictObject({
    metric: oneOf(outcomeMetrics.values),
    value: z
      .number({ error: requiredOr('must be a number from 0 to 100') })
      .min(0, 'must be a number from 0 to 100')
      .max(100, 'must be a number from 0 to 100')
      // Two decimals survive a round trip through a `real` column and the CSV export.
      .overwrite((value) => roundTo(value, 2)),
    cohort_year: z
      .int({ error: requiredOr('must be a year') })
      .min(1990, 'must be from 1990 on')
      .refine((year) => year <= latestCohortYear(), 'must not be in the future'),
    exam: optional(oneOf(certificationExams.values)),
  })
  .superRefine((outcome, ctx) => {
    if (outcome.exam !== null && outcome.metric !== 'certification_pass_rate')
      ctx.addIssue({ code: 'custom', path: ['exam'], message: 'is only allowed with certification_pass_rate' });
  });

const programWriteShape = {
  cahiim_epc: optional(line(50)).meta({ description: "CAHIIM's Educational Program Code", example: 'HIM-A-0412' }),
  name: line(200).meta({ example: 'Health Information Technology' }),
  credential: optional(line(50)).meta({ example: 'AAS' }),
  degree_level: oneOf(degreeLevels.values),
  discipline: oneOf(disciplines.values),
  cip_code: optional(line(7).regex(/^\d{2}\.\d{4}$/, 'must be a CIP code such as 51.0707')).meta({
    example: '51.0707',
  }),
  delivery_mode: optional(oneOf(deliveryModes.values)),
  institution_id: z
    .uuid({ error: 'must be the id (a UUID) of an institution' })
    .optional()
    .meta({ description: 'The institution (campus) of the program; or give `institution` instead' }),
  institution: z
    .strictObject({ ...institutionIdentity, ...institutionAttributes })
    .optional()
    .meta({
      description:
        'The institution inline, instead of `institution_id`: matched to an existing one by name, campus, city and state (its other attributes given here are updated), else created',
    }),
  accreditation: z.strictObject(
    {
      status: oneOf(accreditationStatuses.values),
      status_since: optional(calendarDate),
      initial_accreditation_date: optional(calendarDate),
      next_review_year: optional(integer(1990, 2100)).meta({ example: 2031 }),
    },
    { error: requiredOr('must be an object') },
  ),
  internship: z
    .strictObject({
      required: optional(flag),
      min_hours: optional(integer(0, 10_000)).meta({ example: 120 }),
      formats: vocabularyList(internshipFormats.values).default([]),
      placement_assistance: optional(flag),
    })
    .default({ required: null, min_hours: null, formats: [], placement_assistance: null }),
  career_services: vocabularyList(careerServices.values).default([]),
  outcomes: z
    .array(outcomeWriteSchema, { error: 'must be an array' })
    .max(200, 'has too many items')
    .superRefine((outcomes, ctx) => {
      const seen = new Map<string, number>();
      outcomes.forEach((outcome, index) => {
        const key = `${outcome.metric}/${outcome.cohort_year}`;
        const first = seen.get(key);
        if (first !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: [index],
            message: `repeats the metric and cohort_year of item ${first}`,
          });
        else seen.set(key, index);
      });
    })
    // One order for the same list, however it was written: metric (vocabulary order), newest cohort first.
    .overwrite((outcomes) =>
      [...outcomes].sort(
        (a, b) =>
          outcomeMetrics.values.indexOf(a.metric) - outcomeMetrics.values.indexOf(b.metric) ||
          b.cohort_year - a.cohort_year,
      ),
    )
    .optional()
    .meta({
      description:
        'Every stored outcome of the program (one per metric and cohort year). When written, it replaces them all; the record shows the latest of each metric',
    }),
  tuition: z
    .strictObject({
      in_state_usd: optional(integer(0, 1_000_000)),
      out_of_state_usd: optional(integer(0, 1_000_000)),
    })
    .default({ in_state_usd: null, out_of_state_usd: null }),
  credit_hours: optional(integer(0, 1_000)),
  duration_months: optional(integer(1, 240)),
  urls: z
    .strictObject({ program: optional(webUrl), outcomes: optional(webUrl) })
    .default({ program: null, outcomes: null }),
  contact: z
    .strictObject({
      name: optional(line(200)),
      email: optional(line(254).regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an email address')),
      phone: optional(line(40).regex(/^\+?[0-9().\s/-]{7,}((x|ext\.?)\s?\d{1,6})?$/i, 'must be a phone number')),
    })
    .default({ name: null, email: null, phone: null }),
  description: optional(paragraph).meta({ description: 'What the program teaches; searched by `q`' }),
};

/** POST /v1/programs, and the document a PATCH must leave valid. */
export const programWriteSchema = z
  .strictObject(programWriteShape)
  // `when`: checked even when other fields are invalid, so that one answer names every problem.
  .refine((program) => program.institution_id !== undefined || program.institution !== undefined, {
    path: ['institution_id'],
    message: 'is required (or give institution)',
    when: ({ value }) => typeof value === 'object' && value !== null,
  })
  .refine((program) => program.institution_id === undefined || program.institution === undefined, {
    path: ['institution'],
    message: 'must not be given together with institution_id',
    when: ({ value }) => typeof value === 'object' && value !== null,
  })
  .meta({
    id: 'ProgramWrite',
    description:
      'A program as written by an admin: the program record without `id`, `slug`, `updated_at`, `source` (set to `manual`) and the labels and history the service derives',
  });

export type ProgramWriteInput = z.output<typeof programWriteSchema>;
export type InlineInstitution = NonNullable<ProgramWriteInput['institution']>;
export type OutcomeWriteInput = z.output<typeof outcomeWriteSchema>;

/** Documentation of a PATCH body: any part of the write document; the merged result is validated as a whole. */
export const programPatchSchema = z.looseObject(programWriteSchema.shape).partial().meta({
  id: 'ProgramPatch',
  description:
    'A JSON merge patch (RFC 7396) of ProgramWrite: give only what changes; `null` removes an optional value (it becomes null, or [] for a list); arrays are replaced whole. The merged document must be a valid ProgramWrite.',
});

export const institutionPatchSchema = z.looseObject(institutionWriteSchema.shape).partial().meta({
  id: 'InstitutionPatch',
  description:
    'A JSON merge patch (RFC 7396) of InstitutionWrite; `null` removes an optional value. The merged document must be a valid InstitutionWrite.',
});

export const accreditationActionWriteSchema = z
  .strictObject({
    action: oneOf(accreditationActions.values),
    date: calendarDate,
    note: optional(line(2000)),
    status: oneOf(accreditationStatuses.values)
      .optional()
      .meta({ description: 'The status the action puts the program in; its status_since becomes `date`' }),
  })
  .meta({ id: 'AccreditationActionWrite' });

export type AccreditationActionInput = z.output<typeof accreditationActionWriteSchema>;

// ---------------------------------------------------------------------------------------------
// Problems
// ---------------------------------------------------------------------------------------------

/** Fields a client reads but the service owns; naming them as such beats "not a known field". */
const serverOwned = new Set([
  'id',
  'slug',
  'updated_at',
  'source',
  'accreditation.status_label',
  'accreditation.history',
  'institution.id',
  'institution.slug',
  'institution.programs',
  'institution.program_count',
  'programs',
  'program_count',
  'distance_mi',
  'score',
]);

/** One problem item per invalid field, named by its dotted path; unknown and server-owned fields one by one. */
export function writeProblems(error: z.ZodError): ProblemItem[] {
  return error.issues.flatMap((issue): ProblemItem[] => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const name = [...path, key].join('.');
        return {
          in: 'body',
          name: name.slice(0, 200),
          message: serverOwned.has(name) ? 'is set by the service and cannot be written' : 'is not a known field',
        };
      });
    }
    return [{ in: 'body', name: path.join('.') || '(body)', message: issue.message }];
  });
}

/** A 400 naming every invalid field. */
export const invalidBody = (errors: ProblemItem[]) =>
  new AppError('invalid_body', errors.map((item) => `${item.name} ${item.message}`).join('; '), errors);
