import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rateLimitHeaderDocs } from '../../src/plugins/rate-limit.js';
import { createTestApp, getJson, type TestApp } from '../helpers/app.js';

/**
 * What a client generated from the document depends on: named responses, the headers and the 304
 * that HTTP adds, a required If-Match, narrowable unions, enums, and no bounds or patterns that
 * mean nothing. Checked on the document the service serves (openapi/openapi.json is generated from it).
 */

// biome-ignore lint/suspicious/noExplicitAny: the document is read as loosely typed JSON
type Json = Record<string, any>;
let t: TestApp;
let document: Json;

beforeAll(async () => {
  t = await createTestApp({ seed: false });
  document = (await getJson(t.app, '/openapi.json')).body;
});
afterAll(() => t?.close());

const operations = () =>
  Object.entries(document.paths as Record<string, Record<string, Json>>).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
  );

/** Every schema object in a part of the document, with where it is. */
function* schemas(node: unknown, at = ''): Generator<[string, Json]> {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) yield* schemas(item, `${at}/${index}`);
  } else if (typeof node === 'object' && node !== null) {
    yield [at, node as Json];
    for (const [key, value] of Object.entries(node)) yield* schemas(value, `${at}/${key}`);
  }
}

const headerNames = (response: Json) => Object.keys(response.headers ?? {});

