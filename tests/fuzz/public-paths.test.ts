import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.js';
import { formatViolations, takeResponseViolations } from '../helpers/openapi-validator.js';
import {
  fuzzParameters,
  fuzzRuns,
  fuzzTimeout,
  hostileConstants,
  isMalformed,
  type Operation,
  operationsOf,
  type ProblemBody,
  rawEncode,
} from './fuzz-support.js';

/**
 * Path parameters of every public operation, and paths no route has, fuzzed: never a 5xx;
 * a refusal is a problem document naming the path parameter (400 for a malformed or
 * oversized value, 404 for one that names nothing).
 */

const t = await createTestApp();
afterAll(() => t.close());

const operations = operationsOf(t.app).filter(
  (operation) => operation.isPublic && operation.method === 'GET' && operation.parameters.some((p) => p.in === 'path'),
);
const allPaths = operationsOf(t.app).map((operation) => operation.path);

/** Literal siblings of a parameter segment (`/v1/programs/export` beside `/v1/programs/{id}`): those are other routes. */
function siblings(path: string, index: number): Set<string> {
  const prefix = path.split('/').slice(0, index).join('/');
  return new Set(
    allPaths
      .map((other) => other.split('/'))
      .filter((segments) => segments.slice(0, index).join('/') === prefix)
      .map((segments) => segments[index] ?? '')
      .filter((segment) => !segment.startsWith('{')),
  );
}

const segment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...hostileConstants.filter(Boolean)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      // Dot segments are left out: clients (and inject) resolve them before sending, as RFC 3986 says.
      '%2F',
      'a%2Fb',
      ';',
      'a;b=1',
      '~',
      '0',
      '00000000-0000-0000-0000-000000000000',
      'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
      'x'.repeat(200),
      'x'.repeat(201),
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).map(rawEncode) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 12_000 }).map((length) => 'y'.repeat(length)) },
);

function decoded(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

async function checkPath(operation: Operation, name: string, raw: string, url: string) {
  const response = await t.app.inject({ method: 'GET', url });
  const shown = url.length > 300 ? `${url.slice(0, 300)}…(${url.length} chars)` : url;
  const violations = takeResponseViolations();
  expect(violations, formatViolations(violations)).toEqual([]);
  expect(response.statusCode, `${shown} answered ${response.statusCode}: ${response.body.slice(0, 300)}`).toBeLessThan(
    500,
  );
  const value = decoded(raw);
  if (isMalformed(raw) || value === undefined || value.includes('\u0000') || raw.length > 200) {
    expect(response.statusCode, `${shown} must be refused`).toBe(400);
  }
  if (response.statusCode < 400) return;
  expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  const problem = response.json() as ProblemBody;
  expect(problem.status).toBe(response.statusCode);
  expect(problem.errors, `${shown}: ${operation.operationId} names its path parameter`).toContainEqual(
    expect.objectContaining({ in: 'path', name }),
  );
}

describe.each(operations.map((operation) => [operation.operationId, operation] as const))('%s', (id, operation) => {
  const runs = fuzzRuns(60);
  it(
    'refuses any hostile path parameter by name, never with a 5xx',
    async () => {
      const segments = operation.path.split('/');
      const index = segments.findIndex((part) => part.startsWith('{'));
      const name = (segments[index] ?? '').slice(1, -1);
      const taken = siblings(operation.path, index);
      await fc.assert(
        fc.asyncProperty(
          segment.filter((raw) => !taken.has(decoded(raw) ?? raw) && raw !== '.' && raw !== '..'),
          (raw) => {
            const parts = [...segments];
            parts[index] = raw;
            // Other path parameters, if any, get a harmless value.
            const url = parts.map((part) => (part.startsWith('{') ? 'unknown' : part)).join('/');
            return checkPath(operation, name, raw, url);
          },
        ),
        fuzzParameters(`${id} path`, 60),
      );
    },
    fuzzTimeout(runs),
  );
});

describe('paths no route has', () => {
  const runs = fuzzRuns(60);
  it(
    'are a 404 problem (or a 400 when malformed), never a 5xx',
    async () => {
      const paths = new Set(allPaths);
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('', '/v1', '/v1/programs/x', '/v2', '/docs/x', '/openapi.json/x'),
          fc.array(segment, { minLength: 1, maxLength: 3 }),
          async (prefix, parts) => {
            const url = `${prefix}/${parts.join('/')}`;
            if (paths.has(decoded(url) ?? url)) return;
            const response = await t.app.inject({ method: 'GET', url });
            const violations = takeResponseViolations();
            expect(violations, formatViolations(violations)).toEqual([]);
            expect(response.statusCode, url.slice(0, 300)).toBeLessThan(500);
            if (response.statusCode >= 400) {
              expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
              expect((response.json() as ProblemBody).status).toBe(response.statusCode);
            }
          },
        ),
        fuzzParameters('unknown paths', 60),
      );
    },
    fuzzTimeout(runs),
  );
});
