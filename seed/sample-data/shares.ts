import type { CareerService, DegreeLevel, Status, Weights } from './vocabulary-types.js';

/** The proportions of the sample: statuses, internship formats, career services, outcome rates and tuition. */

/** Share of the programs in each non-accredited status; "accredited" takes the rest (~85%). */
export const STATUS_SHARES: Partial<Record<Status, number>> = {
  candidacy: 0.04,
  probation: 0.025,
  administrative_probation: 0.02,
  withheld: 0.01,
  withdrawn: 0.015,
  voluntary_withdrawal: 0.025,
  inactive: 0.015,
};

/** Format sets as they appear in the cell; associate and baccalaureate HIM always have some on-site time. */
export const HIM_FORMATS: Weights<string> = {
  onsite: 30,
  'onsite;virtual': 25,
  'onsite;hybrid': 10,
  hybrid: 10,
  'onsite;virtual;hybrid': 15,
  'virtual;hybrid': 10,
};

export const OTHER_FORMATS: Weights<string> = { ...HIM_FORMATS, virtual: 30 };

/** How likely a program lists each service; exam preparation is likelier where there is an exam. */
// biome-ignore format: a table reads better packed in rows
export const SERVICE_ODDS: Record<CareerService, number> = {
  job_placement: 0.55, internship_placement: 0.3, resume_review: 0.5, mock_interviews: 0.35,
  employer_partnerships: 0.4, alumni_network: 0.35, mentoring: 0.3, networking_events: 0.3, exam_prep: 0.3,
};

export const RATE_RANGES: Record<DegreeLevel, { graduation: [number, number]; pass: [number, number] }> = {
  associate: { graduation: [35, 85], pass: [50, 100] },
  baccalaureate: { graduation: [50, 92], pass: [55, 100] },
  master: { graduation: [60, 96], pass: [55, 100] },
  certificate: { graduation: [45, 92], pass: [50, 96] },
};

export const PUBLIC_TUITION: Record<DegreeLevel, [number, number]> = {
  associate: [3000, 12000],
  baccalaureate: [7000, 14000],
  master: [8000, 20000],
  certificate: [1500, 6000],
};

export const PRIVATE_TUITION: Record<DegreeLevel, [number, number]> = {
  associate: [12000, 24000],
  baccalaureate: [16000, 42000],
  master: [18000, 40000],
  certificate: [3000, 12000],
};
