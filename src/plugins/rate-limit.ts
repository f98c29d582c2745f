import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Redis } from 'ioredis';
import { AppError } from '../errors.js';

/** Probes, scrapers and the documentation are never limited: an orchestrator must always reach them. */
export const isRateLimitExemptPath = (path: string) =>
  /^\/(healthz|readyz|metrics|openapi\.json|docs)(\/|$)/.test(path);

const isRateLimitExempt = (request: FastifyRequest) => isRateLimitExemptPath(request.routeOptions.url ?? '');

/** The one quota policy, by the name the RateLimit-Policy and RateLimit fields give it. */
export const RATE_LIMIT_POLICY = 'per-client';
const WINDOW_SECONDS = 60;

/**
 * The response fields of the IETF draft "RateLimit header fields for HTTP"
 * (draft-ietf-httpapi-ratelimit-headers-11), as the OpenAPI document describes them.
 */
export const rateLimitHeaderDocs = {
  'RateLimit-Policy': {
    description: `The quota policy (a Structured Fields list): \`q\` requests per \`w\` seconds for each client, e.g. \`"${RATE_LIMIT_POLICY}";q=600;w=60\``,
    schema: {
      type: 'string' as const,
      pattern: `^"${RATE_LIMIT_POLICY}";q=\\d+;w=\\d+$`,
      example: `"${RATE_LIMIT_POLICY}";q=600;w=60`,
    },
  },
  RateLimit: {
    description:
      'What is left of the quota: `r` requests remain, and the count starts again in `t` seconds, e.g. `"per-client";r=599;t=42`. Absent while the shared counter (Redis) cannot be reached.',
    schema: {
      type: 'string' as const,
      pattern: `^"${RATE_LIMIT_POLICY}";r=\\d+;t=\\d+$`,
      example: `"${RATE_LIMIT_POLICY}";r=599;t=42`,
    },
  },
};

export interface RateLimitOptions {
  /** Requests per minute per client. */
  max: number;
  /** Shared counts for every instance; without it each instance counts in its own memory. */
  redisUrl?: string;
  /** Put before the Redis keys. */
  keyPrefix: string;
}

/** A client for counting: fails at once rather than queueing or waiting when Redis is away. */
function redisClient(url: string): Redis {
  return new Redis(url, {
    // While disconnected, a count fails at once (the request goes through) instead of waiting in a queue.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    // A Redis that accepts connections but never answers: the count gives up after 1 s, and a
    // connection silent for 2 s is dropped and made again. (Redis answers in well under a millisecond;
    // the margin is for this process's own event-loop lag under load, which delays reading the answer.)
    commandTimeout: 1_000,
    socketTimeout: 2_000,
    connectTimeout: 2_000,
    // Reconnect within 2 s of Redis coming back, whatever the length of the outage.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
}

/**
 * RATE_LIMIT_MAX requests per minute per client address (from X-Forwarded-For only when
 * TRUST_PROXY is set, through Fastify's `request.ip`), counted by @fastify/rate-limit: in Redis
 * when REDIS_URL is set, so that every instance enforces one limit, else in this process's memory.
 * Answers carry the `RateLimit-Policy` and `RateLimit` fields of the current IETF draft; beyond the
 * limit, a 429 problem with Retry-After.
 *
 * When Redis cannot be reached the limit fails open: requests are answered without being counted
 * (and without the fields) rather than refused, a warning is logged once, and counting resumes as
 * soon as Redis answers again. Never a 500, never a wait beyond the 1 s command timeout.
 */
export const rateLimiting = fp(
  async (app: FastifyInstance, options: RateLimitOptions) => {
    const redis = options.redisUrl ? redisClient(options.redisUrl) : undefined;
    let storeAnswering = true;
    const storeFailed = (error: unknown) => {
      if (!storeAnswering) return;
      storeAnswering = false;
      app.log.warn(
        { err: error },
        'rate limits: Redis cannot be reached; requests are not rate limited until it answers again',
      );
    };
    const storeAnswered = () => {
      if (storeAnswering) return;
      storeAnswering = true;
      app.log.info('rate limits: Redis answers again; requests are counted again');
    };
    if (redis) {
      // ioredis prints errors nobody listens to; an outage is logged (once) where it matters, below.
      redis.on('error', storeFailed);
      app.addHook('onClose', async () => {
        redis.disconnect();
      });
      // Counting from the first request; a Redis that is down at start only delays it by 2 s.
      const ready = new AbortController();
      await Promise.race([
        once(redis, 'ready', { signal: ready.signal }),
        sleep(2_000, undefined, { signal: ready.signal }),
      ]).catch(() => {});
      ready.abort();
      if (redis.status !== 'ready') storeFailed(new Error(`Redis is ${redis.status}`));
    }

    // global: false: the plugin counts, this hook decides what the client sees.
    await app.register(rateLimit, {
      global: false,
      max: options.max,
      timeWindow: WINDOW_SECONDS * 1000,
      ...(redis ? { redis, nameSpace: `${options.keyPrefix}rate-limit:` } : {}),
    });
    const count = app.createRateLimit();
    const policy = `"${RATE_LIMIT_POLICY}";q=${options.max};w=${WINDOW_SECONDS}`;

    app.addHook('onRequest', async (request, reply) => {
      if (isRateLimitExempt(request)) return;
      let result: Awaited<ReturnType<typeof count>>;
      try {
        result = await count(request);
      } catch (error) {
        storeFailed(error);
        return;
      }
      storeAnswered();
      if (result.isAllowed) return;
      const seconds = Math.max(1, result.ttlInSeconds);
      reply.header('ratelimit-policy', policy);
      reply.header('ratelimit', `"${RATE_LIMIT_POLICY}";r=${result.remaining};t=${seconds}`);
      if (!result.isExceeded) return;
      throw new AppError(
        'rate_limited',
        `More than ${result.max} requests a minute from this client; retry in ${seconds} s`,
        undefined,
        // The draft's problem member naming the policies the request went beyond.
        { 'violated-policies': [RATE_LIMIT_POLICY] },
        { 'retry-after': String(seconds) },
      );
    });
  },
  { name: 'rate-limit', dependencies: ['problem-details'] },
);
