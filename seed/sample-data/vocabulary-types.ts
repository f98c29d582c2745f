import type {
  accreditationActions,
  accreditationStatuses,
  careerServices,
  certificationExams,
  degreeLevels,
  deliveryModes,
  disciplines,
  institutionControls,
  internshipFormats,
} from '../../src/domain/vocabularies.js';

/** The vocabularies as types, and the shapes the data tables below are written in. */

export type DegreeLevel = (typeof degreeLevels.values)[number];
export type Discipline = (typeof disciplines.values)[number];
export type DeliveryMode = (typeof deliveryModes.values)[number];
export type Status = (typeof accreditationStatuses.values)[number];
export type InternshipFormat = (typeof internshipFormats.values)[number];
export type CareerService = (typeof careerServices.values)[number];
export type Exam = (typeof certificationExams.values)[number];
export type Control = (typeof institutionControls.values)[number];
export type ActionName = (typeof accreditationActions.values)[number];

/** Relative weights by key; keys keep their written order, so picks are reproducible. */
export type Weights<K extends string> = Readonly<Partial<Record<K, number>>>;

export type Kind =
  | 'community_college'
  | 'technical_college'
  | 'college'
  | 'university'
  | 'state_university'
  | 'health_institute';

/** The kinds of program that share topics and career paths in the descriptions. */
export type Track = 'associate' | 'baccalaureate' | 'him_master' | 'informatics' | 'coding' | 'digital';

export interface Offering {
  discipline: Discipline;
  cip: string;
  /** Share of the level's programs that are this offering. */
  weight: number;
  credentials: Weights<string>;
  names: Weights<string>;
}
