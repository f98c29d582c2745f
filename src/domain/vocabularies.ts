/**
 * The controlled vocabularies of the contract, each value with CAHIIM's own
 * label and a one-line description. Everything else (zod enums, database
 * CHECK constraints, GET /v1/vocabularies, facets) derives from these lists.
 */
export interface Term<V extends string = string> {
  value: V;
  label: string;
  description: string;
}

function vocabulary<const V extends string>(terms: readonly Term<V>[]) {
  return { terms: [...terms], values: terms.map((term) => term.value) as [V, ...V[]] };
}

export const degreeLevels = vocabulary([
  {
    value: 'associate',
    label: 'Associate',
    description: 'Two-year degree (AAS, AS); graduates may sit the RHIT exam.',
  },
  {
    value: 'baccalaureate',
    label: 'Baccalaureate',
    description: "Bachelor's degree (BS, BAS); graduates may sit the RHIA exam.",
  },
  {
    value: 'master',
    label: "Master's",
    description: 'Graduate degree in health information management or health informatics.',
  },
  { value: 'certificate', label: 'Certificate', description: 'Non-degree program, such as medical coding.' },
]);

export const disciplines = vocabulary([
  {
    value: 'health_information_management',
    label: 'Health Information Management',
    description: 'Managing health records, coding, privacy, data quality and revenue cycle.',
  },
  {
    value: 'health_informatics',
    label: 'Health Informatics',
    description: 'Applying information technology and data science to health care.',
  },
  {
    value: 'digital_health',
    label: 'Digital Health',
    description: 'Digital health technologies, telehealth and consumer health data.',
  },
]);

export const deliveryModes = vocabulary([
  { value: 'campus', label: 'On campus', description: 'Courses are taught in person.' },
  { value: 'online', label: 'Online', description: 'Courses are taught fully online.' },
  { value: 'hybrid', label: 'Hybrid', description: 'A mix of online and in-person courses.' },
]);

export const accreditationStatuses = vocabulary([
  {
    value: 'candidacy',
    label: 'Candidacy',
    description:
      'Preparing for initial accreditation (at most 2 years); graduates are not yet from an accredited program.',
  },
  { value: 'accredited', label: 'Accredited', description: 'Holds initial or continuing CAHIIM accreditation.' },
  {
    value: 'probation',
    label: 'Probationary Accreditation',
    description: 'Still accredited, but must correct deficiencies within a set time.',
  },
  {
    value: 'administrative_probation',
    label: 'Administrative Probationary Accreditation',
    description: 'Still accredited, but behind on administrative duties such as the annual report (APAR) or fees.',
  },
  { value: 'withheld', label: 'Accreditation Withheld', description: 'Initial accreditation was not granted.' },
  { value: 'withdrawn', label: 'Accreditation Withdrawn', description: 'CAHIIM withdrew the accreditation.' },
  {
    value: 'voluntary_withdrawal',
    label: 'Voluntary Withdrawal',
    description: 'The program gave up its accreditation after its students graduated.',
  },
  {
    value: 'inactive',
    label: 'Inactive',
    description: 'Not admitting students for a time (at most 2 years); accreditation is kept.',
  },
]);

/** The statuses that mean "holds accreditation today": the default of the accreditation_status filter. */
export const heldAccreditationStatuses = ['accredited', 'probation', 'administrative_probation'] as const;

export const internshipFormats = vocabulary([
  { value: 'onsite', label: 'On-site', description: 'Professional practice experience at a health care facility.' },
  { value: 'virtual', label: 'Virtual', description: 'Professional practice experience done remotely.' },
  { value: 'hybrid', label: 'Hybrid', description: 'Part on-site, part remote.' },
]);

export const careerServices = vocabulary([
  { value: 'job_placement', label: 'Job placement', description: 'Help finding a job after graduation.' },
  {
    value: 'internship_placement',
    label: 'Internship placement',
    description: 'The program finds internship sites for students.',
  },
  { value: 'resume_review', label: 'Résumé review', description: 'Feedback on résumés and cover letters.' },
  { value: 'mock_interviews', label: 'Mock interviews', description: 'Interview practice with feedback.' },
  {
    value: 'employer_partnerships',
    label: 'Employer partnerships',
    description: 'Formal ties with hospitals, clinics and vendors that hire graduates.',
  },
  { value: 'alumni_network', label: 'Alumni network', description: 'An active network of graduates.' },
  { value: 'mentoring', label: 'Mentoring', description: 'Mentors from the profession.' },
  {
    value: 'networking_events',
    label: 'Networking events',
    description: 'Career fairs, AHIMA chapter meetings and similar events.',
  },
  {
    value: 'exam_prep',
    label: 'Exam preparation',
    description: 'Preparation for RHIT, RHIA, CCA or CHDA certification exams.',
  },
]);

export const outcomeMetrics = vocabulary([
  { value: 'graduation_rate', label: 'Graduation rate', description: 'Share of a cohort that graduated.' },
  { value: 'employment_rate', label: 'Employment rate', description: 'Share of graduates employed in the field.' },
  {
    value: 'retention_rate',
    label: 'Retention rate',
    description: 'Share of students who continued into the next year.',
  },
  {
    value: 'academic_transfer_rate',
    label: 'Academic transfer rate',
    description: 'Share of graduates who transferred to a further program.',
  },
  {
    value: 'graduate_school_entry_rate',
    label: 'Graduate school entry rate',
    description: 'Share of graduates who entered graduate school.',
  },
  {
    value: 'student_satisfaction_rate',
    label: 'Student satisfaction rate',
    description: 'Share of students satisfied with the program.',
  },
  {
    value: 'certification_pass_rate',
    label: 'Certification exam pass rate',
    description: 'Share of first-time test takers who passed the certification exam.',
  },
]);

