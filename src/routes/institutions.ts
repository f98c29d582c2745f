import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idOrSlugParams } from '../schemas/common.js';
import { institutionDetailSchema, institutionListQuerySchema, institutionListSchema } from '../schemas/institution.js';
import { jsonResponse, problemResponses } from '../schemas/responses.js';
import { getInstitutionDetail, searchInstitutions } from '../services/institutions.js';
import { listEnvelope } from './list-envelope.js';

export const institutionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/institutions',
    {
      config: { cache: 'public' },
      schema: {
        operationId: 'listInstitutions',
        tags: ['Institutions'],
        summary: 'Find institutions (campuses) by name, campus, city or state',
        security: [],
        querystring: institutionListQuerySchema,
        response: {
          200: jsonResponse('A page of matching institutions, by name', institutionListSchema),
          ...problemResponses('invalid_parameter'),
        },
      },
    },
    async (request) =>
      listEnvelope(request.url, await searchInstitutions(request.server.db.read(), request.query), 'name'),
  );

  app.get(
    '/institutions/:id_or_slug',
    {
      config: { cache: 'public' },
      schema: {
        operationId: 'getInstitution',
        tags: ['Institutions'],
        summary: 'One institution (campus) with its programs',
        security: [],
        params: idOrSlugParams,
        response: {
          200: jsonResponse('The institution with its programs', institutionDetailSchema),
          ...problemResponses('invalid_parameter', 'not_found'),
        },
      },
    },
    async (request, reply) => {
      const { institution, etag } = await getInstitutionDetail(request.server.db.read(), request.params.id_or_slug);
      reply.header('etag', etag);
      return institution;
    },
  );
};
