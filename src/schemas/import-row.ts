import { z } from 'zod';
import type { Rule } from './field-rules.js';
import {
  type ImportColumn,
  type ImportRow,
  importColumns,
  programFields,
  type RateColumn,
  rateColumns,
  requiredImportColumns,
} from './program-fields.js';

/**
 * One row of POST /v1/imports and of the CSV export, derived from the field table. A cell arrives
 * as CSV text (a string, '' for empty) or typed in JSON (number, boolean, array for a list, null);
 * either way it is checked by the field's rule and leaves here normalised (trimmed, NFC, canonical
 * list order), so comparing two rows compares meaning, not spelling.
 */

export { type ImportColumn, type ImportRow, importColumns, requiredImportColumns };

const isBlank = (input: unknown) =>
  input === undefined || input === null || (typeof input === 'string' && input.trim() === '');

/** An import names the unknown items of a list cell together. */
function listProblem(input: unknown, values: readonly string[]): string | undefined {
  const items = typeof input === 'string' ? input.split(';') : Array.isArray(input) ? input : undefined;
  if (!items || items.some((item) => typeof item !== 'string'))
    return 'must be a ;-separated list or an array of strings';
  const unknown = (items as string[])
    .map((item) => item.trim())
    .filter((item) => item !== '' && !values.includes(item));
  if (unknown.length === 0) return undefined;
  const shown = unknown.map((word) => JSON.stringify(word.slice(0, 40))).join(', ');
  return `${shown} ${unknown.length > 1 ? 'are' : 'is'} not one of: ${values.join(', ')}`;
}

/**
 * What a JSON import may put in a cell, for the document: the typed value, the same as CSV text, or
 * null (an empty CSV cell) unless the column is required. The cell itself accepts anything: the
 * rule judges it, row by row.
 */
function cellDocumentation<T>(rule: Rule<T>, required: boolean): Record<string, unknown> {
  const { $schema: _, ...typed } = z.toJSONSchema(rule.schema, { io: 'input', unrepresentable: 'any' });
  // The text of a text column (a vocabulary's too) is the value itself; numbers, flags and lists may come as text.
  const text =
    typed.type === 'string'
      ? []
      : [rule.list ? { type: 'string', description: 'The items `;`-separated, as in CSV' } : { type: 'string' }];
  const alternatives = [typed, ...text, ...(required ? [] : [{ type: 'null' }])];
  return alternatives.length === 1 ? typed : { anyOf: alternatives };
}

/** A cell (of any import) checked by its rule: text goes through the rule's reading of CSV text, typed JSON as it is. */
export function cell<T>(rule: Rule<T>, required: boolean) {
  return z
    .unknown()
    .meta(cellDocumentation(rule, required))
    .transform((input, ctx): T | null => {
      if (isBlank(input)) {
        if (required) ctx.addIssue({ code: 'custom', message: 'is required' });
        return rule.list ? ([] as T) : null;
      }
      const problem = rule.list && listProblem(input, rule.list.values);
      const result = problem
        ? undefined
        : rule.schema.safeParse(typeof input === 'string' ? rule.fromText(input) : input);
      if (result?.success) return result.data;
      ctx.addIssue({ code: 'custom', message: problem || (result?.error.issues[0]?.message ?? 'is not valid') });
      return z.NEVER;
    });
}

const importRowShape = Object.fromEntries(
  importColumns.map((column) => {
    const field = programFields[column];
    const required = 'required' in field && field.required === true;
    // Absent keys stay absent (the column was not given): only a required column must be there.
    const rule = field.rule as Rule<unknown>;
    return [column, required ? cell(rule, true) : cell(rule, false).optional()];
  }),
) as unknown as Record<ImportColumn, z.ZodType>;

/** A validated row: the columns it gave, normalised; absent columns stay absent. */
export type ValidatedImportRow = Partial<ImportRow> & Pick<ImportRow, (typeof requiredImportColumns)[number]>;

/**
 * One import row. Unknown columns are refused; a column that is absent stays absent (an update
 * keeps what the program had), a column that is present but empty is null (or [] for a list).
 */
export const importRowSchema = z
  .strictObject(importRowShape)
  .meta({
    id: 'ImportRow',
    description:
      'One program: the import columns, each a typed value, its CSV text or null (empty). Columns left out keep what an existing program has.',
  })
  .superRefine((input, ctx) => {
    const row = input as Partial<ImportRow>;
    const problem = (column: ImportColumn, message: string) =>
      ctx.addIssue({ code: 'custom', path: [column], message });
    // A location is both coordinates or neither, in what the row gives and in what it leaves out.
    const hasLat = row.lat !== undefined && row.lat !== null;
    const hasLon = row.lon !== undefined && row.lon !== null;
    if (hasLat !== hasLon || (row.lat === undefined) !== (row.lon === undefined)) {
      problem(hasLat || row.lat !== undefined ? 'lon' : 'lat', 'lat and lon must be given together');
    }
    const rates = (Object.keys(rateColumns) as RateColumn[]).filter((column) => row[column] != null);
    if (rates.length > 0 && row.outcomes_year == null) problem('outcomes_year', `is required with ${rates.join(', ')}`);
    if (row.pass_rate_exam != null && row.pass_rate == null)
      problem('pass_rate_exam', 'is only allowed with pass_rate');
  });

/** A complete row with nothing known: every column null, lists empty. */
export const emptyImportRow = (): ImportRow =>
  Object.fromEntries(
    importColumns.map((column) => [column, programFields[column].rule.list ? [] : null]),
  ) as unknown as ImportRow;

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
  if (result.success) return { ok: true, value: result.data as ValidatedImportRow };
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
export function headerProblems(
  header: readonly string[],
  columns: readonly string[],
  required: readonly string[],
): ImportProblem[] {
  const known = new Set<string>(columns);
  const seen = new Set<string>();
  const problems: ImportProblem[] = [];
  for (const name of header) {
    if (!known.has(name)) problems.push({ row: 1, column: name.slice(0, 100), message: 'is not an import column' });
    else if (seen.has(name)) problems.push({ row: 1, column: name, message: 'appears more than once in the header' });
    seen.add(name);
  }
  for (const name of required) {
    if (!seen.has(name))
      problems.push({ row: 1, column: name, message: 'is a required column and is missing from the header' });
  }
  return problems;
}

export const checkImportHeader = (header: readonly string[]) =>
  headerProblems(header, importColumns, requiredImportColumns);

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
