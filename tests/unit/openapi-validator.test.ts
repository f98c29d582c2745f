import swagger from '@fastify/swagger';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  installResponseValidation,
  type OpenApiDocument,
  ResponseValidator,
  takeResponseViolations,
} from '../helpers/openapi-validator.js';

const problem = {
  type: 'object',
  properties: { type: { type: 'string' }, status: { type: 'integer' }, code: { type: 'string' } },
  required: ['type', 'status', 'code'],
};

const document: OpenApiDocument = {
  openapi: '3.1.0',
  components: {
    headers: { Location: { required: true } },
    schemas: {
      Problem: problem,
      Item: {
        type: 'object',
        properties: { id: { type: 'string', format: 'uuid' }, when: { type: ['string', 'null'], format: 'date' } },
        required: ['id', 'when'],
        additionalProperties: false,
        example: { id: '0b6f3f0e-6d0c-4a4e-9d55-1f3b1d9e2a10', when: null },
      },
      ItemList: {
        type: 'object',
        properties: { data: { type: 'array', items: { $ref: '#/components/schemas/Item' } } },
        required: ['data'],
      },
    },
  },
  paths: {
    '/items/{id}': {
      get: {
        operationId: 'getItem',
        responses: {
          '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } } },
          '404': { content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
        },
      },
      delete: { operationId: 'deleteItem', responses: { '204': {} } },
    },
    '/items': {
      get: {
        operationId: 'listItems',
        responses: {
          '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/ItemList' } } } },
        },
      },
      post: {
        operationId: 'createItem',
        responses: {
          '201': {
            headers: { Location: { $ref: '#/components/headers/Location' }, ETag: { required: false } },
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } },
          },
        },
      },
    },
  },
};

const validator = new ResponseValidator(document);
const item = { id: '0b6f3f0e-6d0c-4a4e-9d55-1f3b1d9e2a10', when: '2021-06-01' };
const get = (status: number, body: unknown, contentType = 'application/json; charset=utf-8') =>
  validator.validate({
    method: 'GET',
    url: '/items/x',
    path: '/items/{id}',
    status,
    contentType,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('the OpenAPI response validator', () => {
  it('accepts an answer the document describes', () => {
    expect(get(200, item)).toEqual([]);
    expect(
      get(404, { type: '/problems/not-found', status: 404, code: 'not_found' }, 'application/problem+json'),
    ).toEqual([]);
    expect(
      validator.validate({ method: 'DELETE', url: '/items/x', path: '/items/{id}', status: 204, body: '' }),
    ).toEqual([]);
  });

  it('refuses a status the operation does not declare', () => {
    expect(get(400, { type: '/problems/invalid-parameter', status: 400, code: 'invalid_parameter' })).toEqual([
      'status 400 is not declared for getItem (declared: 200, 404)',
    ]);
  });

  it('refuses properties the schema does not list, wrong types and bad formats', () => {
    expect(get(200, { ...item, extra: 1 })[0]).toContain('must NOT have additional properties (extra)');
    expect(get(200, { ...item, when: 5 })[0]).toContain('/when must be string,null');
    expect(get(200, { ...item, id: 'nope' })[0]).toContain('/id must match format "uuid"');
    expect(get(200, '{"id":')[0]).toBe('the application/json body is not JSON');
  });

  it('refuses a content type the operation does not declare, and a body where none is declared', () => {
    expect(get(200, item, 'text/plain')).toEqual(['status 200 of getItem is text/plain; declared: application/json']);
    expect(
      validator.validate({ method: 'DELETE', url: '/items/x', path: '/items/{id}', status: 204, body: 'x' }),
    ).toEqual(['status 204 of deleteItem declares no body, yet one was sent']);
  });

  it('allows 304 only as the answer to a conditional GET', () => {
    const notModified = { method: 'GET', url: '/items/x', path: '/items/{id}', status: 304, body: '' };
    expect(validator.validate({ ...notModified, conditional: true })).toEqual([]);
    expect(validator.validate(notModified)[0]).toContain('status 304 is not declared');
  });

  it('requires a problem document, with a type that belongs to its code, when no route answered', () => {
    const unrouted = { method: 'GET', url: '/nothing', status: 404 };
    expect(validator.validate({ ...unrouted, contentType: 'application/json', body: '{}' })).toEqual([
      'an unrouted 404 is application/json, not a problem',
    ]);
    const body = JSON.stringify({ type: '/problems/conflict', status: 404, code: 'not_found' });
    expect(validator.validate({ ...unrouted, contentType: 'application/problem+json', body })).toEqual([
      'problem type /problems/conflict does not belong to code not_found',
    ]);
  });

  it('requires the headers the document marks required, when it is given the headers sent', () => {
    const created = {
      method: 'POST',
      url: '/items',
      path: '/items',
      status: 201,
      contentType: 'application/json',
      body: JSON.stringify(item),
    };
    expect(validator.validate({ ...created, headers: { location: '/items/1' } })).toEqual([]);
    expect(validator.validate({ ...created, headers: { etag: '"x"' } })).toEqual([
      'the required header Location is missing',
    ]);
  });

  it('checks an answer to a request with `fields` against the document like any other', () => {
    const list = (url: string, data: unknown[]) =>
      validator.validate({
        method: 'GET',
        url,
        path: '/items',
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ data }),
      });
    // The document types these items whole: a narrowed answer it does not describe is a violation.
    const sparse = [{ id: item.id }];
    expect(list('/items?fields=id', sparse)[0]).toContain("must have required property 'when'");
    expect(list('/items', sparse)[0]).toContain("must have required property 'when'");
    expect(list('/items', [item])).toEqual([]);
  });

  it('names a route missing from the document', () => {
    expect(validator.validate({ method: 'POST', url: '/items/x', path: '/items/{id}', status: 200 })).toEqual([
      'POST /items/{id} is not in the OpenAPI document',
    ]);
  });

  it('records, when installed on an app, a body the response serializer would turn into a 500', async () => {
    const app = Fastify().withTypeProvider<ZodTypeProvider>();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    await app.register(swagger, {
      openapi: { openapi: '3.1.0', info: { title: 't', version: '1' } },
      transform: jsonSchemaTransform,
      transformObject: jsonSchemaTransformObject,
    });
    const schema = z.object({ count: z.int() });
    app.get('/good', { schema: { response: { 200: schema } } }, async () => ({ count: 1 }));
    app.get('/bad', { schema: { response: { 200: schema } } }, async () => ({ count: 'many' }) as never);
    // The serializer leaves out what the schema does not list; the client never sees it.
    app.get('/extra', { schema: { response: { 200: schema } } }, async () => ({ count: 2, internal: true }));
    installResponseValidation(app);
    await app.ready();

    expect((await app.inject('/good')).statusCode).toBe(200);
    expect((await app.inject('/extra')).body).toBe('{"count":2}');
    expect(takeResponseViolations()).toEqual([]);
    expect((await app.inject('/bad')).statusCode).toBe(500);
    const violations = takeResponseViolations();
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ request: 'GET /bad', status: 200 });
    expect(violations[0]?.problems[0]).toContain('/count must be integer');
    await app.close();
  });
});
