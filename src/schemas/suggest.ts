import { z } from 'zod';
import { stateCodes } from '../domain/vocabularies.js';
import { integerParam } from './common.js';
import { searchTextParam } from './program-query.js';

export const suggestQuerySchema = z.strictObject({
  q: searchTextParam(1, 100).meta({ description: 'What has been typed so far; typo-tolerant', example: 'health inf' }),
  limit: integerParam(1, 20).optional().meta({ description: 'At most this many suggestions, default 8', example: 8 }),
});

export const suggestionSchema = z
  .object({
    type: z.enum(['program', 'institution', 'city']),
    text: z.string().meta({ description: 'What to show (and to search for)', example: 'Health Informatics' }),
    id: z.uuid().nullable().meta({
      description: 'program: a program bearing this name; institution: the institution; city: null',
    }),
    state: z
      .enum(stateCodes)
      .nullable()
      .meta({ description: 'The state of an institution or city; null for a program name' }),
  })
  .meta({ id: 'Suggestion' });

export type Suggestion = z.output<typeof suggestionSchema>;

export const suggestListSchema = z
  .object({ data: z.array(suggestionSchema).meta({ description: 'Best first' }) })
  .meta({ id: 'SuggestionList' });
