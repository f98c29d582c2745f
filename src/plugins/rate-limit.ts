import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors.js';

/** Probes, scrapers and the documentation are never limited: an orchestrator must always reach them. */
export const isRateLimitExemptPath = (path: string) =>
  /^\/(healthz|readyz|metrics|openapi\.json|docs)(\/|$)/.test(path);

const isRateLimitExempt = (request: FastifyRequest) => isRateLimitExemptPath(request.routeOptions.url ?? '');

/**
 * RATE_LIMIT_MAX requests per minute per client address (from X-Forwarded-For only when
 * TRUST_PROXY is set, through Fastify's `request.ip`). Answers carry the IETF draft
 * RateLimit-Limit/-Remaining/-Reset headers; beyond the limit, a 429 problem with Retry-After.
 * Applies to the routes registered after it.
 */
export const rateLimiting = fp(
  async (app: FastifyInstance, options: { max: number }) => {
    await app.register(rateLimit, {
      max: options.max,
      timeWindow: 60_000,
      enableDraftSpec: true,
      allowList: isRateLimitExempt,
      errorResponseBuilder: (_request, context) => {
        const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
        return new AppError(
          'rate_limited',
          `More than ${context.max} requests a minute from this client; retry in ${seconds} s`,
          undefined,
          undefined,
          { 'retry-after': String(seconds) },
        );
      },
    });
  },
  { name: 'rate-limit' },
);
