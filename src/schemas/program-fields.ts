import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { institutions, programs } from '../db/schema.js';
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
import {
  calendarDate,
  cipCode,
  decimal,
  email,
  flag,
  integer,
  line,
  listOf,
  oneOf,
  paragraph,
  phone,
  type Rule,
  type RuleValue,
  rate,
  webUrl,
  zipCode,
} from './field-rules.js';
import type { Program } from './program.js';

/**
 * The program record's written attributes, defined once. Each entry is one import column (the key,
 * in the contract's column order) and says where the value is stored (a drizzle column: its SQL
 * name and type are checked by the compiler), where it sits in the program record (`path`), and
 * the rule it follows. From this one table come the import row and the CSV export, the admin write
 * and merge-patch bodies, the SQL that reads and writes the attributes, and the mappings between
 * them (services/program-mappings.ts). Outcome columns are the exception: a row carries one cohort
 * year of four metrics, which the record lists as outcomes (see `outcomeColumns`).
 */

type Path = readonly [string] | readonly [string, string];

interface FieldOptions {
  required?: boolean;
  description?: string;
  example?: unknown;
}

interface StoredField<T, P extends Path, R extends boolean> {
  kind: 'program' | 'institution';
  column: AnyPgColumn;
  path: P;
  rule: Rule<T>;
  required: R;
  description?: string;
  example?: unknown;
}

interface OutcomeField<T> {
  kind: 'outcome';
  rule: Rule<T>;
  description?: string;
}

type RequiredOf<O extends FieldOptions> = O['required'] extends true ? true : false;

/**
 * A stored field: the rule's value type must fit the drizzle column's (`T extends C['_']['data']`),
 * and `required: true` is kept in the type, so that rows and records know which values are never null.
 */
function stored<K extends 'program' | 'institution'>(kind: K) {
  return <C extends AnyPgColumn, T extends C['_']['data'], const P extends Path, const O extends FieldOptions>(
    column: C,
    path: P,
    rule: Rule<T>,
    options?: O,
  ) =>
    ({ ...options, kind, column, path, rule, required: (options?.required === true) as RequiredOf<O> }) as StoredField<
      T,
      P,
      RequiredOf<O>
    > & { kind: K };
}

const program = stored('program');
const institution = stored('institution');
const outcome = <T>(rule: Rule<T>, description?: string): OutcomeField<T> => ({ kind: 'outcome', rule, description });

/** Outcomes are dated by cohort; one from the future is a typo. */
const latestCohortYear = () => new Date().getUTCFullYear() + 1;

export const programFields = {
  cahiim_epc: program(programs.cahiimEpc, ['cahiim_epc'], line(50), {
    description: "CAHIIM's Educational Program Code",
    example: 'HIM-A-0412',
  }),
  institution_name: institution(institutions.name, ['name'], line(200), {
    required: true,
    example: 'Harbor State College',
  }),
  campus: institution(institutions.campus, ['campus'], line(200), {
    description: 'Absent or null: the institution has one campus',
    example: 'Dale Mabry Campus',
  }),
  city: institution(institutions.city, ['city'], line(100), { required: true, example: 'Tampa' }),
  state: institution(
    institutions.state,
    ['state'],
    oneOf(stateCodes, (text) => text.toUpperCase()),
    { required: true, example: 'FL' },
  ),
  zip: institution(institutions.zip, ['zip'], zipCode, { example: '33614' }),
  lat: institution(institutions.latitude, ['location', 'lat'], decimal(-90, 90), { example: 28.0089 }),
  lon: institution(institutions.longitude, ['location', 'lon'], decimal(-180, 180), { example: -82.5064 }),
  institution_website: institution(institutions.website, ['website'], webUrl, {
    example: 'https://harbor-state.example.edu',
  }),
  ipeds_unitid: institution(institutions.ipedsUnitid, ['ipeds_unitid'], integer(1, 99_999_999)),
  control: institution(institutions.control, ['control'], oneOf(institutionControls.values)),
  program_name: program(programs.name, ['name'], line(200), {
    required: true,
    example: 'Health Information Technology',
  }),
  credential: program(programs.credential, ['credential'], line(50), { example: 'AAS' }),
  degree_level: program(programs.degreeLevel, ['degree_level'], oneOf(degreeLevels.values), { required: true }),
  discipline: program(programs.discipline, ['discipline'], oneOf(disciplines.values), { required: true }),
  cip_code: program(programs.cipCode, ['cip_code'], cipCode, { example: '51.0707' }),
  delivery_mode: program(programs.deliveryMode, ['delivery_mode'], oneOf(deliveryModes.values)),
  accreditation_status: program(
    programs.accreditationStatus,
    ['accreditation', 'status'],
    oneOf(accreditationStatuses.values),
    { required: true },
  ),
  status_since: program(programs.statusSince, ['accreditation', 'status_since'], calendarDate),
  initial_accreditation_date: program(
    programs.initialAccreditationDate,
    ['accreditation', 'initial_accreditation_date'],
    calendarDate,
  ),
  next_review_year: program(programs.nextReviewYear, ['accreditation', 'next_review_year'], integer(1990, 2100), {
    description: 'Year of the next comprehensive review ("reaffirmed through")',
    example: 2031,
  }),
  internship_required: program(programs.internshipRequired, ['internship', 'required'], flag),
  internship_min_hours: program(programs.internshipMinHours, ['internship', 'min_hours'], integer(0, 10_000), {
    example: 120,
  }),
  internship_formats: program(programs.internshipFormats, ['internship', 'formats'], listOf(internshipFormats.values)),
  placement_assistance: program(programs.placementAssistance, ['internship', 'placement_assistance'], flag, {
    description: 'The program arranges internship sites',
  }),
  career_services: program(programs.careerServices, ['career_services'], listOf(careerServices.values)),
  graduation_rate: outcome(rate, 'Graduation rate (%) of the cohort of `outcomes_year`'),
  employment_rate: outcome(rate, 'Employment rate (%) of the cohort of `outcomes_year`'),
  retention_rate: outcome(rate, 'Retention rate (%) of the cohort of `outcomes_year`'),
  pass_rate: outcome(rate, 'Certification exam pass rate (%) of the cohort of `outcomes_year`'),
  pass_rate_exam: outcome(oneOf(certificationExams.values), 'The exam of `pass_rate`'),
  outcomes_year: outcome(integer(1990, latestCohortYear), 'The cohort year of the rates in this row'),
  tuition_in_state_usd: program(programs.tuitionInStateUsd, ['tuition', 'in_state_usd'], integer(0, 1_000_000)),
  tuition_out_of_state_usd: program(
    programs.tuitionOutOfStateUsd,
    ['tuition', 'out_of_state_usd'],
    integer(0, 1_000_000),
  ),
  credit_hours: program(programs.creditHours, ['credit_hours'], integer(0, 1_000)),
  duration_months: program(programs.durationMonths, ['duration_months'], integer(1, 240)),
  program_url: program(programs.programUrl, ['urls', 'program'], webUrl),
  outcomes_url: program(programs.outcomesUrl, ['urls', 'outcomes'], webUrl),
  contact_name: program(programs.contactName, ['contact', 'name'], line(200)),
  contact_email: program(programs.contactEmail, ['contact', 'email'], email),
  contact_phone: program(programs.contactPhone, ['contact', 'phone'], phone),
  description: program(programs.description, ['description'], paragraph(5000), {
    description: 'What the program teaches; searched by `q`',
  }),
};

