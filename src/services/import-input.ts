import { CsvError, parse } from 'csv-parse/sync';
import { checkImportHeader, type ImportProblem } from '../schemas/import-row.js';

/** One row as it came in: its number for error reports and its cells by column. */
export interface RawImportRow {
  row: number;
  cells: unknown;
  /** The row could not be read (wrong number of fields, bad header): its problem is already reported. */
  unreadable?: true;
}

export interface ImportInput {
  rows: RawImportRow[];
  errors: ImportProblem[];
}

/**
 * Reads a CSV import. The header (row 1) names the columns; a column it leaves out is not given.
 * Rows are numbered by record, header included, so a record with a quoted line break is still
 * one row, as in a spreadsheet. Blank records (Excel's trailing `,,,`) are skipped but counted.
 */
export function readCsv(
  text: string,
  checkHeader: (header: readonly string[]) => ImportProblem[] = checkImportHeader,
): ImportInput {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const parsed = typeof error.records === 'number' ? error.records : 0;
    return { rows: [], errors: [{ row: parsed + 1, column: null, message: `is not valid CSV: ${error.message}` }] };
  }
  const [header, ...body] = records;
  if (!header || header.every((name) => name.trim() === '')) {
    return { rows: [], errors: [{ row: 1, column: null, message: 'the CSV has no header row' }] };
  }
  const names = header.map((name) => name.trim());
  const headerErrors = checkHeader(names);
  const rows: RawImportRow[] = [];
  const errors: ImportProblem[] = [];
  body.forEach((record, index) => {
    const row = index + 2;
    if (record.every((cell) => cell.trim() === '')) return;
    if (record.length !== names.length) {
      errors.push({ row, column: null, message: `has ${record.length} fields; the header has ${names.length}` });
      rows.push({ row, cells: null, unreadable: true });
      return;
    }
    rows.push({ row, cells: Object.fromEntries(names.map((name, column) => [name, record[column]])) });
  });
  // A wrong header makes every row wrong in the same way: report the header alone.
  if (headerErrors.length > 0)
    return { rows: rows.map(({ row }) => ({ row, cells: null, unreadable: true })), errors: headerErrors };
  return { rows, errors };
}

/** A JSON import: an array of row objects, numbered from 1. */
export function readJson(items: readonly unknown[]): ImportInput {
  return { rows: items.map((cells, index) => ({ row: index + 1, cells })), errors: [] };
}
