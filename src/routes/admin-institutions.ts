import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idOrSlugParams } from '../schemas/common.js';
import { institutionDetailSchema } from '../schemas/institution.js';
import { institutionPatchSchema, institutionWriteSchema } from '../schemas/program-write.js';
import { jsonResponse, problemResponses } from '../schemas/responses.js';
import { createInstitution, deleteInstitution, updateInstitution } from '../services/institution-writes.js';
import {
  acceptJsonBodies,
  adminSecurity,
  ifMatchRequired,
  patchBodyValidator,
  writeBodyValidator,
} from './admin-http.js';

const ifMatchHeader = z.object({
  'if-match': z.string().optional().meta({ description: 'The ETag of the institution as answered by POST or PATCH' }),
});

const ifMatchOnPatch = ifMatchRequired('institution');

export const adminInstitutionRoutes: FastifyPluginAsyncZod = async (app) => {
  acceptJsonBodies(app);

  app.post(
    '/institutions',
    {
      validatorCompiler: writeBodyValidator,
      schema: {
        operationId: 'createInstitution',
        tags: ['Admin'],
        summary: 'Add an institution (campus)',
        description:
          'Answers 201 with the institution, its `Location` and `ETag`; 409 when one with the same name, campus, city and state exists.',
        security: adminSecurity,
        body: institutionWriteSchema,
        response: {
          201: jsonResponse('Created: the institution', institutionDetailSchema),
          ...problemResponses(
            'invalid_body',
            'unauthorized',
            'conflict',
            'payload_too_large',
            'unsupported_media_type',
          ),
        },
      },
    },
    async (request, reply) => {
      const { institution, etag } = await createInstitution(request.server.db.primary, request.body, {
        actor: request.actor,
      });
      reply.code(201).header('location', `/v1/institutions/${institution.id}`).header('etag', etag);
      return institution;
    },
  );

  app.patch(
    '/institutions/:id_or_slug',
    {
      validatorCompiler: patchBodyValidator,
      preValidation: ifMatchOnPatch.preValidation,
      schema: {
        operationId: 'updateInstitution',
        tags: ['Admin'],
        summary: 'Change an institution (JSON merge patch)',
        description:
          'RFC 7396, as for programs. `If-Match` with the institution’s ETag (as POST and PATCH answer it) is required: 428 without it, 412 when the institution or one of its programs changed since. Its programs change with it: their ETags move and the change feed lists them.',
        security: adminSecurity,
        consumes: ['application/merge-patch+json', 'application/json'],
        params: idOrSlugParams,
        headers: ifMatchOnPatch.headers,
        body: institutionPatchSchema,
        response: {
          200: jsonResponse('The institution as changed', institutionDetailSchema),
          ...problemResponses(
            'invalid_body',
            'unauthorized',
            'not_found',
            'conflict',
            'precondition_failed',
            'payload_too_large',
            'unsupported_media_type',
            'precondition_required',
          ),
        },
      },
    },
    async (request, reply) => {
      const ifMatch = request.headers['if-match'];
      const { institution, etag } = await updateInstitution(
        request.server.db.primary,
        request.params.id_or_slug,
        request.body as Record<string, unknown>,
        { actor: request.actor, ifMatch },
      );
      reply.header('etag', etag);
      return institution;
    },
  );

  app.delete(
    '/institutions/:id_or_slug',
    {
      schema: {
        operationId: 'deleteInstitution',
        tags: ['Admin'],
        summary: 'Delete an institution that has no programs',
        description: '409 while programs are listed at it. `If-Match` is optional (412 when stale).',
        security: adminSecurity,
        params: idOrSlugParams,
        headers: ifMatchHeader,
        response: {
          204: z.null().meta({ description: 'Deleted; no body' }),
          ...problemResponses('unauthorized', 'not_found', 'conflict', 'precondition_failed'),
        },
      },
    },
    async (request, reply) => {
      await deleteInstitution(request.server.db.primary, request.params.id_or_slug, {
        actor: request.actor,
        ifMatch: request.headers['if-match'],
      });
      // No body at all: the schema's null only says so to OpenAPI.
      return reply.code(204).send(undefined as never);
    },
  );
};
