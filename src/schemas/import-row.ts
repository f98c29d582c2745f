import { z } from 'zod';
import {
  accreditationStatuses,
  careerServices,
  certificationExams,
  degreeLevels,
  deliveryModes,
  disciplines,
  institutionControls,
  internshipFormats,
  stateCodes,
} from '../domain/vocabularies.js';

/**
 * One row of POST /v1/imports and of the CSV export. A cell arrives as CSV text (a string, '' for
 * empty) or typed in JSON (number, boolean, array for a list, null); either way it leaves here
 * normalised (trimmed, NFC, canonical list order), so comparing two rows compares meaning, not spelling.
 */

/** The contract's columns, in its order: the CSV header of an export. */
export const importColumns = [
  'cahiim_epc',
  'institution_name',
  'campus',
  'city',
  'state',
  'zip',
  'lat',
  'lon',
  'institution_website',
  'ipeds_unitid',
  'control',
  'program_name',
  'credential',
  'degree_level',
  'discipline',
  'cip_code',
  'delivery_mode',
  'accreditation_status',
  'status_since',
  'initial_accreditation_date',
  'next_review_year',
  'internship_required',
  'internship_min_hours',
  'internship_formats',
  'placement_assistance',
  'career_services',
  'graduation_rate',
  'employment_rate',
  'retention_rate',
  'pass_rate',
  'pass_rate_exam',
  'outcomes_year',
  'tuition_in_state_usd',
  'tuition_out_of_state_usd',
  'credit_hours',
  'duration_months',
  'program_url',
  'outcomes_url',
  'contact_name',
  'contact_email',
  'contact_phone',
  'description',
] as const;

export type ImportColumn = (typeof importColumns)[number];

export const requiredImportColumns = [
  'institution_name',
  'city',
  'state',
  'program_name',
  'degree_level',
  'discipline',
  'accreditation_status',
] as const satisfies readonly ImportColumn[];

/** The rates of one cohort year, and the outcome metric each one is stored as. */
export const rateColumns = {
  graduation_rate: 'graduation_rate',
  employment_rate: 'employment_rate',
  retention_rate: 'retention_rate',
  pass_rate: 'certification_pass_rate',
} as const;
export type RateColumn = keyof typeof rateColumns;
export const outcomeColumns = [
  ...(Object.keys(rateColumns) as RateColumn[]),
  'pass_rate_exam',
  'outcomes_year',
] as const;

/** The institution's own attributes; rows naming the same institution must agree on them. */
export const institutionAttributeColumns = [
  'zip',
  'lat',
  'lon',
  'institution_website',
  'ipeds_unitid',
  'control',
] as const satisfies readonly ImportColumn[];

// ---------------------------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------------------------

class Invalid {
  constructor(readonly message: string) {}
}

const isBlank = (input: unknown) =>
  input === undefined || input === null || (typeof input === 'string' && input.trim() === '');

/** A cell that may be empty (null). Absent keys stay absent: the column was not given. */
function optionalCell<T>(parse: (input: unknown) => T | Invalid) {
  return z
    .unknown()
    .transform((input, ctx): T | null => {
      if (isBlank(input)) return null;
      const value = parse(input);
      if (value instanceof Invalid) {
        ctx.addIssue({ code: 'custom', message: value.message });
        return z.NEVER;
      }
      return value;
    })
    .optional();
}

function requiredCell<T>(parse: (input: unknown) => T | Invalid) {
  return z.unknown().transform((input, ctx): T => {
    const value = isBlank(input) ? new Invalid('is required') : parse(input);
    if (value instanceof Invalid) {
      ctx.addIssue({ code: 'custom', message: value.message });
      return z.NEVER;
    }
    return value;
  });
}

// Control characters break PostgreSQL (NUL) or the pages that show the text; a lone surrogate is not text.
const CONTROL = /[\p{Cc}\p{Cs}]/u;
const CONTROL_BUT_NEWLINE_TAB = /[^\P{Cc}\n\t]|\p{Cs}/u;

