import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idOrSlugParams } from '../schemas/common.js';
import { programDetailSchema } from '../schemas/program.js';
import { accreditationActionWriteSchema, programPatchSchema, programWriteSchema } from '../schemas/program-write.js';
import { jsonResponse, problemResponses } from '../schemas/responses.js';
import { addAccreditationAction, createProgram, deleteProgram, updateProgram } from '../services/program-writes.js';
import {
  acceptJsonBodies,
  adminSecurity,
  ifMatchRequired,
  patchBodyValidator,
  writeBodyValidator,
} from './admin-http.js';

const location = (id: string) => `/v1/programs/${id}`;
const ifMatchHeader = z.object({
  'if-match': z.string().optional().meta({ description: 'The ETag of the program as read (GET, POST or PATCH)' }),
});

const ifMatchOnPatch = ifMatchRequired('program');

export const adminProgramRoutes: FastifyPluginAsyncZod = async (app) => {
  acceptJsonBodies(app);

  app.post(
    '/programs',
    {
      validatorCompiler: writeBodyValidator,
      schema: {
        operationId: 'createProgram',
        tags: ['Admin'],
        summary: 'Add a program',
        description:
          'The institution is given by `institution_id`, or inline and matched by name, campus, city and state (created when none matches). Answers 201 with the program, its `Location` and `ETag`.',
        security: adminSecurity,
        body: programWriteSchema,
        response: {
          201: jsonResponse('Created: the program', programDetailSchema),
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
      const { program, etag } = await createProgram(request.server.db.primary, request.body, {
        actor: request.actor,
      });
      reply.code(201).header('location', location(program.id)).header('etag', etag);
      return program;
    },
  );

  app.patch(
    '/programs/:id_or_slug',
    {
      validatorCompiler: patchBodyValidator,
      preValidation: ifMatchOnPatch.preValidation,
      schema: {
        operationId: 'updateProgram',
        tags: ['Admin'],
        summary: 'Change a program (JSON merge patch)',
        description:
          'RFC 7396: send only what changes; `null` removes a value. `If-Match` with the program’s ETag is required: 428 without it, 412 when the program changed since it was read. Answers the new record and its ETag.',
        security: adminSecurity,
        consumes: ['application/merge-patch+json', 'application/json'],
        params: idOrSlugParams,
        headers: ifMatchOnPatch.headers,
        body: programPatchSchema,
        response: {
          200: jsonResponse('The program as changed', programDetailSchema),
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
      const { program, etag } = await updateProgram(
        request.server.db.primary,
        request.params.id_or_slug,
        request.body as Record<string, unknown>,
        { actor: request.actor, ifMatch },
      );
      reply.header('etag', etag);
      return program;
    },
  );

  app.delete(
    '/programs/:id_or_slug',
    {
      schema: {
        operationId: 'deleteProgram',
        tags: ['Admin'],
        summary: 'Delete a program',
        description:
          'With its outcomes and accreditation history; the change feed records the deletion. `If-Match` is optional (412 when stale).',
        security: adminSecurity,
        params: idOrSlugParams,
        headers: ifMatchHeader,
        response: {
          204: z.null().meta({ description: 'Deleted; no body' }),
          ...problemResponses('unauthorized', 'not_found', 'precondition_failed'),
        },
      },
    },
    async (request, reply) => {
      await deleteProgram(request.server.db.primary, request.params.id_or_slug, {
        actor: request.actor,
        ifMatch: request.headers['if-match'],
      });
      // No body at all: the schema's null only says so to OpenAPI.
      return reply.code(204).send(undefined as never);
    },
  );

  app.post(
    '/programs/:id_or_slug/accreditation-actions',
    {
      validatorCompiler: writeBodyValidator,
      schema: {
        operationId: 'addAccreditationAction',
        tags: ['Admin'],
        summary: 'Record an accreditation action',
        description:
          'Appends the action to the program’s history and, when `status` is given, moves the program to that status as of the action’s `date`, in one transaction. Answers 201 with the program and its new ETag. `If-Match` is optional (412 when stale).',
        security: adminSecurity,
        params: idOrSlugParams,
        headers: ifMatchHeader,
        body: accreditationActionWriteSchema,
        response: {
          201: jsonResponse('Recorded: the program with its new history', programDetailSchema),
          ...problemResponses(
            'invalid_body',
            'unauthorized',
            'not_found',
            'precondition_failed',
            'payload_too_large',
            'unsupported_media_type',
          ),
        },
      },
    },
    async (request, reply) => {
      const { program, etag } = await addAccreditationAction(
        request.server.db.primary,
        request.params.id_or_slug,
        request.body,
        { actor: request.actor, ifMatch: request.headers['if-match'] },
      );
      reply.code(201).header('location', location(program.id)).header('etag', etag);
      return program;
    },
  );
};
