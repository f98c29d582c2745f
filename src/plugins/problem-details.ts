import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, type ErrorCode, errorCatalog, type ProblemItem, problemType } from '../errors.js';

type Location = ProblemItem['in'];

const locations: Record<string, Location> = { querystring: 'query', params: 'path', headers: 'header', body: 'body' };

interface ValidationIssue {
  instancePath: string;
  message?: string;
  keyword?: string;
  params?: { keys?: string[] };
}

/** One problem item per offending parameter or field; unknown parameters are named one by one. */
function validationItems(where: Location, issues: ValidationIssue[]): ProblemItem[] {
  return issues.flatMap((issue) => {
    const path = issue.instancePath.split('/').filter(Boolean);
    const name = where === 'body' ? path.join('.') || '(body)' : (path[0] ?? '(unknown)');
    if (issue.keyword === 'unrecognized_keys' && issue.params?.keys) {
      const prefix = where === 'body' && path.length > 0 ? `${path.join('.')}.` : '';
      return issue.params.keys.map((key) => ({
        in: where,
        name: `${prefix}${key}`,
        message: where === 'query' ? 'is not a known parameter' : 'is not a known field',
      }));
    }
    return [{ in: where, name, message: issue.message ?? 'is invalid' }];
  });
}

/** The error a thrown value stands for, in the catalog's terms; anything unexpected is a 500 without details. */
function toAppError(error: FastifyError & { code?: string }): AppError {
  if (error instanceof AppError) return error;
  if (error.validation) {
    const where = locations[error.validationContext ?? 'querystring'] ?? 'query';
    const items = validationItems(where, error.validation as ValidationIssue[]);
    const code: ErrorCode = where === 'body' ? 'invalid_body' : 'invalid_parameter';
    return new AppError(code, items.map((item) => `${item.name} ${item.message}`).join('; '), items);
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large', 'The request body is larger than the limit');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError(
        'unsupported_media_type',
        'The request body has a content type this endpoint does not accept',
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('invalid_body', 'The request body is empty', [
        { in: 'body', name: '(body)', message: 'is empty' },
      ]);
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('invalid_body', 'The request body is not valid JSON', [
        { in: 'body', name: '(body)', message: 'is not valid JSON' },
      ]);
  }
  if (error.statusCode === 400 && error.code?.startsWith('FST_')) {
    return new AppError('invalid_body', 'The request could not be read');
  }
  return databaseError(error) ?? new AppError('internal_error', 'An unexpected error occurred; it has been logged');
}

/** PostgreSQL failures a client can act on; their own texts (SQL, constraint names) never reach the client. */
function databaseError(error: { code?: string; message?: string }): AppError | undefined {
  const unavailable = () =>
    new AppError('unavailable', 'The database is not available; try again shortly', undefined, undefined, {
      'retry-after': '5',
    });
  if (error.code === '23505') return new AppError('conflict', 'A record with the same unique key already exists');
  if (error.code === '57014' || error.code === '57P01' || error.code === '57P03' || error.code === '53300')
    return unavailable();
  if (error.code === 'ECONNREFUSED' || error.code === 'ECONNRESET' || error.code === 'ETIMEDOUT') return unavailable();
  if (
    error.message?.includes('timeout exceeded when trying to connect') ||
    error.message?.includes('Connection terminated')
  ) {
    return unavailable();
  }
  return undefined;
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  const problem = {
    type: problemType(error.code),
    title: errorCatalog[error.code].title,
    status: error.status,
    code: error.code,
    detail: error.detail,
    instance: request.url,
    ...(error.errors ? { errors: error.errors } : {}),
    ...error.extra,
  };
  if (error.status === 401) reply.header('www-authenticate', 'Bearer');
  for (const [name, value] of Object.entries(error.headers ?? {})) reply.header(name, value);
  return reply
    .code(error.status)
    .type('application/problem+json; charset=utf-8')
    .serializer(JSON.stringify)
    .send(problem);
}

/** Renders every error, 404s included, as RFC 9457 problem details. */
export const problemDetails = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const appError = toAppError(error);
      if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
      return sendProblem(request, reply, appError);
    });
    app.setNotFoundHandler((request, reply) =>
      sendProblem(
        request,
        reply,
        new AppError('not_found', `No endpoint answers ${request.method} ${request.url.split('?')[0]}`),
      ),
    );
  },
  { name: 'problem-details' },
);