describe('the OpenAPI document', () => {
  it('names its server relative to where it is served', () => {
    expect(document.servers).toEqual([{ url: '/' }]);
  });

  it('describes every response in words', () => {
    for (const { path, method, operation } of operations()) {
      for (const [status, response] of Object.entries(operation.responses as Record<string, Json>)) {
        expect(response.description, `${method} ${path} ${status}`).not.toMatch(/^(Default Response)?$/);
      }
    }
  });

  it('documents If-None-Match and the 304 on every GET, and the ETag of its answers', () => {
    for (const { path, method, operation } of operations().filter(({ method }) => method === 'get')) {
      const where = `${method} ${path}`;
      const parameter = operation.parameters.find((item: Json) => item.name === 'if-none-match');
      expect(parameter, where).toMatchObject({ in: 'header', required: false });
      expect(operation.responses['304'], where).toBeDefined();
      expect(operation.responses['304'].content, where).toBeUndefined();
      expect(headerNames(operation.responses['200']), where).toContain('ETag');
      expect(headerNames(operation.responses['304']), where).toContain('ETag');
    }
  });

  it('documents the headers every answer carries, and Location and ETag where a write makes a version', () => {
    for (const { path, method, operation } of operations()) {
      for (const [status, response] of Object.entries(operation.responses as Record<string, Json>)) {
        const where = `${method} ${path} ${status}`;
        expect(headerNames(response), where).toEqual(expect.arrayContaining(['X-Request-Id', 'Cache-Control']));
        if (status === '201') {
          expect(headerNames(response), where).toEqual(expect.arrayContaining(['Location', 'ETag']));
          expect(response.headers.ETag.required, where).toBe(true);
        }
        if (method === 'patch' && status === '200') expect(response.headers.ETag.required, where).toBe(true);
        if (status === '429' || status === '503') expect(headerNames(response), where).toContain('Retry-After');
        const limited = !/^\/(healthz|readyz|metrics)$/.test(path);
        if (status === '200') {
          for (const name of Object.keys(rateLimitHeaderDocs))
            expect(headerNames(response).includes(name), where).toBe(limited);
        }
      }
    }
    for (const name of ['X-Request-Id', 'Cache-Control', 'Location', 'Retry-After']) {
      expect(document.components.headers[name].required, name).toBe(true);
    }
  });

  it('requires If-Match on every PATCH', () => {
    const patches = operations().filter(({ method }) => method === 'patch');
    expect(patches.map(({ operation }) => operation.operationId).sort()).toEqual([
      'updateInstitution',
      'updateProgram',
      'updateWebhook',
    ]);
    for (const { operation } of patches) {
      expect(operation.parameters).toContainEqual(
        expect.objectContaining({ name: 'if-match', in: 'header', required: true }),
      );
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['412', '428']));
    }
  });

  it('says how a multi-valued query parameter may be written, brackets included', () => {
    const lists = operations().flatMap(({ operation }) =>
      (operation.parameters ?? []).filter(
        (parameter: Json) => parameter.in === 'query' && parameter.schema?.type === 'array',
      ),
    );
    expect(lists.length).toBeGreaterThan(10);
    for (const parameter of lists) {
      expect(parameter, parameter.name).toMatchObject({ style: 'form', explode: true });
      expect(parameter.description, parameter.name).toContain(`\`${parameter.name}[]=a&${parameter.name}[]=b\``);
    }
  });

  it('types a suggestion by its `type`, a union a client can narrow', () => {
    const { Suggestion, ProgramSuggestion, InstitutionSuggestion, CitySuggestion } = document.components.schemas;
    expect(Suggestion.discriminator.propertyName).toBe('type');
    expect(Suggestion.oneOf).toHaveLength(3);
    expect(ProgramSuggestion.properties).toMatchObject({ type: { const: 'program' }, state: { type: 'null' } });
    expect(InstitutionSuggestion.properties.type).toMatchObject({ const: 'institution' });
    expect(InstitutionSuggestion.properties.id).toMatchObject({ type: 'string', format: 'uuid' });
    expect(CitySuggestion.properties).toMatchObject({ type: { const: 'city' }, id: { type: 'null' } });
  });

  it('describes each media type of an import by a schema of its own: CSV text, or typed JSON rows', () => {
    const { content } = document.paths['/v1/imports'].post.requestBody;
    expect(content['text/csv'].schema.type).toBe('string');
    expect(content['application/json'].schema).toMatchObject({ type: 'array', items: { $ref: expect.any(String) } });
    const row = document.components.schemas[content['application/json'].schema.items.$ref.split('/').pop()];
    expect(row.additionalProperties).toBe(false);
    expect(row.required).toEqual(expect.arrayContaining(['institution_name', 'program_name', 'state']));
    expect(row.properties.state.enum).toContain('TX');
    expect(row.properties.graduation_rate.anyOf).toEqual([
      { type: 'number', minimum: 0, maximum: 100 },
      { type: 'string' },
      { type: 'null' },
    ]);
    expect(row.properties.career_services.anyOf[0]).toMatchObject({
      type: 'array',
      items: { enum: expect.any(Array) },
    });
  });

  it('types a list as whole programs, or with `fields` as items sure of their id only, told apart by `fields`', () => {
    const { ProgramListItem, ProgramFieldsItem, ProgramFieldsList, ProgramList, Program } = document.components.schemas;
    expect(ProgramListItem.required).toEqual(Program.required);
    expect(ProgramFieldsItem.required).toEqual(['id']);
    expect(Object.keys(ProgramFieldsItem.properties)).toEqual(Object.keys(ProgramListItem.properties));
    expect(ProgramFieldsList.required).toContain('fields');
    expect(ProgramList.properties.fields).toBeUndefined();
    const answer = document.paths['/v1/programs'].get.responses['200'].content['application/json'].schema;
    expect(answer.anyOf).toEqual([
      { $ref: '#/components/schemas/ProgramList' },
      { $ref: '#/components/schemas/ProgramFieldsList' },
    ]);
    const fields = document.paths['/v1/programs'].get.parameters.find((parameter: Json) => parameter.name === 'fields');
    expect(fields.description).toContain('ProgramFieldsList');
  });

  it('lists the sort orders a list answer can be in', () => {
    const { ProgramList, InstitutionList } = document.components.schemas;
    expect(ProgramList.properties.meta.properties.sort.enum).toEqual(
      expect.arrayContaining(['relevance', 'distance', 'name', '-tuition', '-updated_at']),
    );
    expect(InstitutionList.properties.meta.properties.sort.enum).toEqual(['name']);
  });

  it('has no string pattern on a schema of another type, and no bounds at the edge of the safe integers', () => {
    for (const [at, schema] of schemas(document)) {
      if (typeof schema.type === 'string' && schema.type !== 'string') expect(schema.pattern, at).toBeUndefined();
      expect(Math.abs(schema.minimum ?? 0), at).toBeLessThan(Number.MAX_SAFE_INTEGER);
      expect(Math.abs(schema.maximum ?? 0), at).toBeLessThan(Number.MAX_SAFE_INTEGER);
    }
  });

  it('documents the problem type pages the problems link to', () => {
    const operation = document.paths['/problems/{slug}'].get;
    expect(operation.operationId).toBe('getProblemType');
    expect(Object.keys(operation.responses['200'].content)).toEqual(['text/html']);
    const slugs = operation.parameters.find((parameter: Json) => parameter.name === 'slug').schema.enum;
    expect(slugs).toEqual(expect.arrayContaining(['invalid-parameter', 'method-not-allowed', 'precondition-required']));
    expect(document.components.schemas.Problem.properties.type.description).toContain('/problems/');
  });
});
