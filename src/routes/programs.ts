import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idOrSlugParams } from '../schemas/common.js';
import { facetsSchema } from '../schemas/facets.js';
import { programDetailSchema, programListAnswerSchema, programSchema } from '../schemas/program.js';
import {
  programCompareQuerySchema,
  programExportQuerySchema,
  programFilterQuerySchema,
  programListQuerySchema,
} from '../schemas/program-query.js';
import { jsonResponse, problemResponses } from '../schemas/responses.js';
import { programEtag } from '../services/preconditions.js';
import { exportPrograms } from '../services/program-export.js';
import { programFacets } from '../services/program-facets.js';
import { programJsonLd } from '../services/program-json-ld.js';
import { comparePrograms, getProgramDetail, searchPrograms } from '../services/programs.js';
import { sendDataList, sendListEnvelope } from './list-envelope.js';
import { programJsonLdSchema, programMediaType, programUrl } from './program-media-types.js';

const programComparisonSchema = z
  .object({ data: z.array(programSchema).meta({ description: 'The programs, in the order asked' }) })
  .meta({ id: 'ProgramComparison' });

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
        response: {
          200: jsonResponse(
            'A page of matching programs: whole ones (ProgramList), or with `fields` narrowed ones (ProgramFieldsList)',
            programListAnswerSchema,
          ),
          ...problemResponses('invalid_parameter'),
        },
      },
    },
    async (request, reply) => {
      const page = await searchPrograms(request.server.db.read(), request.query);
      return sendListEnvelope(reply, request.url, page, page.sort, page.fields ? { fields: page.fields } : undefined);
    },
  );

  app.get(
    '/programs/facets',
    {
      config: { cache: 'public' },
      schema: {
        operationId: 'getProgramFacets',
        tags: ['Programs'],
        summary: 'Counts for a filter sidebar (disjunctive facets)',
        description:
          'Takes the filters of GET /v1/programs. `total` is the `meta.total` of the same search. Each facet applies every filter except its own, so it shows how many programs each other choice would give; career_services applies its own filter too (it is an AND). Every vocabulary value is listed, zeros included; `state` lists the states with matches.',
        security: [],
        querystring: programFilterQuerySchema,
        response: {
          200: jsonResponse('The number of matches and the facet counts', facetsSchema),
          ...problemResponses('invalid_parameter'),
        },
      },
    },
    async (request) => programFacets(request.server.db.read(), request.query),
  );

  app.get(
    '/programs/compare',
    {
      config: { cache: 'public' },
      schema: {
        operationId: 'comparePrograms',
        tags: ['Programs'],
        summary: 'Two to five programs side by side',
        description:
          'The full records of 2 to 5 programs (any accreditation status), in the order asked. Each unknown id or slug is named in the 404 problem.',
        security: [],
        querystring: programCompareQuerySchema,
        response: {
          200: jsonResponse('The programs, in the order asked', programComparisonSchema),
          ...problemResponses('invalid_parameter', 'not_found'),
        },
      },
    },
    async (request, reply) => sendDataList(reply, await comparePrograms(request.server.db.read(), request.query.ids)),
  );

  app.get(
    '/programs/export',
    {
      config: { cache: 'public' },
      schema: {
        operationId: 'exportPrograms',
        tags: ['Programs'],
        summary: 'Every match, streamed as CSV or NDJSON',
        description:
          'Every program matching the filters of GET /v1/programs (their defaults included), in id order, streamed without paging. `csv` has a header row and the import columns of POST /v1/imports, so an export imports back unchanged; `ndjson` has one program record per line.',
        security: [],
        querystring: programExportQuerySchema,
        response: {
          200: {
            description: 'The programs, as an attachment',
            content: {
              'text/csv': { schema: z.string().meta({ description: 'A header row, then one row per program' }) },
              'application/x-ndjson': { schema: z.string().meta({ description: 'One JSON program record per line' }) },
            },
          },
          ...problemResponses('invalid_parameter'),
        },
      },
    },
    async (request, reply) => {
      const exported = await exportPrograms(request.server.db.read(), request.query);
      reply.type(exported.contentType).header('content-disposition', `attachment; filename="${exported.filename}"`);
      // A stream: Fastify sends it as it comes (the declared string schemas describe the document).
      return reply.send(Readable.from(exported.chunks) as unknown as string);
    },
  );

  app.get(
    '/programs/:id_or_slug',
    {
      // The answer depends on Accept: cached per media type, and said so in Vary.
      config: { cache: 'public', varyByAccept: true },
      schema: {
        operationId: 'getProgram',
        tags: ['Programs'],
        summary: 'One program with its accreditation history and outcomes over time',
        description:
          'Programs of any accreditation status are returned here. The ETag is the program’s own version. With `Accept: application/ld+json` the program is answered as a schema.org `EducationalOccupationalProgram` (provider with address and geo, mode, time to complete, credits, tuition offers, credential, occupations by SOC code, BLS median salary); a media type it cannot give is a 406.',
        security: [],
        params: idOrSlugParams,
        response: {
          200: {
            description: 'The program with its accreditation history and every outcome by cohort year',
            content: {
              'application/json': { schema: programDetailSchema },
              'application/ld+json': { schema: programJsonLdSchema },
            },
          },
          ...problemResponses('invalid_parameter', 'not_found', 'not_acceptable'),
        },
      },
    },
    async (request, reply) => {
      const mediaType = programMediaType(request.headers.accept);
      const { program, version } = await getProgramDetail(request.server.db.read(), request.params.id_or_slug);
      if (mediaType === 'application/ld+json') {
        reply.header('etag', programEtag(version, 'ld')).type('application/ld+json; charset=utf-8');
        // Sent as text: the typed reply describes the JSON record, not this representation.
        const document = JSON.stringify(programJsonLd(program, programUrl(request, program.slug)));
        return reply.send(document as unknown as typeof program);
      }
      reply.header('etag', programEtag(version));
      return program;
    },
  );
};
