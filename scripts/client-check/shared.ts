/**
 * What every client scenario shares: where the service is, and the records an admissions site's
 * back office would send. Leaf values carry `as const` so that each generator's own types check them.
 */

export interface Target {
  /** The service's origin, e.g. http://127.0.0.1:3000 */
  baseUrl: string;
  /** An admin API key */
  apiKey: string;
}

/** A whole program, its institution given inline. */
export function newProgram(tag: string) {
  return {
    cahiim_epc: `CLIENT-${tag}`,
    name: 'Health Information Technology',
    credential: 'AAS',
    degree_level: 'associate' as const,
    discipline: 'health_information_management' as const,
    cip_code: '51.0707',
    delivery_mode: 'hybrid' as const,
    institution: {
      name: `Client Check College ${tag}`,
      campus: 'North Campus',
      city: 'Tampa',
      state: 'FL' as const,
      zip: '33612',
      location: { lat: 28.0654, lon: -82.4307 },
      website: 'https://client-check.example.edu',
      ipeds_unitid: null,
      control: 'public' as const,
    },
    accreditation: {
      status: 'accredited' as const,
      status_since: '2022-06-01',
      initial_accreditation_date: '2012-03-15',
      next_review_year: 2030,
    },
    internship: {
      required: true,
      min_hours: 120,
      formats: ['onsite' as const, 'virtual' as const],
      placement_assistance: true,
    },
    career_services: ['exam_prep' as const, 'job_placement' as const],
    outcomes: [
      { metric: 'graduation_rate' as const, value: 68.5, cohort_year: 2025, exam: null },
      { metric: 'certification_pass_rate' as const, value: 81, cohort_year: 2025, exam: 'RHIT' as const },
    ],
    tuition: { in_state_usd: 4200, out_of_state_usd: 9800 },
    credit_hours: 64,
    duration_months: 24,
    urls: { program: 'https://client-check.example.edu/hit', outcomes: null },
    contact: { name: 'Avery Lee', email: 'avery.lee@client-check.example.edu', phone: '(555) 010-2000' },
    description: 'Prepares health information technicians for the RHIT exam.',
  };
}

const importColumns = [
  'cahiim_epc',
  'institution_name',
  'campus',
  'city',
  'state',
  'zip',
  'program_name',
  'credential',
  'degree_level',
  'discipline',
  'delivery_mode',
  'accreditation_status',
  'next_review_year',
  'internship_required',
  'internship_formats',
  'career_services',
  'tuition_in_state_usd',
] as const;

/** A CSV import of one program, header row first, with a subset of the import columns. */
export function importCsv(tag: string): string {
  const row = [
    `CLIENT-CSV-${tag}`,
    `Client Import College ${tag}`,
    '',
    'Austin',
    'TX',
    '78701',
    'Health Information Management',
    'BS',
    'baccalaureate',
    'health_information_management',
    'online',
    'accredited',
    '2031',
    'true',
    'virtual;onsite',
    'exam_prep;mentoring',
    '7100',
  ];
  return `${importColumns.join(',')}\r\n${row.join(',')}\r\n`;
}

/** The same program as a typed JSON import row: numbers, flags and lists as themselves. */
export function importRow(tag: string) {
  return {
    cahiim_epc: `CLIENT-JSON-${tag}`,
    institution_name: `Client Import College ${tag}`,
    city: 'Austin',
    state: 'TX' as const,
    zip: '78701',
    program_name: 'Health Information Management',
    credential: 'BS',
    degree_level: 'baccalaureate' as const,
    discipline: 'health_information_management' as const,
    delivery_mode: 'online' as const,
    accreditation_status: 'accredited' as const,
    next_review_year: 2031,
    internship_required: true,
    internship_formats: ['virtual' as const, 'onsite' as const],
    career_services: ['exam_prep' as const, 'mentoring' as const],
    tuition_in_state_usd: 7100,
    graduation_rate: 64.5,
    outcomes_year: 2025,
  };
}

/** A record without what a write moves by itself, to compare a record before and after a change. */
export function withoutVersion<T extends { updated_at: string }>(record: T): Omit<T, 'updated_at'> {
  const { updated_at: _updated, ...rest } = record;
  return rest;
}
