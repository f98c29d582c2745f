import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { programFilterQuerySchema } from '../schemas/program-query.js';
import { problemResponses } from '../schemas/responses.js';
import { accreditationFeed } from '../services/accreditation-feed.js';

/** The accreditation actions as an Atom feed: public, cached and conditional like every public read. */
export const accreditationFeedRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/accreditation-actions.atom',
    {
      config: { cache: 'public' },
      schema: {
        operationId: 'getAccreditationActionsFeed',
        tags: ['Reference'],
        summary: 'Accreditation actions as an Atom feed',
        description:
          'An Atom 1.0 feed of the newest 50 accreditation actions, newest first (by the action’s date), each entry linking to its program. Takes the filters of GET /v1/programs; without `accreditation_status` it covers programs of every status, withdrawn ones included. Follow it in a feed reader; `ETag` and `If-None-Match` as everywhere.',
        security: [],
        querystring: programFilterQuerySchema,
        response: {
          200: {
            description: 'The feed',
            content: {
              'application/atom+xml': { schema: z.string().meta({ description: 'An Atom 1.0 feed (RFC 4287)' }) },
            },
          },
          ...problemResponses('invalid_parameter'),
        },
      },
    },
    async (request, reply) => {
      const origin = `${request.protocol}://${request.host}`;
      const feed = await accreditationFeed(request.server.db.read(), request.query, {
        origin,
        self: `${origin}${request.url}`,
      });
      return reply.type('application/atom+xml; charset=utf-8').send(feed);
    },
  );
};
