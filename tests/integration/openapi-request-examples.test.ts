import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, getJson, type TestApp } from '../helpers/app.js';

/**
 * The request bodies the document shows (Swagger UI pre-fills them for "Try it out") are accepted by
 * the service as they stand, on the sample data, with the parameters' own examples.
 */

const ADMIN_KEY = 'test-admin-key-0123456789abcdef-examples';
const auth = { authorization: `Bearer ${ADMIN_KEY}` };

// biome-ignore lint/suspicious/noExplicitAny: the document is read as loosely typed JSON
type Json = Record<string, any>;
let t: TestApp;
let app: FastifyInstance;
let document: Json;

beforeAll(async () => {
  t = await createTestApp({ config: { ADMIN_API_KEY: ADMIN_KEY } });
  app = t.app;
  document = (await getJson(app, '/openapi.json')).body;
});
afterAll(() => t?.close());

/** The example of a media type: its own, or its schema's (a component's), as Swagger UI takes it. */
function bodyExample(path: string, method: string, media: string): unknown {
  const content = document.paths[path][method].requestBody.content[media];
  if (content.example !== undefined) return content.example;
  const schema = content.schema.$ref ? resolve(content.schema.$ref) : content.schema;
  if (schema.example !== undefined) return schema.example;
  if (schema.type === 'array' && schema.items?.$ref) return [resolve(schema.items.$ref).example];
  throw new Error(`no example for ${method} ${path} ${media}`);
}

const resolve = (ref: string): Json => document.components.schemas[ref.split('/').pop() as string];

/** The path with its path parameters' examples, and the header parameters' examples. */
function exampleTarget(path: string, method: string): { url: string; headers: Record<string, string> } {
  let url = path;
  const headers: Record<string, string> = {};
  for (const parameter of document.paths[path][method].parameters ?? []) {
    const example = parameter.schema?.example;
    if (example === undefined) continue;
    if (parameter.in === 'path') url = url.replace(`{${parameter.name}}`, encodeURIComponent(String(example)));
    if (parameter.in === 'header') headers[parameter.name] = String(example);
  }
  return { url, headers };
}

async function send(path: string, method: 'post' | 'patch', media: string, query = '') {
  const { url, headers } = exampleTarget(path, method);
  const example = bodyExample(path, method, media);
  return app.inject({
    method: method.toUpperCase() as 'POST',
    url: `${url}${query}`,
    headers: { ...auth, ...headers, 'content-type': media },
    payload: typeof example === 'string' ? example : JSON.stringify(example),
  });
}

describe('request-body examples', () => {
  it('create a program, with its institution inline', async () => {
    const response = await send('/v1/programs', 'post', 'application/json');
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().institution.name).toBe('Morvane Technical College');
  });

  it('change the example program with a merge patch, If-Match being its example too', async () => {
    for (const media of ['application/merge-patch+json', 'application/json']) {
      const response = await send('/v1/programs/{id_or_slug}', 'patch', media);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().tuition.in_state_usd).toBe(9200);
    }
  });

  it('record an accreditation action', async () => {
    const response = await send('/v1/programs/{id_or_slug}/accreditation-actions', 'post', 'application/json');
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().accreditation.history[0].action).toBe('progress_report_required');
  });

  it('import, as CSV and as JSON rows', async () => {
    const csv = await send('/v1/imports', 'post', 'text/csv', '?dry_run=true');
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.json()).toMatchObject({ rows: 1, created: 1, errors: [] });
    const json = await send('/v1/imports', 'post', 'application/json', '?dry_run=true');
    expect(json.statusCode, json.body).toBe(200);
    expect(json.json()).toMatchObject({ rows: 1, created: 1, errors: [] });
  });
});
