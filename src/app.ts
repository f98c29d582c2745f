import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { type DataVersion, trackDataVersion } from './db/data-version.js';
import { apiKeyAuth } from './plugins/auth.js';
import { compression } from './plugins/compression.js';
import { corsPolicy } from './plugins/cors.js';
import { httpCache } from './plugins/http-cache.js';
import { metrics, metricsRoutes } from './plugins/metrics.js';
import { openapi } from './plugins/openapi.js';
import { clientErrorHandler, frameworkErrors, problemDetails } from './plugins/problem-details.js';
import { rateLimiting } from './plugins/rate-limit.js';
import { responseCache } from './plugins/response-cache.js';
import { responseSerializerCompiler } from './plugins/response-serializer.js';
import { securityHeaders } from './plugins/security-headers.js';
import { loadShedding } from './plugins/under-pressure.js';
import { webhooks } from './plugins/webhooks.js';
import { accreditationFeedRoutes } from './routes/accreditation-feed.js';
import { adminInstitutionRoutes } from './routes/admin-institutions.js';
import { adminProgramRoutes } from './routes/admin-programs.js';
import { adminChangeRoutes, changeRoutes } from './routes/changes.js';
import { embedRoutes } from './routes/embed.js';
import { healthRoutes } from './routes/health.js';
import { importRoutes } from './routes/imports.js';
import { institutionRoutes } from './routes/institutions.js';
import { occupationRoutes } from './routes/occupations.js';
import { problemRoutes } from './routes/problems.js';
import { programRoutes } from './routes/programs.js';
import { suggestRoutes } from './routes/suggest.js';
import { usMapRoutes } from './routes/us-map.js';
import { vocabularyRoutes } from './routes/vocabularies.js';
import { webhookRoutes } from './routes/webhooks.js';
import { parseQueryString } from './schemas/common.js';
import { keepSearchWords } from './services/search-text.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    config: Config;
    dataVersion: DataVersion;
  }
}

export interface AppDependencies {
  config: Config;
  database: Database;
}

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A client's request id is echoed when it is a sane token; otherwise one is made up. */
function requestId(request: { headers: Record<string, string | string[] | undefined> }): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
}

/** The whole service as a plugin tree; it listens nowhere (server.ts does), so tests inject requests. */
export async function buildApp({ config, database }: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.LOG_LEVEL, redact: ['req.headers.authorization'] },
    genReqId: requestId,
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 10 * 1024 * 1024,
    // Bounds on slow or silent clients: the whole request within 30 s, its headers within 15 s,
    // an idle socket closed after 60 s. Idle keep-alive lasts 72 s, longer than the 60 s idle timeout
    // of common load balancers, so the balancer (never this server) closes idle connections first
    // and never reuses one this server has just closed.
    requestTimeout: 30_000,
    connectionTimeout: 60_000,
    keepAliveTimeout: 72_000,
    http: { headersTimeout: 15_000 },
    // Requests arriving while the server drains get the load-shedding plugin's 503 problem with
    // Retry-After instead of Fastify's plain JSON one.
    return503OnClosing: false,
    // Building the OpenAPI document and Swagger UI takes seconds on a busy two-core machine; Fastify's
    // 10 s default would fail a start that is merely slow.
    pluginTimeout: 60_000,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200, querystringParser: parseQueryString },
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler);
  app.decorate('db', database);
  app.decorate('config', config);
  // The newest change seq, kept current on every instance by LISTEN/NOTIFY: it keys the response
  // cache and the ETags of public answers.
  const dataVersion = await trackDataVersion(database, { log: app.log });
  app.decorate('dataVersion', dataVersion);
  keepSearchWords(database, dataVersion.current);
  dataVersion.onChange((version) => keepSearchWords(database, version));
  app.addHook('onClose', async () => {
    await dataVersion.close();
  });
  // A write answered here is visible in this instance's next read, without waiting for its notification.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (!writeMethods.has(request.method) || reply.statusCode >= 400) return done(null, payload);
    void dataVersion.refresh().then(() => done(null, payload));
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(problemDetails);
  await app.register(metrics, { database, dataVersion });
  // With the embedded database (PGlite runs its queries on this very event loop) a long import shows
  // up as event-loop lag while being ordinary work, so shedding by lag is for PostgreSQL only.
  await app.register(loadShedding, {
    maxEventLoopDelay: database.kind === 'pglite' ? 0 : config.SHED_EVENT_LOOP_DELAY_MS,
  });
  await app.register(corsPolicy, { origins: config.CORS_ORIGINS });
  await app.register(securityHeaders);
  await app.register(rateLimiting, {
    max: config.RATE_LIMIT_MAX,
    redisUrl: config.REDIS_URL,
    keyPrefix: config.REDIS_KEY_PREFIX,
  });
  await app.register(httpCache, { maxAge: config.CACHE_MAX_AGE, dataVersion });
  // After http-cache, whose onSend sets the ETag and Cache-Control that an entry keeps.
  await app.register(responseCache, { size: config.RESPONSE_CACHE_SIZE, dataVersion });
  // Before the routes (it hooks each one as it is declared); its hook runs after every app-level one.
  await app.register(compression);
  await app.register(openapi);
  // Webhook deliveries run beside the requests, in every instance; writes only fill the outbox.
  await app.register(webhooks, { dataVersion });

  await app.register(healthRoutes);
  await app.register(metricsRoutes);
  await app.register(embedRoutes);
  await app.register(usMapRoutes);
  await app.register(problemRoutes);
  await app.register(
    async (v1) => {
      await v1.register(programRoutes);
      await v1.register(institutionRoutes);
      await v1.register(occupationRoutes);
      await v1.register(suggestRoutes);
      await v1.register(vocabularyRoutes);
      await v1.register(changeRoutes);
      await v1.register(accreditationFeedRoutes);
      // Admin: every route in this context needs an API key; registered here, the check stays off public routes.
      await v1.register(async (admin) => {
        await admin.register(apiKeyAuth);
        await admin.register(adminProgramRoutes);
        await admin.register(adminInstitutionRoutes);
        await admin.register(importRoutes);
        await admin.register(adminChangeRoutes);
        await admin.register(webhookRoutes);
      });
    },
    { prefix: '/v1' },
  );
  return app;
}
