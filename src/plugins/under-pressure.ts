import { getHeapStatistics } from 'node:v8';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors.js';

export interface LoadSheddingOptions {
  /** Mean event loop delay (ms) over one sample above which requests are shed; 0 turns the check off. */
  maxEventLoopDelay?: number;
  /** V8 heap in use (bytes) above which requests are shed; 0 turns the check off. */
  maxHeapUsedBytes?: number;
  /** How often (ms) the process is measured. */
  sampleInterval?: number;
}

// Liveness answers while the process runs, busy or draining: an orchestrator that saw it fail would
// restart an instance that is merely loaded, or kill one before its requests in flight are done.
// Metrics are cheap and most needed exactly when the process is overloaded.
const exemptRoutes = new Set(['/healthz', '/metrics']);
const exempt = (request: FastifyRequest) => exemptRoutes.has(request.routeOptions.url ?? '');

const overloaded = () =>
  new AppError('unavailable', 'The service is overloaded; try again shortly', undefined, undefined, {
    'retry-after': '5',
  });

const draining = () =>
  new AppError('unavailable', 'The service is shutting down; try again', undefined, undefined, {
    'retry-after': '1',
    connection: 'close',
  });

/**
 * Answers 503 problem documents with Retry-After instead of queueing work the process cannot do:
 * when the event loop lags or the heap nears its limit (@fastify/under-pressure), and while the
 * server drains on shutdown (Fastify's own 503 on closing is plain JSON without Retry-After,
 * so app.ts turns it off and this plugin answers instead).
 */
export const loadShedding = fp(
  async (app: FastifyInstance, options: LoadSheddingOptions) => {
    let closing = false;
    app.addHook('preClose', async () => {
      closing = true;
    });
    app.addHook('onRequest', async (request) => {
      if (closing && !exempt(request)) throw draining();
    });

    await app.register(underPressure, {
      // A mean lag of a second means every request already waits a second before any work starts.
      maxEventLoopDelay: options.maxEventLoopDelay ?? 1_000,
      // Near V8's heap limit garbage collection takes over and the process ends in an out-of-memory
      // crash; refusing work at 90% keeps it answering. The limit follows --max-old-space-size.
      maxHeapUsedBytes: options.maxHeapUsedBytes ?? Math.floor(getHeapStatistics().heap_size_limit * 0.9),
      sampleInterval: options.sampleInterval ?? 1_000,
      pressureHandler: async (request) => {
        if (!exempt(request)) throw overloaded();
      },
    });
  },
  { name: 'load-shedding', dependencies: ['problem-details'] },
);
