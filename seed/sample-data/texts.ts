import type { ActionName, DeliveryMode, Track } from './vocabulary-types.js';

/** The prose templates: accreditation notes and program descriptions. */

export const NOTES: Record<ActionName, readonly string[]> = {
  candidacy_granted: ['Candidacy application accepted', 'Educational Program Code assigned'],
  candidacy_expired: ['Two-year candidacy limit reached', 'Candidacy ended without a site visit'],
  initial_accreditation_awarded: ['Awarded after initial site visit', 'Initial review completed'],
  continuing_accreditation_awarded: ['Comprehensive review completed', 'Reaffirmed after site visit'],
  progress_report_required: [
    'Progress report on curriculum competencies due',
    'Progress report on PPE site agreements due',
    'Progress report on outcomes assessment plan due',
    'Progress report on faculty qualifications due',
  ],
  focused_review_assigned: ['Focused review of program outcomes', 'Focused review of curriculum standards'],
  placed_on_probation: [
    'Outcomes below required thresholds',
    'Noncompliance with curriculum standards',
    'Insufficient faculty and program resources',
  ],
  placed_on_administrative_probation: [
    'Annual Program Assessment Report (APAR) not filed',
    'Annual fees not paid',
    'APAR filed after the deadline',
  ],
  probation_removed: ['Deficiencies corrected', 'Compliance shown in progress report'],
  accreditation_withheld: ['Standards not met at initial review', 'Curriculum did not meet required competencies'],
  accreditation_withdrawn: [
    'Deficiencies not corrected within the probation period',
    'Compliance with standards not shown',
  ],
  voluntary_withdrawal: ['Program closed after its final cohort graduated', 'Institution discontinued the program'],
  inactive_status_granted: [
    'Admissions paused',
    'Admissions paused for curriculum redesign',
    'No cohort admitted this year',
  ],
  reactivated: ['Admissions resumed', 'New cohort admitted'],
  substantive_change_approved: [
    'Curriculum revision approved',
    'Change of program director',
    'New professional practice experience model approved',
    'Change in total credit hours approved',
  ],
};

export const TOPICS: Record<Track, readonly string[]> = {
  associate: [
    'ICD-10-CM coding',
    'CPT coding',
    'revenue cycle reimbursement',
    'electronic health records',
    'HIPAA privacy compliance',
    'health data quality',
    'clinical documentation',
    'medical terminology',
    'release of information',
    'cancer registry basics',
  ],
  baccalaureate: [
    'revenue cycle management',
    'health data analytics',
    'privacy compliance',
    'HIM leadership',
    'information governance',
    'clinical documentation improvement',
    'quality improvement',
    'health care finance',
    'classification systems',
    'database management',
  ],
  informatics: [
    'data analytics',
    'interoperability with HL7 FHIR',
    'clinical decision support',
    'population health',
    'database design',
    'machine learning',
    'information systems leadership',
    'health data security',
    'data visualization',
    'EHR implementation',
    'project management',
  ],
  him_master: [
    'health information leadership',
    'data governance',
    'privacy compliance',
    'revenue cycle strategy',
    'health data analytics',
    'research methods',
    'enterprise information management',
    'change management',
  ],
  coding: [
    'ICD-10-CM coding',
    'ICD-10-PCS coding',
    'CPT coding',
    'medical terminology',
    'anatomy',
    'reimbursement methods',
    'coding compliance',
    'pharmacology basics',
  ],
  digital: [
    'telehealth',
    'mobile health apps',
    'consumer health data',
    'remote patient monitoring',
    'interoperability',
    'privacy by design',
    'digital health innovation',
    'health data analytics',
  ],
};

export const ROLES: Record<Track, string> = {
  associate: 'health information technicians, coding specialists and release-of-information specialists',
  baccalaureate: 'health information managers, compliance officers and data analysts',
  informatics: 'informatics analysts, clinical systems managers and health data scientists',
  him_master: 'HIM directors, privacy officers and revenue cycle leaders',
  coding: 'medical coders and billing specialists',
  digital: 'digital health product managers, telehealth coordinators and health technology analysts',
};

export const MODES: Record<DeliveryMode, string> = {
  campus: 'taught on campus',
  online: 'offered fully online',
  hybrid: 'combining online and on-campus courses',
};
