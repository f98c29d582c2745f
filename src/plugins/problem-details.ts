import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import { AppError, type ErrorCode, errorCatalog, invalidParameter, type ProblemItem, problemType } from '../errors.js';

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

/** Error codes of a database that cannot answer now but may shortly: connection loss, shutdown, failover, limits. */
const transientSqlStates = new Set([
  '57014', // statement_timeout (or a cancelled query)
  '57P01', // admin_shutdown: the server terminated the connection
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or shutting down
  '53300', // too_many_connections
  '25006', // read_only_sql_transaction: a write reached a standby, as during a failover
  '40001', // serialization_failure: also a read on a replica cancelled by a conflict with replay
  '40P01', // deadlock_detected: the other transaction went through; retrying this one is safe
]);
const transientNetworkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// node-postgres reports these without a code: a full pool, a dropped socket, a connect timeout.
const transientMessages = [
  'timeout exceeded when trying to connect',
  'Connection terminated',
  'Client has encountered a connection error',
  'Client was closed and is not queryable',
  'Query read timeout',
];

/** The error itself and its causes: drizzle wraps every failed query in an error of its own. */
function* causes(error: unknown): Generator<{ code?: unknown; message?: unknown }> {
  let current = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    yield current as { code?: unknown; message?: unknown };
    current = (current as { cause?: unknown }).cause;
  }
}

/** PostgreSQL failures a client can act on; their own texts (SQL, constraint names) never reach the client. */
function databaseError(error: unknown): AppError | undefined {
  for (const { code, message } of causes(error)) {
    if (code === '23505') return new AppError('conflict', 'A record with the same unique key already exists');
    const transient =
      (typeof code === 'string' &&
        (transientSqlStates.has(code) || transientNetworkCodes.has(code) || code.startsWith('08'))) ||
      (typeof message === 'string' && transientMessages.some((text) => message.includes(text)));
    if (transient) {
      return new AppError('unavailable', 'The database is not available; try again shortly', undefined, undefined, {
        'retry-after': '5',
      });
    }
  }
  return undefined;
}

const decodes = (text: string) => {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
};

const malformed = 'is not valid percent-encoded UTF-8';

/**
 * Query parameters whose name or value is not percent-encoded UTF-8 (`%FF`, `%zz`, a lone
 * surrogate `%ED%A0%80`). The query parser passes such text on verbatim, so without this check
 * `q=%FF` would quietly search for the three characters "%FF".
 */
export function malformedQueryItems(url: string): ProblemItem[] {
  const start = url.indexOf('?');
  if (start < 0) return [];
  const names = new Set<string>();
  for (const pair of url.slice(start + 1).split('&')) {
    if (decodes(pair)) continue;
    // Named as the query parser names it (`+` is a space), or verbatim when the name itself is malformed.
    const rawName = (pair.split('=', 1)[0] ?? '').replaceAll('+', ' ');
    const name = decodes(rawName) ? decodeURIComponent(rawName) : rawName.slice(0, 100);
    names.add(name.length > 2 && name.endsWith('[]') ? name.slice(0, -2) : name);
  }
  return [...names].map((name) => ({ in: 'query', name, message: malformed }));
}

/** The route parameter behind a path segment the router refused (badly encoded or too long), when a route has one there. */
function refusedPathParameter(request: FastifyRequest, refused: (segment: string) => boolean): string {
  const [path = ''] = request.url.split('?');
  const marker = 'refused-segment';
  const probe = path
    .split('/')
    .map((segment) => (refused(segment) ? marker : segment))
    .join('/');
  const route = request.server.findRoute({ method: request.method as HTTPMethods, url: probe });
  const params = (route?.params ?? {}) as Record<string, string>;
  return Object.keys(params).find((name) => params[name] === marker) ?? '(path)';
}

/**
 * Errors Fastify raises before any route runs (Fastify's `frameworkErrors` option): without
 * this, a path such as `/v1/programs/%FF` is answered with Fastify's own JSON, not a problem.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  // No hook runs for these requests, so the headers every answer carries are set here.
  reply.header('x-request-id', request.id).header('cache-control', 'no-store');
  if (error.code === 'FST_ERR_BAD_URL') {
    const name = refusedPathParameter(request, (segment) => !decodes(segment));
    return sendProblem(request, reply, invalidParameter(name, malformed, 'path'));
  }
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    const limit = request.server.initialConfig.routerOptions?.maxParamLength ?? 100;
    const name = refusedPathParameter(request, (segment) => segment.length > limit);
    return sendProblem(request, reply, invalidParameter(name, `must be at most ${limit} characters`, 'path'));
  }
  const appError = toAppError(error);
  if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
  return sendProblem(request, reply, appError);
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

/**
 * Errors Node's HTTP parser meets before Fastify sees a request (Fastify's `clientErrorHandler`):
 * headers over 16 KB, a request that timed out, bytes that are not HTTP. The socket is all there is,
 * so the problem document is written on it directly.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Duplex) {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const code: ErrorCode =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 'headers_too_large'
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 'request_timeout'
        : 'invalid_parameter';
  const { status, title } = errorCatalog[code];
  const detail =
    code === 'headers_too_large'
      ? 'The request line and headers exceed 16 KB'
      : code === 'request_timeout'
        ? 'The request was not received in time'
        : 'The request is not valid HTTP';
  const body = JSON.stringify({ type: problemType(code), title, status, code, detail, instance: '' });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
  );
}

const routeMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * The methods some route answers at this path: a request no route took is a 405 when the path
 * is known (RFC 9110 §15.5.6), a 404 when nothing answers there. OPTIONS is left out: CORS
 * answers it on every path.
 */
function allowedMethods(request: FastifyRequest, path: string): string[] {
  return routeMethods.filter((method) => request.server.findRoute({ method, url: path }) !== null);
}

/** Renders every error, 404s and 405s included, as RFC 9457 problem details. */
export const problemDetails = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const appError = toAppError(error);
      if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
      return sendProblem(request, reply, appError);
    });
    // The contract refuses unknown query parameters on every /v1 endpoint, those that take none included.
    app.addHook('onRoute', (route) => {
      if (route.url.startsWith('/v1/') && !route.schema?.querystring) {
        route.schema = { ...route.schema, querystring: z.strictObject({}) };
      }
    });
    // Only routes that read their query string; the others (probes, the widget script) ignore it.
    app.addHook('preValidation', async (request) => {
      if (!request.routeOptions.schema?.querystring) return;
      const items = malformedQueryItems(request.url);
      if (items.length > 0) {
        throw new AppError('invalid_parameter', items.map((item) => `${item.name} ${item.message}`).join('; '), items);
      }
    });
    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? '/';
      const allowed = allowedMethods(request, path);
      if (allowed.length === 0) {
        return sendProblem(request, reply, new AppError('not_found', `No endpoint answers ${request.method} ${path}`));
      }
      const allow = allowed.join(', ');
      return sendProblem(
        request,
        reply,
        new AppError('method_not_allowed', `${path} answers ${allow}, not ${request.method}`, undefined, undefined, {
          allow,
        }),
      );
    });
  },
  { name: 'problem-details' },
);
