import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { seedFolder } from '../paths.js';
import type { InstitutionDetail, InstitutionListItem, institutionListSchema } from './institution.js';
import type { Career } from './occupation.js';
import type { ProgramDetail, programListSchema } from './program.js';
import type { accreditationActionWriteSchema } from './program-write.js';

/**
 * Response examples for the OpenAPI document: one program of the sample data (seed/) as the
 * API answers it. The parameter examples describe the same program, so "Try it out" in
 * Swagger UI finds it. Typed against the schemas, so a field change that leaves them behind
 * fails the type check.
 */

/** The occupations import as shipped (seed/occupations.csv): importing it as it stands changes nothing. */
export const exampleOccupationsCsv = readFileSync(join(seedFolder, 'occupations.csv'), 'utf8');

/** The careers a program of this CIP code and degree level shows, from the shipped figures (never copied here). */
function careersOf(cipCode: string, degreeLevel: string): Career[] {
  const rows = parse(exampleOccupationsCsv, { columns: true }) as Record<string, string>[];
  const value = (text: string | undefined) => (text ? text : null);
  const number = (text: string | undefined) => (text ? Number(text) : null);
  return rows
    .filter((row) => row.cip_codes?.split(';').includes(cipCode) && row.degree_levels?.split(';').includes(degreeLevel))
    .map((row) => ({
      soc_code: row.soc_code as string,
      title: row.title as string,
      median_annual_wage_usd: number(row.median_annual_wage_usd),
      projected_growth_pct: number(row.projected_growth_pct),
      projection_period: value(row.projection_period),
      wage_reference: value(row.wage_reference),
      wage_source_url: value(row.wage_source_url),
    }));
}

const institution = {
  id: '368885e6-3994-4f8b-abeb-938324515520',
  slug: 'pelarro-community-college-main-campus-fort-lauderdale-fl',
  name: 'Pelarro Community College',
  campus: 'Main Campus',
  city: 'Fort Lauderdale',
  state: 'FL',
  zip: '33312',
  location: { lat: 26.08817, lon: -80.181783 },
  website: 'https://pelarro-community-college.example.edu',
  ipeds_unitid: null,
  control: 'public',
} satisfies InstitutionListItem extends infer T ? Omit<T, 'program_count'> : never;

export const exampleProgramDetail = {
  id: '29d9ebae-037b-41af-8475-7bb8ff0cf9f9',
  slug: 'pelarro-community-college-health-information-technology-aas-fort-lauderdale-fl',
  cahiim_epc: 'SAMPLE-A-0462',
  name: 'Health Information Technology',
  credential: 'AAS',
  degree_level: 'associate',
  discipline: 'health_information_management',
  cip_code: '51.0707',
  delivery_mode: 'online',
  institution,
  accreditation: {
    status: 'accredited',
    status_label: 'Accredited',
    status_since: '2018-03-10',
    initial_accreditation_date: '2006-05-14',
    next_review_year: 2028,
    history: [
      { action: 'substantive_change_approved', date: '2020-03-13', note: 'Online delivery approved' },
      { action: 'continuing_accreditation_awarded', date: '2018-03-10', note: 'Comprehensive review completed' },
      {
        action: 'progress_report_required',
        date: '2010-10-24',
        note: 'Progress report on curriculum competencies due',
      },
      { action: 'continuing_accreditation_awarded', date: '2010-06-23', note: 'Reaffirmed after site visit' },
      { action: 'initial_accreditation_awarded', date: '2006-05-14', note: 'Initial review completed' },
      { action: 'candidacy_granted', date: '2005-03-16', note: null },
    ],
  },
  internship: { required: true, min_hours: null, formats: ['virtual', 'hybrid'], placement_assistance: true },
  career_services: [
    'job_placement',
    'internship_placement',
    'resume_review',
    'mentoring',
    'networking_events',
    'exam_prep',
  ],
  outcomes: [
    { metric: 'certification_pass_rate', value: 85.1, cohort_year: 2025, exam: 'RHIT' },
    { metric: 'employment_rate', value: 87.9, cohort_year: 2025, exam: null },
    { metric: 'graduation_rate', value: 61.5, cohort_year: 2025, exam: null },
  ],
  tuition: { in_state_usd: 9090, out_of_state_usd: 9090 },
  credit_hours: 70,
  duration_months: 20,
  urls: {
    program: 'https://pelarro-community-college.example.edu/programs/health-information-technology-aas',
    outcomes: 'https://pelarro-community-college.example.edu/programs/health-information-technology-aas/outcomes',
  },
  contact: {
    name: 'Carmen Orlley, RHIA',
    email: 'carmen.orlley@pelarro-community-college.example.edu',
    phone: '(555) 016-7430',
  },
  description:
    'Students learn clinical documentation, health data quality and HIPAA privacy compliance in a program offered fully online. Faculty bring practice experience from hospitals, clinics and health plans.',
  careers: careersOf('51.0707', 'associate'),
  source: 'sample',
  updated_at: '2026-11-20T14:03:11.000Z',
  outcome_history: [
    { metric: 'graduation_rate', value: 61.5, cohort_year: 2025, exam: null },
    { metric: 'employment_rate', value: 87.9, cohort_year: 2025, exam: null },
    { metric: 'certification_pass_rate', value: 85.1, cohort_year: 2025, exam: 'RHIT' },
  ],
} satisfies ProgramDetail;

