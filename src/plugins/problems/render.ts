import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AppError, errorCatalog, problemType } from '../../errors.js';

/** Sends an error as an RFC 9457 problem document, with the headers its code calls for. */
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
