import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { strongEtag } from '../plugins/http-cache.js';
import { idOrSlugParams } from '../schemas/common.js';
import { programDetailSchema, programListSchema } from '../schemas/program.js';
import { programListQuerySchema } from '../schemas/program-query.js';
import { problemResponses } from '../schemas/responses.js';
import { getProgramDetail, searchPrograms } from '../services/programs.js';
import { listEnvelope } from './list-envelope.js';

export const programRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/programs',
    {
      config: { cache: 'public' },
      schema: {
        operationId: 'listPrograms',
        tags: ['Programs'],
        summary: 'Find programs: filter, search, sort and page',
        description:
          'Filters combine with AND; the values of one multi-valued filter combine with OR. By default only programs that hold accreditation today are listed. Walk `meta.next_cursor` to read every match exactly once.',
        security: [],
        querystring: programListQuerySchema,
        response: { 200: programListSchema, ...problemResponses('invalid_parameter') },
      },
    },
    async (request) => {
      const page = await searchPrograms(request.server.db.read(), request.query);
      return listEnvelope(request.url, page, page.sort);
    },
  );

  app.get(
    '/programs/:id_or_slug',
    {
      config: { cache: 'public' },
      schema: {
        operationId: 'getProgram',
        tags: ['Programs'],
        summary: 'One program with its accreditation history',
        description: 'Programs of any accreditation status are returned here. The ETag is the program’s own version.',
        security: [],
        params: idOrSlugParams,
        response: { 200: programDetailSchema, ...problemResponses('invalid_parameter', 'not_found') },
      },
    },
    async (request, reply) => {
      const { program, version } = await getProgramDetail(request.server.db.read(), request.params.id_or_slug);
      reply.header('etag', strongEtag(`program:${version}`));
      return program;
    },
  );
};
