// What the API answers, as its OpenAPI document describes it (the types generated into
// clients/typescript): a field renamed or removed in the API fails the widget's type check.
import type { components } from '../../../clients/typescript/src/schema.js';

type Schemas = components['schemas'];

export type ProgramListItem = Schemas['ProgramListItem'];
export type ProgramDetail = Schemas['ProgramDetail'];
/** A program of GET /v1/programs/compare. */
export type Program = Schemas['Program'];
export type ProgramFacets = Schemas['ProgramFacets'];
export type Institution = Schemas['Institution'];
export type Career = Schemas['Career'];
export type Occupation = Schemas['Occupation'];
export type OccupationList = Schemas['OccupationList'];
export type Vocabularies = Schemas['Vocabularies'];
export type Suggestion = Schemas['Suggestion'];
export type CitySuggestion = Schemas['CitySuggestion'];
export type SuggestionList = Schemas['SuggestionList'];
export type Problem = Schemas['Problem'];
export type UsMap = Schemas['UsMap'];
export type ProgramComparison = Schemas['ProgramComparison'];
/** A page of GET /v1/programs asked for with `fields`: only the fields named, and `id`. */
export type ProgramFieldsList = Schemas['ProgramFieldsList'];

/** A controlled value with its English label (GET /v1/vocabularies; occupations are turned into these). */
export interface Term {
  value: string;
  label: string;
  description?: string | null;
}

/** The vocabularies the widget labels values with: the API's, and the occupations as one more. */
export type Vocab = { [K in keyof Vocabularies]?: Term[] } & { occupation?: Term[] };
