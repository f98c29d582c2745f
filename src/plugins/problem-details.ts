import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import { AppError } from '../errors.js';
import { malformedQueryItems } from './problems/query-encoding.js';
import { sendProblem } from './problems/render.js';
import { toAppError } from './problems/thrown-errors.js';

export { clientErrorHandler, frameworkErrors } from './problems/framework-errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route leaves out query parameters it cannot read (not percent-encoded UTF-8) instead of refusing them. */
    lenientQuery?: boolean;
  }
}

/**
 * Every error answered as an RFC 9457 problem document, 404s and 405s included. The jobs live in
 * problems/: what a thrown error means (thrown-errors.ts), the rendering (render.ts), query strings
 * that are not percent-encoded UTF-8 (query-encoding.ts), and errors raised before routing or on
 * the raw socket (framework-errors.ts).
 */

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
    // Only routes that read their query string; the others (probes, the widget script) ignore it, and
    // a page for people (/embed) leaves out what it cannot read rather than refusing.
    app.addHook('preValidation', async (request) => {
      if (!request.routeOptions.schema?.querystring || request.routeOptions.config?.lenientQuery) return;
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
