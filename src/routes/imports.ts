import type { FastifyRequest } from 'fastify';
import type { FastifyRouteSchemaDef } from 'fastify/types/schema.js';
import { type FastifyPluginAsyncZod, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, problemSchema } from '../errors.js';
import { booleanParam } from '../schemas/common.js';
import { exampleImportCsv, exampleOccupationsCsv } from '../schemas/examples.js';
import { importProblemSchema, importReportSchema, importRowSchema } from '../schemas/import-row.js';
import { occupationImportReportSchema, occupationRowSchema } from '../schemas/occupation.js';
import { invalidBody } from '../schemas/program-write.js';
import { jsonResponse, problemResponses } from '../schemas/responses.js';
import { importOccupations } from '../services/import-occupations.js';
import { type ImportPayload, importPrograms } from '../services/import-programs.js';
import { settleImportedTables } from '../services/imported-tables.js';
import { adminSecurity } from './admin-http.js';

/** 10,000 rows of the import columns are about 6 MB of CSV and 12 MB of JSON; this leaves room. */
export const IMPORT_BODY_LIMIT = 32 * 1024 * 1024;

const importRejectedSchema = problemSchema
  .extend({ ...importReportSchema.shape, errors: z.array(importProblemSchema) })
  .meta({
    id: 'ImportRejected',
    description: 'A problem document (422) that also carries the import report; nothing was written',
  });

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A `charset` parameter other than UTF-8 (or its ASCII subset) cannot be read as the import expects. */
function charsetOf(contentType: string | undefined): string | undefined {
  return /;\s*charset="?([^";\s]+)"?/i.exec(contentType ?? '')?.[1]?.toLowerCase();
}

/**
 * The import checks the rows itself and reports every problem by row and column (422): the body
 * schemas describe a row for the document and do not refuse the request. Other parts validate as
 * everywhere else.
 */
function importValidator<S>(route: FastifyRouteSchemaDef<S>) {
  if (route.httpPart === 'body') return (data: unknown) => ({ value: data });
  return validatorCompiler(route as unknown as FastifyRouteSchemaDef<z.ZodType>);
}

const occupationImportRejectedSchema = problemSchema
  .extend({ ...occupationImportReportSchema.shape, errors: z.array(importProblemSchema) })
  .meta({
    id: 'OccupationImportRejected',
    description: 'A problem document (422) that also carries the occupations import report; nothing was written',
  });

const dryRunQuery = z.strictObject({
  dry_run: booleanParam.optional().meta({
    description: 'Validate, match and count, then roll back: the report of a real run, nothing written',
  }),
});

/** What an import answers: its report, or a 422 problem carrying the report with every problem; nothing written. */
function importResponses<R, P>(report: R, rejected: P) {
  return {
    200: report,
    ...problemResponses(
      'invalid_parameter',
      'invalid_body',
      'unauthorized',
      'payload_too_large',
      'unsupported_media_type',
    ),
    422: {
      description: 'Import rejected: the report and every problem; nothing was written',
      content: { 'application/problem+json': { schema: rejected } },
    },
  };
}

/** The body as an import reads it: CSV text, or a JSON array of rows. */
function importPayload(request: FastifyRequest): ImportPayload {
  const body = request.body;
  const csv = /^text\/csv\b/i.test(request.headers['content-type'] ?? '');
  if (!csv && !Array.isArray(body))
    throw invalidBody([{ in: 'body', name: '(body)', message: 'must be a JSON array of rows' }]);
  return csv ? { kind: 'csv', text: body as string } : { kind: 'json', rows: body as unknown[] };
}

/** A report with problems is a 422 problem that carries it: nothing was written. */
function rejectIfErrors<R extends { errors: readonly unknown[] }>(report: R): R {
  const count = report.errors.length;
  if (count === 0) return report;
  throw new AppError(
    'import_rejected',
    `The import has ${count} problem${count === 1 ? '' : 's'}; nothing was written`,
    undefined,
    report,
  );
}