/** Text on one line: trimmed, runs of whitespace made one space, NFC so that "é" is always one character. */
function line(max: number) {
  return (input: unknown): string | Invalid => {
    if (typeof input !== 'string') return new Invalid('must be text');
    const value = input.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (CONTROL.test(value)) return new Invalid('must not contain control characters');
    if (value.length > max) return new Invalid(`must be at most ${max} characters`);
    return value;
  };
}

/** Text that may span lines (a description): CRLF and CR become LF, the whole is trimmed. */
function paragraph(max: number) {
  return (input: unknown): string | Invalid => {
    if (typeof input !== 'string') return new Invalid('must be text');
    const value = input.normalize('NFC').replace(/\r\n?/g, '\n').trim();
    if (CONTROL_BUT_NEWLINE_TAB.test(value)) return new Invalid('must not contain control characters');
    if (value.length > max) return new Invalid(`must be at most ${max} characters`);
    return value;
  };
}

function matching(max: number, pattern: RegExp, what: string) {
  const text = line(max);
  return (input: unknown): string | Invalid => {
    const value = text(input);
    if (value instanceof Invalid) return value;
    return pattern.test(value) ? value : new Invalid(`must be ${what}`);
  };
}

/** Only http(s): a `javascript:` URL would run in every page that links to the program. */
function url(input: unknown): string | Invalid {
  const value = line(2000)(input);
  if (value instanceof Invalid) return value;
  try {
    const parsed = new URL(value);
    if ((parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '') return value;
  } catch {
    // fall through: not a URL
  }
  return new Invalid('must be an http:// or https:// URL');
}

function oneOf<const V extends string>(values: readonly V[], normalize: (value: string) => string = (value) => value) {
  const allowed = new Set<string>(values);
  return (input: unknown): V | Invalid => {
    const value = typeof input === 'string' ? normalize(input.trim()) : undefined;
    return value !== undefined && allowed.has(value)
      ? (value as V)
      : new Invalid(`must be one of: ${values.join(', ')}`);
  };
}

/** A `;`-separated list (or a JSON array) of vocabulary values, deduplicated, in the vocabulary's order. */
function listCell<const V extends string>(values: readonly V[]) {
  const order = new Map<string, number>(values.map((value, index) => [value, index]));
  return z
    .unknown()
    .transform((input, ctx): V[] => {
      if (isBlank(input)) return [];
      const items = typeof input === 'string' ? input.split(';') : Array.isArray(input) ? input : undefined;
      if (!items || items.some((item) => typeof item !== 'string')) {
        ctx.addIssue({ code: 'custom', message: 'must be a ;-separated list or an array of strings' });
        return z.NEVER;
      }
      const words = (items as string[]).map((item) => item.trim()).filter((item) => item !== '');
      const unknown = words.filter((word) => !order.has(word));
      if (unknown.length > 0) {
        const shown = unknown.map((word) => JSON.stringify(word.slice(0, 40))).join(', ');
        ctx.addIssue({
          code: 'custom',
          message: `${shown} ${unknown.length > 1 ? 'are' : 'is'} not one of: ${values.join(', ')}`,
        });
        return z.NEVER;
      }
      return [...new Set(words)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)) as V[];
    })
    .optional();
}

/** A whole number: digits only in text (`1e1`, `0x10`, `4,200` and `-1` are refused), or a JSON integer. */
function integer(min: number, max: number) {
  const message = `must be a whole number from ${min} to ${max}`;
  return (input: unknown): number | Invalid => {
    const value = typeof input === 'string' && /^\d{1,9}$/.test(input.trim()) ? Number(input.trim()) : input;
    return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? value
      : new Invalid(message);
  };
}

/** A decimal number in plain notation (`12.5`, `-82.5064`), or a JSON number. */
function decimal(min: number, max: number, digits?: number) {
  const message = `must be a number from ${min} to ${max}`;
  return (input: unknown): number | Invalid => {
    const value =
      typeof input === 'string' && /^-?\d{1,4}(\.\d{1,12})?$/.test(input.trim()) ? Number(input.trim()) : input;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) return new Invalid(message);
    // Normalised to `digits` decimals so that the value survives a round trip through a `real` column.
    return digits === undefined ? value : roundTo(value, digits);
  };
}

export const roundTo = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

function boolean(input: unknown): boolean | Invalid {
  if (typeof input === 'boolean') return input;
  const value = typeof input === 'string' ? input.trim().toLowerCase() : undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return new Invalid('must be true or false');
}

