import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { httpCache } from './plugins/http-cache.js';
import { openapi } from './plugins/openapi.js';
import { problemDetails } from './plugins/problem-details.js';
import { healthRoutes } from './routes/health.js';
import { institutionRoutes } from './routes/institutions.js';
import { programRoutes } from './routes/programs.js';
import { vocabularyRoutes } from './routes/vocabularies.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    config: Config;
  }
}

export interface AppDependencies {
  config: Config;
  database: Database;
}

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
    requestTimeout: 30_000,
    connectionTimeout: 60_000,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', database);
  app.decorate('config', config);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(problemDetails);
  await app.register(httpCache, { maxAge: config.CACHE_MAX_AGE });
  await app.register(openapi);

  await app.register(healthRoutes);
  await app.register(
    async (v1) => {
      await v1.register(programRoutes);
      await v1.register(institutionRoutes);
      await v1.register(vocabularyRoutes);
    },
    { prefix: '/v1' },
  );
  return app;
}
