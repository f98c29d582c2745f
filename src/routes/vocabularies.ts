import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { vocabularies } from '../domain/vocabularies.js';
import { jsonResponse, problemResponses } from '../schemas/responses.js';

const termSchema = z.object({
  value: z.string().meta({ example: 'administrative_probation' }),
  label: z.string().meta({ example: 'Administrative Probationary Accreditation' }),
  description: z.string(),
});

const vocabulariesSchema = z
  .object(
    Object.fromEntries(Object.keys(vocabularies).map((name) => [name, z.array(termSchema)])) as Record<
      keyof typeof vocabularies,
      z.ZodArray<typeof termSchema>
    >,
  )
  .meta({ id: 'Vocabularies' });

export const vocabularyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/vocabularies',
    {
      config: { cache: 'public' },
      schema: {
        operationId: 'listVocabularies',
        tags: ['Reference'],
        summary: 'Every controlled vocabulary with labels and descriptions',
        description: "Build filter UIs from this rather than hard-coding CAHIIM's wording.",
        security: [],
        querystring: z.strictObject({}),
        response: {
          200: jsonResponse('Every vocabulary, each value with its label and description', vocabulariesSchema),
          ...problemResponses('invalid_parameter'),
        },
      },
    },
    async () => vocabularies,
  );
};
