import { z } from 'zod';
import { stateCodes } from '../domain/vocabularies.js';
import { integerParam } from './common.js';
import { searchTextParam } from './program-query.js';

export const suggestQuerySchema = z.strictObject({
  q: searchTextParam(1, 100).meta({ description: 'What has been typed so far; typo-tolerant', example: 'health inf' }),
  limit: integerParam(1, 20).optional().meta({ description: 'At most this many suggestions, default 8', example: 8 }),
});

const text = z.string().meta({ description: 'What to show (and to search for)' });
const state = z.enum(stateCodes);

/** Each kind of suggestion has its own shape, so a client that checks `type` knows which fields it has. */
const programSuggestionSchema = z
  .object({
    type: z.literal('program'),
    text: text.meta({ example: 'Health Informatics' }),
    id: z.uuid().meta({ description: 'A program bearing this name (GET /v1/programs/{id})' }),
    state: z.null().meta({ description: 'A program name may be taught in several states' }),
  })
  .meta({ id: 'ProgramSuggestion', description: 'A program name: search for it with `q`' });

const institutionSuggestionSchema = z
  .object({
    type: z.literal('institution'),
    text: text.meta({ example: 'Harbor State College' }),
    id: z.uuid().meta({ description: 'The institution (GET /v1/institutions/{id})' }),
    state: state.meta({ example: 'FL' }),
  })
  .meta({ id: 'InstitutionSuggestion', description: 'An institution, in one state' });

const citySuggestionSchema = z
  .object({
    type: z.literal('city'),
    text: text.meta({ example: 'Tampa' }),
    id: z.null(),
    state: state.meta({ example: 'FL' }),
  })
  .meta({ id: 'CitySuggestion', description: 'A city with programs: search for it with `q`' });

export const suggestionSchema = z
  .discriminatedUnion('type', [programSuggestionSchema, institutionSuggestionSchema, citySuggestionSchema])
  .meta({
    id: 'Suggestion',
    discriminator: {
      propertyName: 'type',
      mapping: {
        program: '#/components/schemas/ProgramSuggestion',
        institution: '#/components/schemas/InstitutionSuggestion',
        city: '#/components/schemas/CitySuggestion',
      },
    },
  });

export type Suggestion = z.output<typeof suggestionSchema>;

export const suggestListSchema = z
  .object({ data: z.array(suggestionSchema).meta({ description: 'Best first' }) })
  .meta({ id: 'SuggestionList' });
