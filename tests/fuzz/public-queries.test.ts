import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.js';
import { formatViolations, takeResponseViolations } from '../helpers/openapi-validator.js';
import {
  decodedName,
  fuzzParameters,
  fuzzRuns,
  fuzzTimeout,
  hostileRaw,
  isMalformed,
  numericJunk,
  type Operation,
  operationsOf,
  type Parameter,
  type ProblemBody,
  unknownNames,
  validValues,
  wrongCaseValues,
} from './fuzz-support.js';

/**
 * Every read of the live OpenAPI document (public ones, and admin ones with a key), fuzzed through its query string:
 * hostile values for every parameter, repeated and unknown parameters. Never a 5xx; every
 * 4xx a problem document whose errors name parameters that were sent; inputs that can only
 * be wrong are refused (400) naming the parameter. Every answer is also checked against
 * the document by the conformance hook.
 */

const key = 'query-fuzz-admin-key-0123456789abcdef0';
const t = await createTestApp({ config: { ADMIN_API_KEY: key } });
/** A GET with the admin key, so the admin reads are fuzzed too; public routes ignore the key. */
const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${key}` } });
afterAll(() => t.close());

const operations = operationsOf(t.app).filter((operation) => operation.method === 'GET');

/** Real program slugs, for parameters that list ids (compare). */
const knownIds: string[] = (await get('/v1/programs?limit=5'))
  .json()
  .data.map((program: { slug: string }) => program.slug);

/** Valid `name=value` pairs for the parameters an operation requires (`except` left out). */
function requiredPairs(operation: Operation, except: string[] = []): string[] {
  return operation.parameters
    .filter((parameter) => parameter.in === 'query' && parameter.required && !except.includes(parameter.name))
    .map((parameter) => {
      const [value] = fc.sample(fc.oneof(...validValues(parameter, knownIds)), { seed: 1, numRuns: 1 });
      return `${parameter.name}=${value}`;
    });
}

/**
 * A real id for operations with a path parameter (`/v1/x/{id}` → the first item of `/v1/x`, else the
 * parameter's example), so queries reach the handler.
 */
async function pathFor(operation: Operation): Promise<string> {
  let path = operation.path;
  for (const parameter of operation.parameters.filter((item) => item.in === 'path')) {
    const list = operation.path.slice(0, operation.path.indexOf(`/{${parameter.name}}`));
    const response = await get(`${list}?limit=1`);
    const first = response.statusCode === 200 ? response.json()?.data?.[0] : undefined;
    const known = first?.slug ?? first?.id ?? parameter.schema?.example;
    path = path.replace(`{${parameter.name}}`, encodeURIComponent(String(known ?? 'unknown')));
  }
  takeResponseViolations(); // the lookups are not under test here; the list tests check them
  return path;
}

const readsQuery = (operation: Operation) =>
  operation.path.startsWith('/v1/') || operation.parameters.some((parameter) => parameter.in === 'query');

type Pair = { name: string; value: string | null; mustReject?: boolean };

/** One query parameter as a client might send it, and whether the service must refuse it. */
function mutation(parameter: Parameter): fc.Arbitrary<Pair[]> {
  const isList = parameter.schema?.type === 'array';
  const numeric = parameter.schema?.type === 'integer' || parameter.schema?.type === 'number';
  const caseInsensitive = /case-insensitive/i.test(parameter.description ?? '');
  const wrongCase = caseInsensitive ? [] : wrongCaseValues(parameter);
  const refuse = (value: string): Pair[] => [{ name: parameter.name, value, mustReject: true }];
  const anyValue = fc.oneof(hostileRaw, ...validValues(parameter, knownIds));
  const options: fc.Arbitrary<Pair[]>[] = [
    hostileRaw.map((value) => [{ name: parameter.name, value }]),
    fc.constantFrom('%FF', '%zz', '%ED%A0%80', '%C0%AE').map(refuse),
    // Repetition: a list parameter takes it as more values; any other parameter must be given once.
    fc.tuple(anyValue, anyValue).map(([first, second]) => [
      { name: parameter.name, value: first, mustReject: !isList },
      { name: parameter.name, value: second, mustReject: !isList },
    ]),
    fc.constant([{ name: parameter.name, value: null }]), // `?name` without `=`
  ];
  if (wrongCase.length > 0) options.push(fc.constantFrom(...wrongCase).map(refuse));
  if (numeric) options.push(fc.constantFrom(...numericJunk).map(refuse));
  if (numeric && parameter.schema?.maximum !== undefined) {
    options.push(fc.constantFrom('99999999999999999999', `1${'0'.repeat(400)}`).map(refuse));
  }
  return fc.oneof(...options);
}

/** An unknown parameter: a /v1 endpoint must refuse it by name (the contract: typos are errors, not ignored). */
function unknownParameter(operation: Operation): fc.Arbitrary<Pair[]> {
  const known = new Set(operation.parameters.map((parameter) => parameter.name));
  const strict = operation.path.startsWith('/v1/');
  return fc
    .tuple(
      fc.oneof(fc.constantFrom(...unknownNames), fc.string({ minLength: 1, maxLength: 12 }).map(encodeURIComponent)),
      hostileRaw,
    )
    .filter(([name]) => !known.has(decodedName(name)))
    .map(([name, value]) => [{ name, value, mustReject: strict }]);
}

/** Valid values for the parameters a request must carry, and for up to three optional ones. */
function baseQuery(operation: Operation): fc.Arbitrary<{ pairs: Pair[]; optional: number }> {
  const withValues = operation.parameters.filter(
    (parameter) => parameter.in === 'query' && validValues(parameter, knownIds).length,
  );
  const required = withValues.filter((parameter) => parameter.required);
  const optional = withValues.filter((parameter) => !parameter.required);
  const pair = (parameter: Parameter) =>
    fc.oneof(...validValues(parameter, knownIds)).map((value): Pair => ({ name: parameter.name, value }));
  return fc
    .tuple(
      fc.tuple(...required.map(pair)),
      fc
        .subarray(optional, { maxLength: Math.min(3, optional.length) })
        .chain((chosen) => fc.tuple(...chosen.map(pair))),
    )
    .map(([must, may]) => ({ pairs: [...must, ...may], optional: may.length }));
}

interface Request {
  pairs: Pair[];
  /**
   * One change on top of the required parameters alone: nothing else can be wrong, so a refusal
   * must name the changed parameter. With more, a refusal names some sent parameter (validation
   * may stop before the checks that need the database, such as a cursor's).
   */
  single: boolean;
}

function requestFor(operation: Operation): fc.Arbitrary<Request> {
  const queryParameters = operation.parameters.filter((parameter) => parameter.in === 'query');
  const mutations = [...queryParameters.map(mutation), unknownParameter(operation)];
  return fc
    .tuple(baseQuery(operation), fc.array(fc.oneof(...mutations), { minLength: 1, maxLength: 3 }))
    .map(([base, changes]) => {
      const kept = onePerName(changes);
      const changed = new Set(kept.flat().map((pair) => pair.name));
      // A changed parameter replaces its valid value rather than joining it (which would repeat it).
      const pairs = [...base.pairs.filter((pair) => !changed.has(pair.name)), ...kept.flat()];
      return { pairs, single: kept.length === 1 && base.optional === 0 };
    });
}

/** Two changes of one parameter would repeat it; keep the first. */
function onePerName(changes: Pair[][]): Pair[][] {
  const seen = new Set<string>();
  return changes.filter((group) => {
    const name = group[0]?.name ?? '';
    if (seen.has(name)) return false;
    seen.add(name);
    return true;
  });
}

const queryString = (pairs: Pair[]) =>
  pairs.map((pair) => (pair.value === null ? pair.name : `${pair.name}=${pair.value}`)).join('&');

/**
 * `readsQuery`: the operation takes query parameters (every /v1 one does, if only to refuse unknown
 * ones). `refuses`: it answers a bad parameter with a 400; one that does not (the /embed page, for a
 * student) answers as if the bad parameters were not there.
 */
async function check(path: string, readsQuery: boolean, refuses: boolean, { pairs, single }: Request) {
  const url = `${path}?${queryString(pairs)}`;
  const response = await get(url);
  const shown = url.length > 300 ? `${url.slice(0, 300)}…(${url.length} chars)` : url;
  const violations = takeResponseViolations();
  expect(violations, formatViolations(violations)).toEqual([]);
  expect(response.statusCode, `${shown} answered ${response.statusCode}: ${response.body.slice(0, 300)}`).toBeLessThan(
    500,
  );
  const malformed = readsQuery ? pairs.filter((pair) => isMalformed(pair.name) || isMalformed(pair.value ?? '')) : [];
  const mustReject = pairs
    .filter((pair) => pair.mustReject || malformed.includes(pair))
    .map((pair) => decodedName(pair.name));
  if (mustReject.length > 0 && !refuses) {
    expect(response.statusCode, `${shown} leaves out ${mustReject.join(', ')}`).toBe(200);
    return;
  }
  if (mustReject.length > 0) {
    expect(response.statusCode, `${shown} must be refused (${mustReject.join(', ')})`).toBe(400);
  }
  if (response.statusCode < 400) return;
  expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  const problem = response.json() as ProblemBody;
  expect(problem.status).toBe(response.statusCode);
  if (response.statusCode !== 400) return;
  const sent = new Set(pairs.map((pair) => decodedName(pair.name)));
  const named = (problem.errors ?? []).map((item) => item.name);
  expect(named.length, `${shown}: a 400 names the offending parameter`).toBeGreaterThan(0);
  for (const item of problem.errors ?? []) {
    expect(item.in, shown).toBe('query');
    expect(sent.has(item.name), `${shown}: names ${JSON.stringify(item.name)}, which was not sent`).toBe(true);
  }
  // Malformed percent-encoding is found before anything else, and every such parameter is named.
  const expected = malformed.length > 0 ? malformed.map((pair) => decodedName(pair.name)) : single ? mustReject : [];
  for (const name of expected) {
    expect(named, `${shown}: must name ${JSON.stringify(name)}`).toContain(name);
  }
}

describe.each(operations.map((operation) => [operation.operationId, operation] as const))('%s', (name, operation) => {
  const runs = fuzzRuns(60);
  it(
    'never fails and names every refused parameter, whatever the query string',
    async () => {
      const path = await pathFor(operation);
      await fc.assert(
        fc.asyncProperty(requestFor(operation), (request) =>
          check(path, readsQuery(operation), operation.refusesParameters, request),
        ),
        fuzzParameters(`${name} query`, 60),
      );
    },
    fuzzTimeout(runs),
  );
});

describe('the query strings every operation refuses by name', () => {
  const v1 = operations.filter((operation) => operation.path.startsWith('/v1/'));

  it.each(v1.map((operation) => [operation.operationId, operation] as const))(
    '%s: unknown, prototype and malformed names, and every problem at once',
    async (_name, operation) => {
      const path = await pathFor(operation);
      for (const name of ['__proto__', 'constructor', 'hasOwnProperty', 'zzz', '%FF']) {
        const response = await get(`${path}?${[...requiredPairs(operation), `${name}=1`].join('&')}`);
        expect(response.statusCode, `${operation.path}?${name}=1`).toBe(400);
        expect(response.json().errors).toContainEqual(
          expect.objectContaining({ in: 'query', name: decodedName(name) }),
        );
      }
      // Several problems: every one is listed, not just the first.
      const enumParameter = operation.parameters.find(
        (parameter) => parameter.in === 'query' && wrongCaseValues(parameter).length,
      );
      if (enumParameter) {
        const query = [...requiredPairs(operation, [enumParameter.name]), 'zzz=1', `${enumParameter.name}=NOT-A-VALUE`];
        const response = await get(`${path}?${query.join('&')}`);
        expect(response.statusCode).toBe(400);
        const names = (response.json() as ProblemBody).errors?.map((item) => item.name);
        expect(names).toEqual(expect.arrayContaining(['zzz', enumParameter.name]));
      }
    },
  );

  it.each(
    v1
      .filter((operation) => operation.parameters.some((parameter) => parameter.name === 'q'))
      .map((operation) => [operation.operationId, operation] as const),
  )('%s: LIKE and tsquery syntax in q is text, not a pattern that matches everything', async (_name, operation) => {
    const path = await pathFor(operation);
    const others = requiredPairs(operation, ['q']);
    const everything = await get(`${path}?${others.join('&')}`);
    // How many matched: a JSON envelope's total or items, else the lines of a CSV or NDJSON export.
    const size = (body: string) => {
      try {
        const parsed = JSON.parse(body) as { meta?: { total?: number }; data?: unknown[]; total?: number };
        return parsed.meta?.total ?? parsed.total ?? parsed.data?.length ?? 0;
      } catch {
        return body.split('\n').filter(Boolean).length;
      }
    };
    for (const q of ['%25', '_', '%25_%25', '%5C', '*', '%3A*', '!', '%26', '%7C', '%27', '%22', '%25%25%25']) {
      const response = await get(`${path}?${[...others, `q=${q}`].join('&')}`);
      expect(response.statusCode, `q=${q}`).toBeLessThan(500);
      // Where q is optional, a pattern character must not match as much as no q at all.
      if (response.statusCode === 200 && everything.statusCode === 200 && size(everything.body) > 1) {
        expect(size(response.body), `q=${q} matches as many as no q at all`).toBeLessThan(size(everything.body));
      }
    }
  });
});
