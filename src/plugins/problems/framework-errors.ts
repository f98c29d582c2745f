import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { type ErrorCode, errorCatalog, invalidParameter, problemType } from '../../errors.js';
import { decodes, malformed } from './query-encoding.js';
import { sendProblem } from './render.js';
import { toAppError } from './thrown-errors.js';

/** Problems raised before any route runs: by Fastify's router, or by Node's HTTP parser on the raw socket. */

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
