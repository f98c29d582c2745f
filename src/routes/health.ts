import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appliedMigrations, shippedMigrations } from '../db/migrate.js';
import { AppError } from '../errors.js';
import { jsonResponse, problemResponses } from '../schemas/responses.js';

const statusSchema = z.object({ status: z.literal('ok') });

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/healthz',
    {
      schema: {
        operationId: 'getLiveness',
        tags: ['Operations'],
        summary: 'Liveness: 200 while the process runs',
        security: [],
        response: { 200: jsonResponse('The process runs', statusSchema) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        operationId: 'getReadiness',
        tags: ['Operations'],
        summary: 'Readiness: 200 when the database answers and every migration is applied',
        security: [],
        response: {
          200: jsonResponse('Ready: the database answers and has every migration', statusSchema),
          ...problemResponses(),
        },
      },
    },
    async (request) => {
      // Replicas too: they serve the public reads, and one that has not replayed a new migration yet
      // would answer the new code with the old schema.
      const { primary, replicas } = request.server.db;
      const counts = await Promise.all([primary, ...replicas].map((db) => appliedMigrations(db).catch(() => -1)));
      const applied = Math.min(...counts);
      if (applied < shippedMigrations) {
        throw new AppError(
          'unavailable',
          applied < 0 ? 'The database does not answer' : 'Database migrations are not applied yet',
          undefined,
          undefined,
          { 'retry-after': '5' },
        );
      }
      return { status: 'ok' as const };
    },
  );
};
