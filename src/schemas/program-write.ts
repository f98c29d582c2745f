import { z } from 'zod';
import {
  accreditationActions,
  accreditationStatuses,
  certificationExams,
  outcomeMetrics,
} from '../domain/vocabularies.js';
import { AppError, type ProblemItem } from '../errors.js';
import { calendarDate, line, oneOf, rate } from './field-rules.js';
import { type ImportColumn, institutionColumns, programColumns, programFields } from './program-fields.js';

/**
 * The bodies of the admin writes, derived from the field table (program-fields.ts) with the rules
 * the import follows, so that a program written here exports and re-imports unchanged. Every
 * object is strict: an unknown or server-owned field is an error, not silently dropped.
 */

type Shape = Record<string, z.ZodType>;

/** The field's rule with its documentation. */
function documented(column: ImportColumn): z.ZodType {
  const field = programFields[column];
  const meta: { description?: string; example?: unknown } = {};
  if ('description' in field && field.description) meta.description = field.description;
  if ('example' in field && field.example !== undefined) meta.example = field.example;
  return Object.keys(meta).length > 0 ? field.rule.schema.meta(meta) : field.rule.schema;
}

const isRequired = (column: ImportColumn) => {
  const field = programFields[column];
  return 'required' in field && field.required === true;
};

/**
 * The fields of `columns` as a nested strict object shape, by their paths. `leaf` makes each value
 * schema, `group` each nested object (given whether one of its fields is required).
 */
function nestedShape(
  columns: readonly ImportColumn[],
  leaf: (column: ImportColumn) => z.ZodType,
  group: (object: z.ZodType, required: boolean) => z.ZodType,
): Shape {
  const shape: Shape = {};
  const groups = new Map<string, { shape: Shape; required: boolean }>();
  for (const column of columns) {
    const [head, child] = (programFields[column] as { path: readonly string[] }).path as [string, string?];
    if (child === undefined) {
      shape[head] = leaf(column);
      continue;
    }
    let nested = groups.get(head);
    if (!nested) {
      nested = { shape: {}, required: false };
      groups.set(head, nested);
      shape[head] = z.never(); // holds the key's place; replaced below
    }
    nested.shape[child] = leaf(column);
    nested.required ||= isRequired(column);
  }
  for (const [head, nested] of groups) {
    shape[head] = group(z.strictObject(nested.shape, { error: requiredOr('must be an object') }), nested.required);
  }
  return shape;
}

/** Absent gets "is required"; anything else `message`. */
function requiredOr(message: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : message);
}

/** In a document: required fields must be there; others may be absent (null, or [] for a list) or null. */
const documentLeaf = (column: ImportColumn) =>
  isRequired(column)
    ? documented(column)
    : programFields[column].rule.list
      ? documented(column).optional()
      : documented(column).nullable().optional();
const documentGroup = (object: z.ZodType, required: boolean) => (required ? object : object.optional());

/** In a merge patch: anything may be absent (unchanged) or null (removed), at every level. */
const patchLeaf = (column: ImportColumn) => documented(column).nullable().optional();
const patchGroup = (object: z.ZodType) => object.nullable().optional();

// ---------------------------------------------------------------------------------------------
// Institutions
// ---------------------------------------------------------------------------------------------

/**
 * An institution's fields as its record names them (name, campus, city, state, zip, location, …);
 * a location is given whole, or null for none.
 */
const institutionShape = (leaf: (column: ImportColumn) => z.ZodType) =>
  nestedShape(institutionColumns, leaf, (object) => object.nullable().optional());

/**
 * POST /v1/institutions, and the document a PATCH must leave valid. Attributes that are absent are
 * "not said": a new institution gets null, a matched one keeps what it has.
 */
export const institutionWriteSchema = z.strictObject(institutionShape(documentLeaf)).meta({
  id: 'InstitutionWrite',
  description: 'An institution (one campus); `id` and `slug` are assigned by the service',
});

export const institutionPatchSchema = z.strictObject(institutionShape(patchLeaf)).meta({
  id: 'InstitutionPatch',
  description:
    'A JSON merge patch (RFC 7396) of InstitutionWrite; `null` removes an optional value. The merged document must be a valid InstitutionWrite.',
});

// ---------------------------------------------------------------------------------------------
// Programs
// ---------------------------------------------------------------------------------------------