export const certificationExams = vocabulary([
  { value: 'RHIT', label: 'RHIT', description: 'Registered Health Information Technician (associate graduates).' },
  {
    value: 'RHIA',
    label: 'RHIA',
    description: 'Registered Health Information Administrator (baccalaureate and master graduates).',
  },
  { value: 'CCA', label: 'CCA', description: 'Certified Coding Associate.' },
  { value: 'CHDA', label: 'CHDA', description: 'Certified Health Data Analyst.' },
]);

export const institutionControls = vocabulary([
  { value: 'public', label: 'Public', description: 'A public institution.' },
  { value: 'private_nonprofit', label: 'Private nonprofit', description: 'A private nonprofit institution.' },
  { value: 'private_for_profit', label: 'Private for-profit', description: 'A private for-profit institution.' },
]);

export const dataSources = vocabulary([
  { value: 'sample', label: 'Sample', description: 'Fictional sample data shipped with the service.' },
  { value: 'cahiim_directory', label: 'CAHIIM directory', description: "Taken from CAHIIM's program directory." },
  { value: 'import', label: 'Import', description: 'Loaded through POST /v1/imports.' },
  { value: 'manual', label: 'Manual', description: 'Entered through the admin API.' },
]);

/**
 * The CIP 2020 codes of the programs CAHIIM accredits (NCES, Classification of Instructional
 * Programs): the codes an occupation's crosswalk may name. Titles as NCES writes them.
 */
export const cipCodes = vocabulary([
  {
    value: '51.0706',
    label: 'Health Information/Medical Records Administration/Administrator',
    description: 'Programs that prepare managers of health information systems and records (the RHIA path).',
  },
  {
    value: '51.0707',
    label: 'Health Information/Medical Records Technology/Technician',
    description: 'Programs that prepare technicians of health records, coding and data (the RHIT path).',
  },
  {
    value: '51.0713',
    label: 'Medical Insurance Coding Specialist/Coder',
    description: 'Programs that prepare coders of diagnoses and procedures for billing and data.',
  },
  {
    value: '51.2706',
    label: 'Medical Informatics',
    description: 'Programs in the use of information technology and data to improve health care.',
  },
]);

export const accreditationActions = vocabulary([
  {
    value: 'candidacy_granted',
    label: 'Candidacy granted',
    description: 'The program entered Candidacy and received its EPC.',
  },
  { value: 'candidacy_expired', label: 'Candidacy expired', description: 'Candidacy ended without accreditation.' },
  {
    value: 'initial_accreditation_awarded',
    label: 'Initial accreditation awarded',
    description: 'The program became accredited.',
  },
  {
    value: 'continuing_accreditation_awarded',
    label: 'Continuing accreditation awarded',
    description: 'Accreditation was reaffirmed after a comprehensive review.',
  },
  {
    value: 'progress_report_required',
    label: 'Progress report required',
    description: 'The program must report on corrections.',
  },
  {
    value: 'focused_review_assigned',
    label: 'Focused review assigned',
    description: 'A review of specific standards was scheduled.',
  },
  {
    value: 'placed_on_probation',
    label: 'Placed on probation',
    description: 'Probationary Accreditation was imposed.',
  },
  {
    value: 'placed_on_administrative_probation',
    label: 'Placed on administrative probation',
    description: 'Administrative Probationary Accreditation was imposed.',
  },
  {
    value: 'probation_removed',
    label: 'Probation removed',
    description: 'The program returned to full accreditation.',
  },
  {
    value: 'accreditation_withheld',
    label: 'Accreditation withheld',
    description: 'Initial accreditation was not granted.',
  },
  {
    value: 'accreditation_withdrawn',
    label: 'Accreditation withdrawn',
    description: 'CAHIIM withdrew the accreditation.',
  },
  {
    value: 'voluntary_withdrawal',
    label: 'Voluntary withdrawal',
    description: 'The program withdrew from accreditation.',
  },
  { value: 'inactive_status_granted', label: 'Inactive status granted', description: 'The program paused admissions.' },
  { value: 'reactivated', label: 'Reactivated', description: 'The program resumed admissions.' },
  {
    value: 'substantive_change_approved',
    label: 'Substantive change approved',
    description: 'A change such as a new delivery mode was approved.',
  },
]);

/** USPS codes of the 50 states, DC, Puerto Rico and the territories, with their names for search. */
export const usStates = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  DC: 'District of Columbia',
  PR: 'Puerto Rico',
  GU: 'Guam',
  VI: 'U.S. Virgin Islands',
  AS: 'American Samoa',
  MP: 'Northern Mariana Islands',
} as const;

export type UsState = keyof typeof usStates;
export const stateCodes = Object.keys(usStates) as [UsState, ...UsState[]];

export const vocabularies = {
  degree_level: degreeLevels.terms,
  discipline: disciplines.terms,
  delivery_mode: deliveryModes.terms,
  accreditation_status: accreditationStatuses.terms,
  internship_format: internshipFormats.terms,
  career_services: careerServices.terms,
  outcome_metric: outcomeMetrics.terms,
  certification_exam: certificationExams.terms,
  institution_control: institutionControls.terms,
  source: dataSources.terms,
  accreditation_action: accreditationActions.terms,
  cip_code: cipCodes.terms,
  state: Object.entries(usStates).map(([value, label]) => ({ value, label, description: `USPS code ${value}` })),
};

export function statusLabel(status: string): string {
  return accreditationStatuses.terms.find((term) => term.value === status)?.label ?? status;
}