const MIN_DATE = '1900-01-01';
const MAX_DATE = '2100-12-31';

/** A calendar date that exists, written YYYY-MM-DD. */
function isoDate(input: unknown): string | Invalid {
  const value = typeof input === 'string' ? input.trim() : '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const invalid = new Invalid(`must be a date written YYYY-MM-DD, from ${MIN_DATE} to ${MAX_DATE}`);
  if (!match || value < MIN_DATE || value > MAX_DATE) return invalid;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? value
    : invalid;
}

const RATE = decimal(0, 100, 2);
/** Outcomes are dated by cohort; one from the future is a typo. */
const latestCohortYear = () => new Date().getUTCFullYear() + 1;

// ---------------------------------------------------------------------------------------------
// The row
// ---------------------------------------------------------------------------------------------

const importRowShape = {
  cahiim_epc: optionalCell(line(50)),
  institution_name: requiredCell(line(200)),
  campus: optionalCell(line(200)),
  city: requiredCell(line(100)),
  state: requiredCell(oneOf(stateCodes, (value) => value.toUpperCase())),
  zip: optionalCell(matching(5, /^\d{5}$/, 'a 5-digit ZIP code')),
  lat: optionalCell(decimal(-90, 90)),
  lon: optionalCell(decimal(-180, 180)),
  institution_website: optionalCell(url),
  ipeds_unitid: optionalCell(integer(1, 99_999_999)),
  control: optionalCell(oneOf(institutionControls.values)),
  program_name: requiredCell(line(200)),
  credential: optionalCell(line(50)),
  degree_level: requiredCell(oneOf(degreeLevels.values)),
  discipline: requiredCell(oneOf(disciplines.values)),
  cip_code: optionalCell(matching(7, /^\d{2}\.\d{4}$/, 'a CIP code such as 51.0707')),
  delivery_mode: optionalCell(oneOf(deliveryModes.values)),
  accreditation_status: requiredCell(oneOf(accreditationStatuses.values)),
  status_since: optionalCell(isoDate),
  initial_accreditation_date: optionalCell(isoDate),
  next_review_year: optionalCell(integer(1990, 2100)),
  internship_required: optionalCell(boolean),
  internship_min_hours: optionalCell(integer(0, 10_000)),
  internship_formats: listCell(internshipFormats.values),
  placement_assistance: optionalCell(boolean),
  career_services: listCell(careerServices.values),
  graduation_rate: optionalCell(RATE),
  employment_rate: optionalCell(RATE),
  retention_rate: optionalCell(RATE),
  pass_rate: optionalCell(RATE),
  pass_rate_exam: optionalCell(oneOf(certificationExams.values)),
  outcomes_year: optionalCell((input) => integer(1990, latestCohortYear())(input)),
  tuition_in_state_usd: optionalCell(integer(0, 1_000_000)),
  tuition_out_of_state_usd: optionalCell(integer(0, 1_000_000)),
  credit_hours: optionalCell(integer(0, 1_000)),
  duration_months: optionalCell(integer(1, 240)),
  program_url: optionalCell(url),
  outcomes_url: optionalCell(url),
  contact_name: optionalCell(line(200)),
  contact_email: optionalCell(matching(254, /^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'an email address')),
  contact_phone: optionalCell(matching(40, /^\+?[0-9().\s/-]{7,}((x|ext\.?)\s?\d{1,6})?$/i, 'a phone number')),
  description: optionalCell(paragraph(5000)),
} satisfies Record<ImportColumn, z.ZodType>;

/**
 * One import row. Unknown columns are refused; a column that is absent stays absent (an update
 * keeps what the program had), a column that is present but empty is null (or [] for a list).
 */
