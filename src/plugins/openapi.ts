import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export const apiDescription = `Find and compare CAHIIM-accredited health information management (HIM) and health informatics
degree programs by accreditation status, internships (professional practice experience), career support and outcomes.

Public reads need no key. Admin endpoints take \`Authorization: Bearer <key>\`. Errors are RFC 9457 problem documents.`;

type Document = ReturnType<typeof jsonSchemaTransformObject>;
type WithComponents = { components?: { schemas?: Record<string, unknown> }; paths?: unknown };

/**
 * The type provider registers an input and an output variant of every named
 * schema; keep only those some path refers to, directly or through another schema.
 */
function withoutUnusedSchemas(transformed: Document): Document {
  const document = transformed as WithComponents;
  const schemas = document.components?.schemas ?? {};
  const used = new Set<string>();
  const visit = (value: unknown) => {
    const text = JSON.stringify(value);
    for (const [, name] of text.matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
      if (name && !used.has(name)) {
        used.add(name);
        visit(schemas[name]);
      }
    }
  };
  visit(document.paths);
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return { ...document, components: { ...document.components, schemas: kept } } as Document;
}

/** The OpenAPI 3.1 document, generated from the routes' zod schemas, at /openapi.json and in Swagger UI at /docs. */
export const openapi = fp(
  async (app: FastifyInstance) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: { title: 'HIM Program Finder API', version: '1.0.0', description: apiDescription },
        tags: [
          { name: 'Programs', description: 'Search, filter, compare and export programs' },
          { name: 'Institutions', description: 'Institutions and their campuses' },
          { name: 'Reference', description: 'Controlled vocabularies and the change feed' },
          { name: 'Admin', description: 'Writes and imports; need an API key' },
          { name: 'Operations', description: 'Health, readiness and metrics' },
        ],
        components: {
          securitySchemes: {
            apiKey: {
              type: 'http',
              scheme: 'bearer',
              description: 'An API key made with `npm run cli -- keys create`',
            },
          },
        },
      },
      transform: jsonSchemaTransform,
      transformObject: (document) => withoutUnusedSchemas(jsonSchemaTransformObject(document)),
    });
    await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { deepLinking: true, tryItOutEnabled: true } });
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);
