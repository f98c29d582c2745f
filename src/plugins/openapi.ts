import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { type ErrorCode, errorCatalog, type ProblemItem, problemType } from '../errors.js';
import { exampleProgramDetail, schemaExamples } from '../schemas/examples.js';
import { isRateLimitExemptPath, rateLimitHeaderDocs } from './rate-limit.js';

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

interface MediaType {
  schema?: unknown;
  example?: unknown;
}
interface Response {
  description?: string;
  headers?: Record<string, unknown>;
  content?: Record<string, MediaType>;
}
interface Operation {
  parameters?: { name: string; in: string; schema?: { example?: unknown } }[];
  responses?: Record<string, Response>;
}
type Paths = Record<string, Record<string, Operation>>;

/** What each problem example says; `errors` only where the API names the culprit. */
const problemExamples: Record<ErrorCode, { detail: string; errors?: ProblemItem[] }> = {
  invalid_parameter: {
    detail: 'limit must be an integer from 1 to 100',
    errors: [{ in: 'query', name: 'limit', message: 'must be an integer from 1 to 100' }],
  },
  invalid_body: {
    detail: 'degree_level is not one of: associate, baccalaureate, master, certificate',
    errors: [
      { in: 'body', name: 'degree_level', message: 'is not one of: associate, baccalaureate, master, certificate' },
    ],
  },
  unauthorized: { detail: 'An API key is required: Authorization: Bearer <key>' },
  forbidden: { detail: 'This key may not do that' },
  not_found: {
    detail: 'Program was not found',
    errors: [{ in: 'path', name: 'id_or_slug', message: 'not found' }],
  },
  method_not_allowed: { detail: 'This endpoint does not answer that method' },
  not_acceptable: { detail: 'This endpoint answers application/json only' },
  request_timeout: { detail: 'The request was not received in time' },
  headers_too_large: { detail: 'The request line and headers exceed 16 KB' },
  conflict: { detail: 'A record with the same unique key already exists' },
  precondition_failed: { detail: 'The record changed since that ETag was issued; GET it again' },
  payload_too_large: { detail: 'The request body is larger than the limit' },
  unsupported_media_type: { detail: 'The request body has a content type this endpoint does not accept' },
  import_rejected: { detail: 'The import has errors; nothing was written' },
  precondition_required: { detail: 'If-Match with the current ETag is required' },
  rate_limited: { detail: 'More than 600 requests a minute from this client; retry in 42 s' },
  internal_error: { detail: 'An unexpected error occurred; it has been logged' },
  unavailable: { detail: 'The database is not available; try again shortly' },
};

const codeByTitle = new Map<string, ErrorCode>(
  Object.entries(errorCatalog).map(([code, { title }]) => [title, code as ErrorCode]),
);

const rateLimitHeaders = Object.fromEntries(
  Object.keys(rateLimitHeaderDocs).map((name) => [name, { $ref: `#/components/headers/${name}` }]),
);
const retryAfter = { 'Retry-After': { $ref: '#/components/headers/Retry-After' } };

/**
 * What the route schemas cannot say: response examples from the sample data, a problem example
 * per error code, the rate-limit headers (and no 429 where nothing is limited), and parameter
 * examples that differ between operations sharing a schema.
 */
function withExamplesAndHeaders(document: Document): Document {
  const paths = (document as { paths?: Paths }).paths ?? {};
  for (const [path, item] of Object.entries(paths)) {
    const limited = !isRateLimitExemptPath(path);
    for (const operation of Object.values(item)) {
      if (path.startsWith('/v1/institutions/')) {
        for (const parameter of operation.parameters ?? []) {
          if (parameter.name === 'id_or_slug' && parameter.schema) {
            parameter.schema.example = exampleProgramDetail.institution.slug;
          }
        }
      }
      const responses = operation.responses ?? {};
      if (!limited) delete responses['429'];
      for (const [status, response] of Object.entries(responses)) {
        if (limited && (status.startsWith('2') || status === '429')) {
          response.headers = { ...response.headers, ...rateLimitHeaders };
        }
        if (status === '429' || status === '503') response.headers = { ...response.headers, ...retryAfter };
        const problem = response.content?.['application/problem+json'];
        const code = codeByTitle.get(response.description?.split('; ')[0] ?? '');
        if (!problem || problem.example !== undefined || !code) continue;
        const { detail, errors } = problemExamples[code];
        problem.example = {
          type: problemType(code),
          title: errorCatalog[code].title,
          status: errorCatalog[code].status,
          code,
          detail: path.startsWith('/v1/institutions') ? detail.replace('Program', 'Institution') : detail,
          instance: path.replace(/\{[^}]+\}/g, 'no-such-record'),
          ...(errors ? { errors } : {}),
        };
      }
    }
  }
  const components = (document as { components?: { schemas?: Record<string, Record<string, unknown>> } }).components;
  for (const [name, example] of Object.entries(schemaExamples)) {
    const schema = components?.schemas?.[name];
    if (schema) schema.example = example;
  }
  return document;
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
          {
            name: 'Embedding',
            description: 'The `<program-finder>` web component and the same finder as a page for an `<iframe>`',
          },
        ],
        components: {
          securitySchemes: {
            apiKey: {
              type: 'http',
              scheme: 'bearer',
              description: 'An API key made with `npm run cli -- keys create`',
            },
          },
          headers: {
            ...rateLimitHeaderDocs,
            'Retry-After': {
              description: 'Seconds to wait before trying again',
              schema: { type: 'integer', example: 42 },
            },
          },
        },
      },
      transform: jsonSchemaTransform,
      transformObject: (document) => withExamplesAndHeaders(withoutUnusedSchemas(jsonSchemaTransformObject(document))),
    });
    await app.register(swaggerUi, {
      routePrefix: '/docs',
      uiConfig: { deepLinking: true, tryItOutEnabled: true, validatorUrl: null },
    });
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);
