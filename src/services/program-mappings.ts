import { statusLabel } from '../domain/vocabularies.js';
import type { StoredInstitution } from '../queries/institutions.js';
import type { StoredOutcome, StoredProgram } from '../queries/stored-programs.js';
import type { Program } from '../schemas/program.js';
import {
  type ImportRow,
  type InstitutionValues,
  importOutcomeMetrics,
  institutionAttributeColumns,
  institutionColumns,
  type ProgramValues,
  programColumns,
  programFields,
  rateColumns,
} from '../schemas/program-fields.js';

/**
 * The mappings between the forms of a program, all driven by the field table
 * (schemas/program-fields.ts): stored values → the public record, → an import row, → the write
 * document a merge patch applies to; and a write body → values.
 */

type Tree = Record<string, unknown>;

function setAt(target: Tree, path: readonly string[], value: unknown): void {
  const [head, ...rest] = path as [string, ...string[]];
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  target[head] ??= {};
  setAt(target[head] as Tree, rest, value);
}

function getAt(source: Tree | undefined, path: readonly string[]): unknown {
  let node: unknown = source;
  for (const key of path) node = typeof node === 'object' && node !== null ? (node as Tree)[key] : undefined;
  return node;
}

/** Values nested by the fields' paths. */
function nest<K extends keyof ImportRow>(columns: readonly K[], values: Pick<ImportRow, K>): Tree {
  const tree: Tree = {};
  for (const column of columns)
    setAt(tree, (programFields[column] as { path: readonly string[] }).path, values[column]);
  return tree;
}

/** A location is both coordinates or none. */
function withLocation(institution: Tree): Tree {
  const location = institution.location as { lat: number | null; lon: number | null };
  return { ...institution, location: location.lat === null || location.lon === null ? null : location };
}

/** The institution of the record: its ids and its values. */
export const toInstitution = (institution: Omit<StoredInstitution, 'version'>): Program['institution'] =>
  ({
    id: institution.id,
    slug: institution.slug,
    ...withLocation(nest(institutionColumns, institution)),
  }) as Program['institution'];

/** The latest value of each metric, in metric order: what the record shows. */
export function latestOutcomes(outcomes: readonly StoredOutcome[]): StoredOutcome[] {
  const latest = new Map<string, StoredOutcome>();
  for (const outcome of outcomes) {
    const kept = latest.get(outcome.metric);
    if (!kept || outcome.cohort_year > kept.cohort_year) latest.set(outcome.metric, outcome);
  }
  return [...latest.values()].sort((a, b) => (a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : 0));
}

/** The latest value of each rate that lists filter and sort on. */
export function latestRates(outcomes: readonly StoredOutcome[]) {
  const value = (metric: string) =>
    latestOutcomes(outcomes).find((outcome) => outcome.metric === metric)?.value ?? null;
  return {
    graduation_rate: value('graduation_rate'),
    employment_rate: value('employment_rate'),
    pass_rate: value('certification_pass_rate'),
  };
}

/** The public record of a stored program (the contract's program record). */
export function toProgram(stored: StoredProgram): Program {
  const record = nest(programColumns, stored) as Tree & { accreditation: Tree };
  record.accreditation.status_label = statusLabel(stored.accreditation_status);
  return {
    ...record,
    id: stored.id,
    slug: stored.slug,
    institution: toInstitution({ ...stored, id: stored.institution_id, slug: stored.institution_slug }),
    outcomes: latestOutcomes(stored.outcomes),
    careers: stored.careers,
    source: stored.source,
    updated_at: stored.updated_at,
  } as Program;
}

/** The program's own version with its institution's, for ETag/If-Match: it changes when either changes. */
export const programVersionTag = (stored: Pick<StoredProgram, 'id' | 'version' | 'institution_version'>) =>
  `${stored.id}.${stored.version}.${stored.institution_version}`;