export const importRowSchema = z.strictObject(importRowShape).superRefine((row, ctx) => {
  const problem = (column: ImportColumn, message: string) => ctx.addIssue({ code: 'custom', path: [column], message });
  // A location is both coordinates or neither, in what the row gives and in what it leaves out.
  const hasLat = row.lat !== undefined && row.lat !== null;
  const hasLon = row.lon !== undefined && row.lon !== null;
  if (hasLat !== hasLon || (row.lat === undefined) !== (row.lon === undefined)) {
    problem(hasLat || row.lat !== undefined ? 'lon' : 'lat', 'lat and lon must be given together');
  }
  const rates = (Object.keys(rateColumns) as RateColumn[]).filter((column) => row[column] != null);
  if (rates.length > 0 && row.outcomes_year == null) problem('outcomes_year', `is required with ${rates.join(', ')}`);
  if (row.pass_rate_exam != null && row.pass_rate == null) problem('pass_rate_exam', 'is only allowed with pass_rate');
});

/** A validated row: the columns it gave, normalised. */
export type ValidatedImportRow = z.output<typeof importRowSchema>;

/** A complete row: every column, null (or []) when not known. */
export type ImportRow = { [K in ImportColumn]-?: Exclude<ValidatedImportRow[K], undefined> };

export const emptyImportRow = (): ImportRow =>
  ({
    ...(Object.fromEntries(importColumns.map((column) => [column, null])) as Record<ImportColumn, null>),
    internship_formats: [],
    career_services: [],
  }) as unknown as ImportRow;

// ---------------------------------------------------------------------------------------------
// Problems and the report
// ---------------------------------------------------------------------------------------------

export const importProblemSchema = z.object({
  row: z
    .int()
    .meta({ description: 'CSV: the record, the header being row 1. JSON: the 1-based position in the array' }),
  column: z
    .string()
    .nullable()
    .meta({ description: 'The column, or null when the problem is with the whole row', example: 'state' }),
  message: z.string().meta({ example: 'must be one of: AL, AK, …' }),
});
export type ImportProblem = z.output<typeof importProblemSchema>;

export const importReportSchema = z
  .object({
    dry_run: z.boolean(),
    rows: z.int().meta({ description: 'Data rows read (the header and blank lines not counted)', example: 412 }),
    created: z.int().meta({ example: 3 }),
    updated: z.int().meta({ example: 9 }),
    unchanged: z.int().meta({ example: 400 }),
    errors: z.array(importProblemSchema),
  })
  .meta({ id: 'ImportReport' });
export type ImportReport = z.output<typeof importReportSchema>;

/** Validates one row (an object of column → cell); every problem is named with its row and column. */
export function validateImportRow(
  input: unknown,
  row: number,
): { ok: true; value: ValidatedImportRow } | { ok: false; errors: ImportProblem[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ row, column: null, message: 'must be an object whose keys are import columns' }] };
  }
  const result = importRowSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const errors = result.error.issues.flatMap((issue): ImportProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ row, column: key.slice(0, 100), message: 'is not an import column' }));
    }
    const column = issue.path[0];
    return [{ row, column: typeof column === 'string' ? column : null, message: issue.message }];
  });
  return { ok: false, errors };
}

/** Problems of a CSV header: unknown, repeated and missing required columns, all reported as row 1. */
export function checkImportHeader(header: readonly string[]): ImportProblem[] {
  const known = new Set<string>(importColumns);
  const seen = new Set<string>();
  const problems: ImportProblem[] = [];
  for (const name of header) {
    if (!known.has(name)) problems.push({ row: 1, column: name.slice(0, 100), message: 'is not an import column' });
    else if (seen.has(name)) problems.push({ row: 1, column: name, message: 'appears more than once in the header' });
    seen.add(name);
  }
  for (const name of requiredImportColumns) {
    if (!seen.has(name))
      problems.push({ row: 1, column: name, message: 'is a required column and is missing from the header' });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Back to CSV
// ---------------------------------------------------------------------------------------------

/** Plain notation always: `String(1e-7)` would be refused on the way back in. */
function formatNumber(value: number): string {
  const text = String(value);
  return /e/i.test(text) ? value.toFixed(12).replace(/\.?0+$/, '') : text;
}

/** One cell as the CSV import reads it back: '' for null, `;` between list items. */
export function formatImportCell(value: ImportRow[ImportColumn]): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join(';');
  if (typeof value === 'number') return formatNumber(value);
  return String(value);
}

/** A row as CSV cells in the order of `importColumns`. */
export const importRowToCells = (row: ImportRow): string[] =>
  importColumns.map((column) => formatImportCell(row[column]));
