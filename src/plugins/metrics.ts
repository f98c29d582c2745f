import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { z } from 'zod';
import type { Database } from '../db/client.js';
import type { DataVersion } from '../db/data-version.js';

export interface AppMetrics {
  registry: Registry;
  /**
   * Times an import that runs outside a request (POST /v1/imports is timed by its request): call at its
   * start, and the returned function when it ends, with how it ended (`rejected`: problems in the data).
   */
  startImportTimer: () => (outcome: 'applied' | 'dry_run' | 'rejected' | 'failed') => void;
}

declare module 'fastify' {
  interface FastifyInstance {
    metrics: AppMetrics;
  }
}

export interface MetricsOptions {
  database: Database;
  dataVersion?: DataVersion;
}

/** An import runs within its request: the request's duration is the import's. */
const IMPORT_ROUTE = '/v1/imports';

/** How an import request ended; requests refused before importing (no key, wrong media type) are no import. */
function importOutcome(status: number, dryRun: boolean): 'applied' | 'dry_run' | 'rejected' | 'failed' | undefined {
  if (status === 200) return dryRun ? 'dry_run' : 'applied';
  if (status === 422) return 'rejected';
  return status >= 500 ? 'failed' : undefined;
}

/** Request latency buckets, seconds: from a cached answer (well under a millisecond) to a timeout. */
const latencyBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * Prometheus metrics at GET /metrics: requests and their latency by route pattern (never the raw URL,
 * which would make a series per query string) and status, database pool use, response cache hits and
 * misses, import durations, the data version and Node's own process metrics. One registry per app, so
 * several apps in one process (tests) do not collide.
 */
export const metrics = fp(
  async (app: FastifyInstance, options: MetricsOptions) => {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });

    const requests = new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status',
      labelNames: ['method', 'route', 'status'] as const,
      registers: [registry],
    });
    const duration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time from receiving a request to sending its answer, by method, route pattern and status',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: latencyBuckets,
      registers: [registry],
    });
    const imports = new Histogram({
      name: 'import_duration_seconds',
      help: 'Duration of program imports, by outcome (applied, dry_run, rejected, failed)',
      labelNames: ['outcome'] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
      registers: [registry],
    });
    new Gauge({
      name: 'db_pool_connections',
      help: 'Database pool connections by pool (primary, replica1, …) and state (total, idle, waiting clients)',
      labelNames: ['pool', 'state'] as const,
      registers: [registry],
      collect() {
        this.reset();
        options.database.poolStats().forEach((stats, index) => {
          const pool = index === 0 ? 'primary' : `replica${index}`;
          this.set({ pool, state: 'total' }, stats.total);
          this.set({ pool, state: 'idle' }, stats.idle);
          this.set({ pool, state: 'waiting' }, stats.waiting);
        });
      },
    });

    const cacheStats = () => (app.hasDecorator('responseCache') ? app.responseCache.stats() : undefined);
    new Counter({
      name: 'http_response_cache_hits_total',
      help: 'Public GET requests answered from the in-memory response cache',
      registers: [registry],
      collect() {
        this.reset();
        this.inc(cacheStats()?.hits ?? 0);
      },
    });
    new Counter({
      name: 'http_response_cache_misses_total',
      help: 'Cacheable public GET requests the response cache could not answer',
      registers: [registry],
      collect() {
        this.reset();
        this.inc(cacheStats()?.misses ?? 0);
      },
    });
    new Gauge({
      name: 'http_response_cache_hit_ratio',
      help: 'Hits / (hits + misses) of the response cache since start',
      registers: [registry],
      collect() {
        const stats = cacheStats();
        const lookups = (stats?.hits ?? 0) + (stats?.misses ?? 0);
        this.set(lookups === 0 ? 0 : (stats?.hits ?? 0) / lookups);
      },
    });
    new Gauge({
      name: 'http_response_cache_entries',
      help: 'Answers held by the response cache',
      registers: [registry],
      collect() {
        this.set(cacheStats()?.entries ?? 0);
      },
    });
    new Gauge({
      name: 'http_response_cache_bytes',
      help: 'Bytes of the answers held by the response cache',
      registers: [registry],
      collect() {
        this.set(cacheStats()?.bytes ?? 0);
      },
    });
    if (options.dataVersion) {
      const dataVersion = options.dataVersion;
      new Gauge({
        name: 'data_version',
        help: 'The newest change (changes.seq) this instance knows of; -1 while unknown',
        registers: [registry],
        collect() {
          this.set(dataVersion.current ?? -1);
        },
      });
    }

    app.decorate('metrics', {
      registry,
      startImportTimer: () => {
        const end = imports.startTimer();
        return (outcome) => {
          end({ outcome });
        };
      },
    } satisfies AppMetrics);

    // Label children are looked up once per method/route/status rather than on every request.
    const children = new Map<string, { count: Counter.Internal; time: Histogram.Internal<string> }>();
    app.addHook('onResponse', (request, reply, done) => {
      const route = request.routeOptions.url ?? '(unmatched)';
      const status = reply.statusCode;
      const key = `${request.method} ${status} ${route}`;
      let child = children.get(key);
      if (!child) {
        const labels = { method: request.method, route, status: String(status) };
        child = { count: requests.labels(labels), time: duration.labels(labels) };
        children.set(key, child);
      }
      child.count.inc();
      child.time.observe(reply.elapsedTime / 1000);
      if (route === IMPORT_ROUTE && request.method === 'POST') {
        const outcome = importOutcome(status, (request.query as { dry_run?: boolean } | undefined)?.dry_run === true);
        if (outcome) imports.observe({ outcome }, reply.elapsedTime / 1000);
      }
      done();
    });
  },
  { name: 'metrics' },
);

/** GET /metrics; registered with the other routes, after the OpenAPI plugin, so the document describes it. */
export const metricsRoutes = fp(
  async (app: FastifyInstance) => {
    const { registry } = app.metrics;
    app.get(
      '/metrics',
      {
        schema: {
          operationId: 'getMetrics',
          tags: ['Operations'],
          summary: 'Prometheus metrics',
          description:
            'Prometheus text exposition format: requests and latency histograms by route pattern and status, database pool use, response cache hits and misses, import durations, process metrics.',
          security: [],
          response: {
            200: {
              description: 'Metrics in the Prometheus text format',
              content: { 'text/plain': { schema: z.string() } },
            },
          },
        },
      },
      async (_request, reply) => {
        reply.type(registry.contentType);
        return registry.metrics();
      },
    );
  },
  { name: 'metrics-routes', dependencies: ['metrics'] },
);
