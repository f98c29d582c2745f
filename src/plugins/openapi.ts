import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { type ErrorCode, errorCatalog, type ProblemItem, problemType } from '../errors.js';
import { exampleProgramDetail, schemaExamples } from '../schemas/examples.js';
import { withHttpConventions } from './openapi-http.js';
import { webhookDocuments } from './openapi-webhooks.js';

export const apiDescription = `Find and compare CAHIIM-accredited health information management (HIM) and health informatics
degree programs by accreditation status, internships (professional practice experience), career support and outcomes.

Public reads need no key. Admin endpoints take \`Authorization: Bearer <key>\`.

- **Lists in query strings**: a multi-valued parameter takes a comma list (\`state=TX,OK\`), repetition
  (\`state=TX&state=OK\`) or the bracket form (\`state[]=TX&state[]=OK\`); all three mean the same. An unknown
  parameter is a 400.
- **Caching**: every GET answers with an \`ETag\`; send it back in \`If-None-Match\` and an unchanged answer is a 304
  without a body. Public reads carry \`Cache-Control: public, max-age=60\`.
- **Changes**: PATCH bodies are JSON merge patches (RFC 7396) and need \`If-Match\` with the record's \`ETag\`
  (428 without it, 412 when someone changed the record since).
- **Errors** are RFC 9457 problem documents (\`application/problem+json\`); each \`type\` is a link to a description
  of the problem (GET /problems/{slug}).`;

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

/**
 * What the route schemas cannot say: response examples from the sample data, a problem example
 * per error code, and parameter examples that differ between operations sharing a schema.
 */
function withExamples(document: Document): Document {
  const paths = (document as { paths?: Paths }).paths ?? {};
  for (const [path, item] of Object.entries(paths)) {
    for (const operation of Object.values(item)) {
      if (path.startsWith('/v1/institutions/')) {
        for (const parameter of operation.parameters ?? []) {
          if (parameter.name === 'id_or_slug' && parameter.schema) {
            parameter.schema.example = exampleProgramDetail.institution.slug;
          }
        }
      }
      for (const response of Object.values(operation.responses ?? {})) {
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

type Transform = typeof jsonSchemaTransform;
type MediaBodies = { content: Record<string, { schema: unknown }> };

const hasMediaBodies = (body: unknown): body is MediaBodies =>
  typeof body === 'object' && body !== null && 'content' in body;

/**
 * The type provider's transform, plus a body given per media type (`{ content: { type: { schema } } }`,
 * as Fastify validates it): each of its zod schemas converted as a body of its own.
 */
const transform: Transform = (input) => {
  const body = (input.schema as { body?: unknown } | undefined)?.body;
  if (!hasMediaBodies(body)) return jsonSchemaTransform(input);
  const { body: _, ...rest } = input.schema as Record<string, unknown>;
  const result = jsonSchemaTransform({ ...input, schema: rest });
  const bodyOf = (schema: unknown) =>
    (jsonSchemaTransform({ ...input, schema: { body: schema } }).schema as { body?: unknown }).body;
  const content = Object.fromEntries(
    Object.entries(body.content).map(([type, { schema }]) => [type, { schema: bodyOf(schema) }]),
  );
  return { ...result, schema: { ...result.schema, body: { content } } };
};

/** The OpenAPI 3.1 document, generated from the routes' zod schemas, at /openapi.json and in Swagger UI at /docs. */
export const openapi = fp(
  async (app: FastifyInstance) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: { title: 'HIM Program Finder API', version: '1.0.0', description: apiDescription },
        // Relative: the document describes the origin it is served from, wherever that is deployed.
        servers: [{ url: '/' }],
        tags: [
          { name: 'Programs', description: 'Search, filter, compare and export programs' },
          { name: 'Institutions', description: 'Institutions and their campuses' },
          {
            name: 'Careers',
            description: 'Occupations programs lead to, with BLS pay and job outlook and the NCES CIP–SOC crosswalk',
          },
          { name: 'Reference', description: 'Controlled vocabularies, the change feed and problem types' },
          { name: 'Admin', description: 'Writes and imports; need an API key' },
          {
            name: 'Webhooks',
            description:
              'Signed notifications (Standard Webhooks) of program and accreditation changes, sent to subscribed URLs; subscriptions need an API key',
          },
          { name: 'Operations', description: 'Health, readiness and metrics' },
          {
            name: 'Embedding',
            description: 'The `<program-finder>` web component and the same finder as a page for an `<iframe>`',
          },
        ],
        webhooks: webhookDocuments,
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
      transform,
      transformObject: (document) =>
        withHttpConventions(withExamples(withoutUnusedSchemas(jsonSchemaTransformObject(document)))),
    });
    await app.register(swaggerUi, {
      routePrefix: '/docs',
      uiConfig: { deepLinking: true, tryItOutEnabled: true, validatorUrl: null },
    });
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);