export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  // Only CSV and JSON reach this route; anything else is a 415.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));
  app.addContentTypeParser('text/csv', { parseAs: 'buffer' }, (request, body, done) => {
    const charset = charsetOf(request.headers['content-type']);
    if (charset !== undefined && !['utf-8', 'utf8', 'us-ascii'].includes(charset)) {
      done(new AppError('unsupported_media_type', `The CSV must be UTF-8, not ${charset.slice(0, 40)}`), undefined);
      return;
    }
    try {
      done(null, utf8.decode(body as Buffer));
    } catch {
      done(
        new AppError('invalid_body', 'The CSV is not valid UTF-8', [
          { in: 'body', name: '(body)', message: 'is not valid UTF-8' },
        ]),
        undefined,
      );
    }
  });

  app.post(
    '/imports',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      validatorCompiler: importValidator,
      schema: {
        operationId: 'importPrograms',
        tags: ['Admin'],
        summary: 'Import programs from CSV or JSON: all rows or nothing',
        description: `\`text/csv\` with a header row, or \`application/json\`: an array of rows with the same keys (cells as CSV text, or typed). Rows match existing programs by \`cahiim_epc\`, else by institution name, campus, city, state, degree level, discipline and program name. Any problem: 422 with the report and every problem by row and column, and nothing written. Importing the same file again changes nothing. At most ${IMPORT_BODY_LIMIT / 1024 / 1024} MB.`,
        security: adminSecurity,

        querystring: dryRunQuery,
        body: {
          content: {
            'text/csv': {
              schema: z.string().meta({
                description: 'A header row naming the columns, then one row per program',
                example: exampleImportCsv,
              }),
            },
            'application/json': { schema: z.array(importRowSchema).meta({ description: 'One object per program' }) },
          },
        },
        response: importResponses(
          jsonResponse('The import report: rows read, created, updated and unchanged', importReportSchema),
          importRejectedSchema,
        ),
      },
    },
    async (request) => {
      const report = rejectIfErrors(
        await importPrograms(request.server.db.primary, importPayload(request), {
          dryRun: request.query.dry_run ?? false,
          actor: request.actor,
          source: 'import',
        }),
      );
      // The import has committed: a failure here costs speed, not data, and is not the client's problem.
      await settleImportedTables(request.server.db.primary, report).catch((error: unknown) => {
        request.log.warn({ err: error }, 'could not vacuum and analyze the imported tables');
      });
      return report;
    },
  );

  app.post(
    '/occupations/imports',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      validatorCompiler: importValidator,
      schema: {
        operationId: 'importOccupations',
        tags: ['Admin'],
        summary: 'Replace the occupations and their figures from CSV or JSON: all rows or nothing',
        description:
          'The columns of `seed/occupations.csv` (one row per occupation; lists `;`-separated in CSV), or a JSON array of rows with the same keys. The file replaces every occupation: one it no longer lists is removed. Each figure needs its reference period and source URL; wages are positive whole dollars, growth -100 to 1000 percent, CIP codes those of the catalogue. Programs whose careers change are rewritten in the same transaction (new version, change feed). Any problem: 422 with every problem by row and column, and nothing written.',
        security: adminSecurity,
        querystring: dryRunQuery,
        body: {
          content: {
            'text/csv': {
              schema: z.string().meta({
                description: 'A header row naming the columns, then one row per occupation',
                example: exampleOccupationsCsv,
              }),
            },
            'application/json': {
              schema: z.array(occupationRowSchema).meta({ description: 'One object per occupation' }),
            },
          },
        },
        response: importResponses(
          jsonResponse('The import report', occupationImportReportSchema),
          occupationImportRejectedSchema,
        ),
      },
    },
    async (request) =>
      rejectIfErrors(
        await importOccupations(request.server.db.primary, importPayload(request), {
          dryRun: request.query.dry_run ?? false,
          actor: request.actor,
        }),
      ),
  );
};