const outcomeWriteShape = {
  metric: oneOf(outcomeMetrics.values).schema,
  value: rate.schema,
  cohort_year: programFields.outcomes_year.rule.schema,
  exam: oneOf(certificationExams.values).schema.nullable().optional(),
};

const outcomeWriteSchema = z.strictObject(outcomeWriteShape).superRefine((outcome, ctx) => {
  if (outcome.exam != null && outcome.metric !== 'certification_pass_rate')
    ctx.addIssue({ code: 'custom', path: ['exam'], message: 'is only allowed with certification_pass_rate' });
});

const outcomesSchema = z
  .array(outcomeWriteSchema, { error: 'must be an array' })
  .max(200, 'has too many items')
  .superRefine((outcomes, ctx) => {
    const seen = new Map<string, number>();
    outcomes.forEach((outcome, index) => {
      const key = `${outcome.metric}/${outcome.cohort_year}`;
      const first = seen.get(key);
      if (first !== undefined)
        ctx.addIssue({ code: 'custom', path: [index], message: `repeats the metric and cohort_year of item ${first}` });
      else seen.set(key, index);
    });
  })
  .meta({
    description:
      'Every stored outcome of the program (one per metric and cohort year). When written, it replaces them all; the record shows the latest of each metric',
  });

const institutionReference = {
  institution_id: z
    .uuid({ error: 'must be the id (a UUID) of an institution' })
    .optional()
    .meta({ description: 'The institution (campus) of the program; or give `institution` instead' }),
  institution: z
    .strictObject(institutionShape(documentLeaf), { error: requiredOr('must be an object') })
    .optional()
    .meta({
      description:
        'The institution inline, instead of `institution_id`: matched to an existing one by name, campus, city and state (its other attributes given here are updated), else created',
    }),
};

const isObject = ({ value }: { value: unknown }) => typeof value === 'object' && value !== null;

/** POST /v1/programs, and the document a PATCH must leave valid. */
export const programWriteSchema = z
  .strictObject({
    ...nestedShape(programColumns, documentLeaf, documentGroup),
    ...institutionReference,
    outcomes: outcomesSchema.optional(),
  })
  // `when`: checked even when other fields are invalid, so that one answer names every problem.
  .refine((program) => program.institution_id !== undefined || program.institution !== undefined, {
    path: ['institution_id'],
    message: 'is required (or give institution)',
    when: isObject,
  })
  .refine((program) => program.institution_id === undefined || program.institution === undefined, {
    path: ['institution'],
    message: 'must not be given together with institution_id',
    when: isObject,
  })
  .meta({
    id: 'ProgramWrite',
    description:
      'A program as written by an admin: the program record without `id`, `slug`, `updated_at`, `source` (set to `manual`) and the labels and history the service derives. A field left out is null (or [] for a list).',
  });

export type ProgramWriteInput = Record<string, unknown> & {
  institution_id?: string;
  institution?: Record<string, unknown>;
  outcomes?: z.output<typeof outcomeWriteSchema>[];
};

/** Documentation of a PATCH body: any part of the write document, at any depth; the merged result is validated as a whole. */
export const programPatchSchema = z
  .strictObject({
    ...nestedShape(programColumns, patchLeaf, patchGroup),
    institution_id: institutionReference.institution_id.nullable(),
    institution: z.strictObject(institutionShape(patchLeaf)).nullable().optional().meta({
      description:
        'Changes to the program’s institution, merged onto the current one written out whole: `{"city": "Dallas"}` keeps its name, state, ZIP, location and every other field. The merged institution is matched by name, campus, city and state: the same campus is updated (for all its programs), another existing one is moved to, or a new one is created with every field of the merged object. Not together with `institution_id`; `null` changes nothing.',
    }),
    outcomes: outcomesSchema.nullable().optional(),
  })
  .meta({
    id: 'ProgramPatch',
    description:
      'A JSON merge patch (RFC 7396) of ProgramWrite: give only what changes; `null` removes an optional value (it becomes null, or [] for a list); arrays are replaced whole. `institution_id` moves the program to another institution; an `institution` object merges onto its current one. The merged document must be a valid ProgramWrite.',
  });

export const accreditationActionWriteSchema = z
  .strictObject({
    action: oneOf(accreditationActions.values).schema,
    date: calendarDate.schema,
    note: line(2000).schema.nullable().optional(),
    status: oneOf(accreditationStatuses.values)
      .schema.optional()
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
