import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { jsonResponse, problemResponses } from '../schemas/responses.js';
import { suggestListSchema, suggestQuerySchema } from '../schemas/suggest.js';
import { suggest } from '../services/suggest.js';

const DEFAULT_LIMIT = 8;

export const suggestRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/suggest',
    {
      config: { cache: 'public' },
      schema: {
        operationId: 'suggest',
        tags: ['Programs'],
        summary: 'Type-ahead: program names, institutions and cities',
        description:
          'Suggestions for a search box, best first: names that start with what was typed, then names with a word that does, then names that look alike (a misspelling or a partial word). One suggestion per program name, per institution name and state, and per city and state.',
        security: [],
        querystring: suggestQuerySchema,
        response: {
          200: jsonResponse('Suggestions, best first', suggestListSchema),
          ...problemResponses('invalid_parameter'),
        },
      },
    },
    async (request) => {
      const { q, limit } = request.query;
      return { data: await suggest(request.server.db.read(), q, limit ?? DEFAULT_LIMIT) };
    },
  );
};
