import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { occupationListSchema, occupationSchema, socCodeParams } from '../schemas/occupation.js';
import { jsonResponse, problemResponses } from '../schemas/responses.js';
import { getOccupation, listOccupations } from '../services/occupations.js';

export const occupationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/occupations',
    {
      config: { cache: 'public' },
      schema: {
        operationId: 'listOccupations',
        tags: ['Careers'],
        summary: 'Where programs lead: occupations with pay and job outlook from public data',
        description:
          'The occupations (SOC 2018) that CAHIIM programs lead to, by SOC code: national wages and employment from one BLS Occupational Employment and Wage Statistics release, projected growth from the BLS Employment Projections, the typical entry education, the CIP codes of the NCES CIP 2020 to SOC 2018 crosswalk, the page and reference period of every figure, and how many listed programs lead there. A figure no cited source gives is null.',
        security: [],
        querystring: z.strictObject({}),
        response: {
          200: jsonResponse('Every occupation', occupationListSchema),
          ...problemResponses('invalid_parameter'),
        },
      },
    },
    async (request) => listOccupations(request.server.db.read()),
  );

  app.get(
    '/occupations/:soc_code',
    {
      config: { cache: 'public' },
      schema: {
        operationId: 'getOccupation',
        tags: ['Careers'],
        summary: 'One occupation with its figures and their sources',
        security: [],
        params: socCodeParams,
        response: {
          200: jsonResponse('The occupation', occupationSchema),
          ...problemResponses('invalid_parameter', 'not_found'),
        },
      },
    },
    async (request) => getOccupation(request.server.db.read(), request.params.soc_code),
  );
};
