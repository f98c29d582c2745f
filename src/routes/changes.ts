import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  auditedChangeListSchema,
  auditedChangesQuerySchema,
  changeListSchema,
  changesQuerySchema,
} from '../schemas/changes.js';
import { jsonResponse, problemResponses } from '../schemas/responses.js';
import { readAuditedChanges, readChanges } from '../services/changes.js';
import { adminSecurity } from './admin-http.js';

/** The public change feed: what changed, not who changed it. */
export const changeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/changes',
    {
      config: { cache: 'public' },
      schema: {
        operationId: 'listChanges',
        tags: ['Reference'],
        summary: 'The change feed: programs created, updated and deleted, oldest first',
        description:
          'Sync instead of re-crawling: read from `since` (omitted: the beginning) and pass `meta.next_since` back as `since`. Every create, update, delete and import is recorded in the same transaction as the change.',
        security: [],
        querystring: changesQuerySchema,
        response: {
          200: jsonResponse('Changes after `since`, oldest first', changeListSchema),
          ...problemResponses('invalid_parameter'),
        },
      },
    },
    async (request) => readChanges(request.server.db.read(), request.query),
  );
};

/** The same feed for admins, with who made each change: the audit trail. */
export const adminChangeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/admin/changes',
    {
      schema: {
        operationId: 'listAuditedChanges',
        tags: ['Admin'],
        summary: 'The change feed with the actor of each change (audit trail)',
        description:
          'As GET /v1/changes, plus `actor`: the name of the API key that made the change (`admin` for ADMIN_API_KEY, `cli` and `seed` for the command line and the sample data). Filter by `program_id` for one program’s history.',
        security: adminSecurity,
        querystring: auditedChangesQuerySchema,
        response: {
          200: jsonResponse('Changes after `since`, oldest first, with their actors', auditedChangeListSchema),
          ...problemResponses('invalid_parameter', 'unauthorized'),
        },
      },
    },
    // From the primary: an audit read must not miss what was just written.
    async (request) => readAuditedChanges(request.server.db.primary, request.query),
  );
};
