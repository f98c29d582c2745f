import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exampleInstitutionDetail,
  exampleInstitutionList,
  exampleProgramDetail,
  exampleProgramList,
} from '../../src/schemas/examples.js';
import { createTestApp, getJson, type TestApp } from '../helpers/app.js';

/**
 * The examples Swagger UI shows and pre-fills for "Try it out" are the sample data's own: the
 * parameter examples of an operation, sent as they are, find the program of the response examples.
 */

interface Parameter {
  name: string;
  in: string;
  description?: string;
  schema: { example?: unknown };
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  responses: Record<string, { content?: Record<string, { example?: { status?: number } }> }>;
}

let t: TestApp;
let operations: Map<string, { path: string; operation: Operation }>;

beforeAll(async () => {
  t = await createTestApp();
  const { body } = await getJson<{ paths: Record<string, Record<string, Operation>> }>(t.app, '/openapi.json');
  operations = new Map(
    Object.entries(body.paths).flatMap(([path, item]) =>
      Object.values(item).map((operation) => [operation.operationId, { path, operation }] as const),
    ),
  );
});
afterAll(() => t?.close());

/** The request Swagger UI sends when "Execute" is pressed without changing the pre-filled examples. */
function exampleRequest(operationId: string): string {
  const entry = operations.get(operationId);
  if (!entry) throw new Error(`no operation ${operationId}`);
  const query = new URLSearchParams();
  let path = entry.path;
  for (const { name, in: where, schema } of entry.operation.parameters ?? []) {
    if (schema.example === undefined) continue;
    if (where === 'path') path = path.replace(`{${name}}`, encodeURIComponent(String(schema.example)));
    else if (where === 'query') for (const value of [schema.example].flat()) query.append(name, String(value));
  }
  return query.size > 0 ? `${path}?${query}` : path;
}

/** A record without what the import assigns afresh (ids, timestamps). */
const stable = (value: unknown) =>
  JSON.parse(JSON.stringify(value, (key, field) => (key === 'id' || key === 'updated_at' ? undefined : field)));

describe('OpenAPI examples', () => {
  it('describes every public parameter and gives an example for each (a cursor and a field list have none to give)', () => {
    for (const operationId of ['listPrograms', 'getProgram', 'listInstitutions', 'getInstitution', 'getEmbedPage']) {
      for (const parameter of operations.get(operationId)?.operation.parameters ?? []) {
        const where = `${operationId} ${parameter.name}`;
        expect(parameter.description, where).toBeTruthy();
        if (parameter.name !== 'cursor' && parameter.name !== 'fields') {
          expect(parameter.schema.example, where).toBeDefined();
        }
      }
    }
  });

  it('finds the example program with the example search', async () => {
    const { status, body } = await getJson(t.app, exampleRequest('listPrograms'));
    expect(status).toBe(200);
    expect(stable(body.data)).toEqual(
      stable(exampleProgramList.data.map(({ score: _score, ...item }) => item)).map((item: object) => ({
        ...item,
        score: expect.any(Number),
      })),
    );
    expect(body.meta).toEqual(exampleProgramList.meta);
  });

  it('answers the example program, institution and institution search exactly as the response examples show', async () => {
    const program = await getJson(t.app, exampleRequest('getProgram'));
    expect(program.status).toBe(200);
    expect(stable(program.body)).toEqual(stable(exampleProgramDetail));

    const institution = await getJson(t.app, exampleRequest('getInstitution'));
    expect(institution.status).toBe(200);
    expect(stable(institution.body)).toEqual(stable(exampleInstitutionDetail));

    const institutions = await getJson(t.app, exampleRequest('listInstitutions'));
    expect(institutions.status).toBe(200);
    expect(stable(institutions.body.data)).toEqual(stable(exampleInstitutionList.data));
  });

  it('shows for each error response a problem example of that status', () => {
    let checked = 0;
    for (const { operation } of operations.values()) {
      for (const [code, response] of Object.entries(operation.responses)) {
        const example = response.content?.['application/problem+json']?.example;
        if (Number(code) < 400 || !example) continue;
        expect(example.status, `${operation.operationId} ${code}`).toBe(Number(code));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