const { history: _history, ...accreditation } = exampleProgramDetail.accreditation;
const { outcome_history: _outcomeHistory, ...exampleProgram } = exampleProgramDetail;

/** GET /v1/programs with the parameter examples of the document (a search near Fort Lauderdale). */
const listSelf =
  '/v1/programs?q=health%20information%20technology&state=FL&near=33312&radius_mi=25&sort=distance&limit=10';

export const exampleProgramList = {
  data: [{ ...exampleProgram, accreditation, distance_mi: 0, score: 2.05 }],
  meta: { total: 1, limit: 10, sort: 'distance', next_cursor: null },
  links: { self: listSelf, next: null },
} satisfies z.output<typeof programListSchema>;

export const exampleInstitutionList = {
  data: [{ ...institution, program_count: 1 }],
  meta: { total: 1, limit: 20, sort: 'name', next_cursor: null },
  links: { self: '/v1/institutions?q=pelarro&state=FL', next: null },
} satisfies z.output<typeof institutionListSchema>;

export const exampleInstitutionDetail = {
  ...institution,
  programs: [
    {
      id: exampleProgramDetail.id,
      slug: exampleProgramDetail.slug,
      name: exampleProgramDetail.name,
      credential: exampleProgramDetail.credential,
      degree_level: exampleProgramDetail.degree_level,
      discipline: exampleProgramDetail.discipline,
      delivery_mode: exampleProgramDetail.delivery_mode,
      accreditation: { status: accreditation.status, status_label: accreditation.status_label },
    },
  ],
} satisfies InstitutionDetail;

/*
 * Request bodies that the service accepts as they stand, on the sample data: what Swagger UI
 * pre-fills, so that "Try it out" (after Authorize) creates, changes and imports for real. The
 * new programs are at institutions the sample data does not have. The write schemas are built
 * from the field table, so their static types are loose: tests/integration/openapi-examples.test.ts
 * sends each of these to the service.
 */

/** POST /v1/programs: a new program at a new institution, given inline. */
export const exampleProgramWrite = {
  cahiim_epc: 'SAMPLE-A-2001',
  name: 'Health Information Technology',
  credential: 'AAS',
  degree_level: 'associate',
  discipline: 'health_information_management',
  cip_code: '51.0707',
  delivery_mode: 'hybrid',
  institution: {
    name: 'Morvane Technical College',
    campus: null,
    city: 'Ocala',
    state: 'FL',
    zip: '34471',
    location: { lat: 29.16, lon: -82.1336 },
    website: 'https://morvane-technical-college.example.edu',
    control: 'public',
  },
  accreditation: { status: 'candidacy', status_since: '2026-09-01', next_review_year: 2028 },
  internship: { required: true, min_hours: 90, formats: ['onsite'], placement_assistance: true },
  career_services: ['resume_review', 'exam_prep'],
  tuition: { in_state_usd: 3900, out_of_state_usd: 14200 },
  credit_hours: 64,
  duration_months: 24,
  urls: { program: 'https://morvane-technical-college.example.edu/programs/hit', outcomes: null },
  contact: { name: 'Dana Whitfield', email: 'dana.whitfield@morvane-technical-college.example.edu', phone: null },
  description: 'A new program in candidacy: coding, electronic health records and a 90-hour on-site internship.',
};

/** PATCH /v1/programs/{id}: what changes, and only that. */
export const exampleProgramPatch = {
  tuition: { in_state_usd: 9200 },
  career_services: ['job_placement', 'internship_placement', 'resume_review', 'mentoring', 'exam_prep'],
};

/** POST /v1/programs/{id}/accreditation-actions: an action that leaves the status as it is. */
export const exampleAccreditationAction = {
  action: 'progress_report_required',
  date: '2026-10-15',
  note: 'Progress report on the outcomes assessment plan due',
} satisfies z.input<typeof accreditationActionWriteSchema>;

/** POST /v1/imports as JSON: a program at another new institution, cells typed or as in CSV. */
export const exampleImportRow = {
  cahiim_epc: 'SAMPLE-B-2002',
  institution_name: 'Tessaly State University',
  city: 'Pueblo',
  state: 'CO',
  zip: '81001',
  program_name: 'Health Information Management',
  credential: 'BS',
  degree_level: 'baccalaureate',
  discipline: 'health_information_management',
  delivery_mode: 'online',
  accreditation_status: 'accredited',
  next_review_year: 2031,
  internship_required: true,
  internship_formats: ['virtual', 'onsite'],
  career_services: 'exam_prep;mentoring',
  tuition_in_state_usd: 7100,
};

/** POST /v1/imports as CSV: the same row. */
export const exampleImportCsv = `${Object.keys(exampleImportRow).join(',')}\n${Object.values(exampleImportRow)
  .map((cell) => (Array.isArray(cell) ? cell.join(';') : String(cell)))
  .join(',')}\n`;

/** Examples by the name of the component schema they illustrate. */
export const schemaExamples: Record<string, unknown> = {
  ProgramDetail: exampleProgramDetail,
  ProgramList: exampleProgramList,
  InstitutionList: exampleInstitutionList,
  InstitutionDetail: exampleInstitutionDetail,
  ProgramWriteInput: exampleProgramWrite,
  ProgramPatchInput: exampleProgramPatch,
  AccreditationActionWriteInput: exampleAccreditationAction,
  ImportRowInput: exampleImportRow,
};