/** One order for the same outcomes however they were written: metric (vocabulary order), newest cohort first. */
export function sortOutcomes<T extends StoredOutcome>(outcomes: readonly T[], metricOrder: readonly string[]): T[] {
  return [...outcomes].sort(
    (a, b) => metricOrder.indexOf(a.metric) - metricOrder.indexOf(b.metric) || b.cohort_year - a.cohort_year,
  );
}

/**
 * A stored program as an import row: what the CSV export writes and what an import compares a row
 * with. Outcomes are those of `outcomesYear`, or of the latest cohort of an import metric.
 */
export function toImportRow(stored: StoredProgram, outcomesYear?: number | null): ImportRow {
  const imported = stored.outcomes.filter((outcome) =>
    (importOutcomeMetrics as readonly string[]).includes(outcome.metric),
  );
  const years = imported.map((outcome) => outcome.cohort_year);
  const year = outcomesYear ?? (years.length > 0 ? Math.max(...years) : null);
  const at = (metric: string) => imported.find((outcome) => outcome.metric === metric && outcome.cohort_year === year);
  const row: Record<string, unknown> = {};
  for (const column of [...programColumns, ...institutionColumns]) row[column] = stored[column];
  for (const [column, metric] of Object.entries(rateColumns)) row[column] = at(metric)?.value ?? null;
  row.pass_rate_exam = at(rateColumns.pass_rate)?.exam ?? null;
  row.outcomes_year = year;
  return row as ImportRow;
}

/** The outcomes an import row states: its rates, of its cohort year. */
export function outcomesOfRow(row: Pick<ImportRow, keyof typeof rateColumns | 'pass_rate_exam' | 'outcomes_year'>) {
  const year = row.outcomes_year;
  if (year === null) return [];
  return (Object.keys(rateColumns) as (keyof typeof rateColumns)[]).flatMap((column): StoredOutcome[] => {
    const value = row[column];
    if (value === null) return [];
    const exam = column === 'pass_rate' ? row.pass_rate_exam : null;
    return [{ metric: rateColumns[column], cohort_year: year, value, exam }];
  });
}

/** The program as an admin write document: what a merge patch applies to. */
export function toWriteDocument(stored: StoredProgram, metricOrder: readonly string[]): Tree {
  return {
    ...nest(programColumns, stored),
    institution_id: stored.institution_id,
    outcomes: sortOutcomes(stored.outcomes, metricOrder),
  };
}

/** A write body's program values: what it gives, nested by the fields' paths; absent is null ([] for a list). */
export function programValuesOf(body: Tree): ProgramValues {
  const values: Record<string, unknown> = {};
  for (const column of programColumns) {
    const field = programFields[column];
    const given = getAt(body, field.path);
    values[column] = given ?? (field.rule.list ? [] : null);
  }
  return values as ProgramValues;
}

/** An institution written inline or on its own: its identity, and the attributes it gives (absent ones stay as they are). */
export function institutionValuesOf(body: Tree): {
  key: Pick<InstitutionValues, 'institution_name' | 'campus' | 'city' | 'state'>;
  attributes: Partial<InstitutionValues>;
} {
  const attributes: Record<string, unknown> = {};
  for (const column of institutionAttributeColumns) {
    const field = programFields[column];
    // A location is given whole: absent keeps both coordinates, null clears both.
    if (field.path[0] === 'location') {
      if (body.location !== undefined) attributes[column] = getAt(body, field.path) ?? null;
      continue;
    }
    const given = getAt(body, field.path);
    if (given !== undefined) attributes[column] = given;
  }
  return {
    key: {
      institution_name: body.name as string,
      campus: (body.campus as string | null | undefined) ?? null,
      city: body.city as string,
      state: body.state as InstitutionValues['state'],
    },
    attributes: attributes as Partial<InstitutionValues>,
  };
}

/** The institution as a write document (what an institution merge patch applies to). */
export const institutionWriteDocument = (institution: InstitutionValues): Tree => {
  const { id: _id, slug: _slug, ...document } = toInstitution({ ...institution, id: '', slug: '' });
  return document;
};