type Fields = typeof programFields;
export type ImportColumn = keyof Fields;
export type ProgramColumn = { [K in ImportColumn]: Fields[K]['kind'] extends 'program' ? K : never }[ImportColumn];
export type InstitutionColumn = {
  [K in ImportColumn]: Fields[K]['kind'] extends 'institution' ? K : never;
}[ImportColumn];
export type OutcomeColumn = { [K in ImportColumn]: Fields[K]['kind'] extends 'outcome' ? K : never }[ImportColumn];

/** A column's value in a complete row: null when not known, [] for an empty list; required columns never null. */
export type ColumnValue<K extends ImportColumn> = Fields[K] extends { required: true }
  ? RuleValue<Fields[K]['rule']>
  : RuleValue<Fields[K]['rule']> extends unknown[]
    ? RuleValue<Fields[K]['rule']>
    : RuleValue<Fields[K]['rule']> | null;

/** Every column of a row, complete: what an export writes and what an import compares. */
export type ImportRow = { [K in ImportColumn]: ColumnValue<K> };
export type ProgramValues = Pick<ImportRow, ProgramColumn>;
export type InstitutionValues = Pick<ImportRow, InstitutionColumn>;

export const importColumns = Object.keys(programFields) as ImportColumn[];
const columnsOf = <K extends ImportColumn>(kind: Fields[K]['kind']) =>
  importColumns.filter((column) => programFields[column].kind === kind) as K[];
export const programColumns = columnsOf<ProgramColumn>('program');
export const institutionColumns = columnsOf<InstitutionColumn>('institution');
export const outcomeColumns = columnsOf<OutcomeColumn>('outcome');
export const requiredImportColumns = importColumns.filter(
  (column) => 'required' in programFields[column] && (programFields[column] as { required: boolean }).required,
);

/** The name, campus, city and state of an institution: what identifies it (one row per campus). */
export const institutionIdentityColumns = ['institution_name', 'campus', 'city', 'state'] as const;
/** The institution's own attributes besides its identity; rows naming the same institution must agree on them. */
export const institutionAttributeColumns = institutionColumns.filter(
  (column) => !(institutionIdentityColumns as readonly string[]).includes(column),
) as Exclude<InstitutionColumn, (typeof institutionIdentityColumns)[number]>[];

/** The rate columns of one cohort year, and the outcome metric each one is stored as. */
export const rateColumns = {
  graduation_rate: 'graduation_rate',
  employment_rate: 'employment_rate',
  retention_rate: 'retention_rate',
  pass_rate: 'certification_pass_rate',
} as const satisfies Partial<Record<OutcomeColumn, string>>;
export type RateColumn = keyof typeof rateColumns;
/** The outcome metrics an import row carries. */
export const importOutcomeMetrics = Object.values(rateColumns);

// ---------------------------------------------------------------------------------------------
// Checked against the record: every path exists in the program record (or its institution) with
// the type of the value the rule gives, so the record and this table cannot drift apart.
// ---------------------------------------------------------------------------------------------

type At<T, P> = P extends readonly [infer A extends keyof T]
  ? T[A]
  : P extends readonly [infer A extends keyof T, infer B]
    ? B extends keyof NonNullable<T[A]>
      ? NonNullable<T[A]>[B] | (null extends T[A] ? null : never)
      : never
    : never;
type Owner<K extends ImportColumn> = Fields[K]['kind'] extends 'institution' ? Program['institution'] : Program;
type Checked = {
  [K in ProgramColumn | InstitutionColumn]: [ColumnValue<K>] extends [
    At<Owner<K>, Fields[K] extends { path: infer P } ? P : never>,
  ]
    ? true
    : K;
};
export const recordPathsAreTyped: Checked = Object.fromEntries(
  [...programColumns, ...institutionColumns].map((column) => [column, true]),
) as { [K in keyof Checked]: true };
