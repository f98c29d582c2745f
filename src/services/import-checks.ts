import type { InstitutionKey } from '../queries/institutions.js';
import type { ProgramNaturalKey } from '../queries/stored-programs.js';
import type { ImportProblem, ValidatedImportRow } from '../schemas/import-row.js';
import { type ImportColumn, institutionAttributeColumns } from '../schemas/program-fields.js';
import { institutionKeyString, programKeyString } from './program-upserts.js';

/** A row that passed validation, with its number for error reports. */
export interface ValidRow {
  row: number;
  values: ValidatedImportRow;
}

export const institutionKeyOf = (values: ValidatedImportRow): InstitutionKey => ({
  institution_name: values.institution_name,
  campus: values.campus ?? null,
  city: values.city,
  state: values.state,
});

export const programKeyOf = (values: ValidatedImportRow): ProgramNaturalKey => ({
  ...institutionKeyOf(values),
  degree_level: values.degree_level,
  discipline: values.discipline,
  program_name: values.program_name,
});

/** One file names each program once, and says one thing about each institution. */
export function checkAcrossRows(rows: readonly ValidRow[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const epcRows = new Map<string, number>();
  const keyRows = new Map<string, { row: number; hasEpc: boolean }[]>();
  const institutionValues = new Map<string, Map<ImportColumn, { value: unknown; row: number }>>();
  for (const { row, values } of rows) {
    const epc = values.cahiim_epc ?? null;
    if (epc !== null) {
      const first = epcRows.get(epc);
      if (first !== undefined)
        problems.push({ row, column: 'cahiim_epc', message: `repeats the cahiim_epc of row ${first}` });
      else epcRows.set(epc, row);
    }
    const key = programKeyString(programKeyOf(values));
    const same = keyRows.get(key) ?? [];
    // Two rows with the same natural key are the same program unless both carry (different) EPCs.
    const clash = same.find((other) => epc === null || !other.hasEpc);
    if (clash) {
      problems.push({
        row,
        column: 'program_name',
        message: `repeats the program of row ${clash.row} (same institution, campus, city, state, degree level, discipline and name)`,
      });
    }
    keyRows.set(key, [...same, { row, hasEpc: epc !== null }]);

    const institution = institutionKeyString(institutionKeyOf(values));
    const seen = institutionValues.get(institution) ?? new Map<ImportColumn, { value: unknown; row: number }>();
    institutionValues.set(institution, seen);
    for (const column of institutionAttributeColumns) {
      const value = values[column];
      if (value === undefined) continue;
      const first = seen.get(column);
      if (!first) seen.set(column, { value, row });
      else if (first.value !== value) {
        problems.push({
          row,
          column,
          message: `differs from row ${first.row} for the same institution (${String(first.value ?? 'empty')})`,
        });
      }
    }
  }
  return problems;
}
