import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/client.js';
import { createTestApp } from '../helpers/app.js';
import { formatViolations, takeResponseViolations } from '../helpers/openapi-validator.js';
import {
  fuzzParameters,
  fuzzRuns,
  fuzzTimeout,
  type JsonSchema,
  type Operation,
  operationsOf,
  type ProblemBody,
  resolveSchema,
} from './fuzz-support.js';

/**
 * The admin writes fuzzed through their bodies, with a valid key: unknown and server-owned
 * fields, wrong types, over-long strings, control characters, deep JSON, `__proto__`, oversize
 * bodies and wrong content types. Never a 5xx, always a problem document, and nothing written:
 * the programs, institutions, outcomes, accreditation history and change feed are the same
 * after every request.
 */

const key = 'admin-bodies-fuzz-key-0123456789abcdef';
// Private targets allowed: the subscription made below points at this machine (nothing is sent to it).
const t = await createTestApp({ config: { ADMIN_API_KEY: key, WEBHOOK_ALLOW_PRIVATE_TARGETS: true } });
afterAll(() => t.close());

const writes = operationsOf(t.app).filter(
  (operation) => !operation.isPublic && operation.consumes.length > 0 && operation.path.startsWith('/v1/'),
);

/** A digest of everything a write could touch. */
async function snapshot(): Promise<string> {
  const [row] = await queryRows<Record<string, unknown>>(
    t.database.primary,
    sql`select
      (select md5(coalesce(string_agg(p::text, '|' order by p.id), '')) from programs p) as programs,
      (select md5(coalesce(string_agg(i::text, '|' order by i.id), '')) from institutions i) as institutions,
      (select count(*)::int from program_outcomes) as outcomes,
      (select count(*)::int from accreditation_actions) as actions,
      (select coalesce(max(seq), 0)::text from changes) as changes,
      (select md5(coalesce(string_agg(w::text, '|' order by w.id), '')) from webhook_subscriptions w) as webhooks`,
  );
  return JSON.stringify(row);
}

/**
 * A program and an institution to aim path parameters at, with their ETags for If-Match. An
 * institution's ETag comes from its writes (POST and PATCH answer it), so the target is made here,
 * before the snapshot every request is compared with.
 */
const someProgram = (await t.app.inject({ url: '/v1/programs?limit=1' })).json().data[0];
const programEtag = (await t.app.inject({ url: `/v1/programs/${someProgram.id}` })).headers.etag;
const institution = await t.app.inject({
  method: 'POST',
  url: '/v1/institutions',
  headers: { authorization: `Bearer ${key}` },
  payload: { name: 'Fuzz Target College', city: 'Tampa', state: 'FL' },
});
const webhook = await t.app.inject({
  method: 'POST',
  url: '/v1/webhooks',
  headers: { authorization: `Bearer ${key}` },
  payload: { url: 'http://127.0.0.1:9/fuzz-target', events: ['program.deleted'] },
});
const targets: Record<string, { id: string; etag: string }> = {
  '/v1/programs': { id: someProgram.id, etag: String(programEtag) },
  '/v1/institutions': { id: institution.json().id, etag: String(institution.headers.etag) },
  '/v1/webhooks': { id: webhook.json().id, etag: String(webhook.headers.etag) },
};
takeResponseViolations(); // the setup requests are checked by the tests of those endpoints

/** What the database held before the current test; each test compares with its own start, so one failure does not cascade. */
let before = await snapshot();
beforeEach(async () => {
  before = await snapshot();
});

/** The URL and If-Match of an operation: its path parameter filled with a real id. */
function target(operation: Operation): { url: string; ifMatch?: string } {
  const index = operation.path.indexOf('/{');
  if (index < 0) return { url: operation.path };
  const found = targets[operation.path.slice(0, index)];
  return {
    url: operation.path.replace(/\{[^}]+\}/, found?.id ?? '00000000-0000-0000-0000-000000000000'),
    ifMatch: found?.etag,
  };
}

const sampleRow = parse(readFileSync('seed/sample-programs.csv', 'utf8'), {
  columns: true,
  to_line: 2,
})[0] as Record<string, string>;

/** A valid body for each write the contract describes; never sent as it is (it would write). */
const validBodies: Record<string, () => unknown> = {
  createProgram: () => ({
    name: 'Fuzzing Program',
    degree_level: 'associate',
    discipline: 'health_information_management',
    institution_id: someProgram.institution.id,
    accreditation: { status: 'accredited' },
  }),
  updateProgram: () => ({}),
  addAccreditationAction: () => ({ action: 'progress_report_required', date: '2024-01-01', note: null }),
  createInstitution: () => ({ name: 'Fuzzing College', city: 'Tampa', state: 'FL' }),
  updateInstitution: () => ({}),
  createWebhook: () => ({ url: 'http://127.0.0.1:9/fuzzing', events: ['program.created'] }),
  updateWebhook: () => ({}),
};

interface Sent {
  status: number;
  problem: ProblemBody;
  shown: string;
}

async function send(
  operation: Operation,
  payload: string | Buffer,
  contentType: string | undefined,
  options: { authorized?: boolean; query?: string } = {},
): Promise<Sent> {
  const { url, ifMatch } = target(operation);
  const headers: Record<string, string> = {};
  if (options.authorized !== false) headers.authorization = `Bearer ${key}`;
  if (contentType !== undefined) headers['content-type'] = contentType;
  if (ifMatch) headers['if-match'] = ifMatch;
  const response = await t.app.inject({
    method: operation.method as 'POST',
    url: `${url}${options.query ?? ''}`,
    payload,
    headers,
  });
  const text = typeof payload === 'string' ? payload : payload.toString('latin1');
  const shown = `${operation.method} ${url} ${contentType} ${text.length > 300 ? `${text.slice(0, 300)}…(${text.length} bytes)` : text}`;
  const violations = takeResponseViolations();
  expect(violations, formatViolations(violations)).toEqual([]);
  expect(response.statusCode, `${shown} answered ${response.statusCode}: ${response.body.slice(0, 300)}`).toBeLessThan(
    500,
  );
  expect(response.statusCode, `${shown} was accepted: ${response.body.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
  expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  const problem = response.json() as ProblemBody;
  expect(problem.status).toBe(response.statusCode);
  expect(await snapshot(), `${shown} wrote something`).toBe(before);
  return { status: response.statusCode, problem, shown };
}

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

const jsonTypeOf = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;

/** The JSON types a schema admits (`integer` implies `number` is not enough; `number` admits integers). */
function admittedTypes(schema: JsonSchema | undefined): Set<string> | undefined {
  const resolved = resolveSchema(t.app, schema);
  if (!resolved) return undefined;
  const alternatives = resolved.anyOf ?? resolved.oneOf;
  if (alternatives) {
    const sets = alternatives.map(admittedTypes);
    if (sets.some((set) => set === undefined)) return undefined;
    return new Set(sets.flatMap((set) => [...(set ?? [])]));
  }
  const types = resolved.type ? [resolved.type].flat() : resolved.enum?.map(jsonTypeOf);
  if (!types) return undefined;
  const set = new Set(types);
  if (set.has('number')) set.add('integer');
  return set;
}

const anyJson = fc.jsonValue({ maxDepth: 3 });

/** A value the property's schema cannot admit: a JSON type it does not list, or a string outside its enum. */
function wrongValue(schema: JsonSchema | undefined, mergePatch: boolean): fc.Arbitrary<unknown> | undefined {
  const admitted = admittedTypes(schema);
  if (!admitted) return undefined;
  const resolved = resolveSchema(t.app, schema);
  const options: fc.Arbitrary<unknown>[] = [
    anyJson.filter(
      (value) =>
        !admitted.has(jsonTypeOf(value)) &&
        // In a merge patch, null removes a member (RFC 7396): that can be valid whatever the schema says.
        !(mergePatch && value === null),
    ),
  ];
  const enumValues = resolved?.enum ?? resolved?.anyOf?.flatMap((item) => resolveSchema(t.app, item)?.enum ?? []);
  if (enumValues?.length) {
    options.push(
      fc
        .oneof(
          fc.constantFrom(
            ...enumValues.filter((value) => typeof value === 'string').map((value) => value.toUpperCase()),
          ),
          fc.constant('not_a_value'),
        )
        .filter((value) => !enumValues.includes(value)),
    );
  }
  const maxLength = resolved?.maxLength ?? resolved?.anyOf?.map((item) => item.maxLength).find(Boolean);
  if (maxLength) options.push(fc.integer({ min: maxLength + 1, max: 200_000 }).map((length) => 'x'.repeat(length)));
  return fc.oneof(...options);
}

const hostileString = fc.constantFrom(
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udfff',
  '\u001b[31mred',
  '\u202eevil',
  "'; DROP TABLE programs; --",
  '%_\\',
  '<script>alert(1)</script>',
  'x'.repeat(100_000),
);

const deepArray = (depth: number) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);

/** Values that are not certainly wrong but must never break anything. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, -0, 0.1 + 0.2, 99_999_999_999),
  fc.integer({ min: 100, max: 3_000 }).map(deepArray),
  fc.string({ unit: 'binary', maxLength: 50 }),
  anyJson,
);

const serverOwned = [
  ['id'],
  ['slug'],
  ['updated_at'],
  ['source'],
  ['accreditation', 'status_label'],
  ['accreditation', 'history'],
  ['institution', 'id'],
  ['institution', 'slug'],
  ['programs'],
  ['program_count'],
];

interface Change {
  path: string[];
  value: unknown;
}

/** Changes that make any body invalid: an unknown or server-owned field, or a known one with a value it cannot take. */
const isMergePatch = (operation: Operation) => operation.consumes.includes('application/merge-patch+json');

function certainlyWrong(operation: Operation): fc.Arbitrary<Change> {
  const properties = operation.bodySchema?.properties ?? {};
  const known = new Set(Object.keys(properties));
  // A merge patch's null removes a member, and removing one that is absent changes nothing (RFC 7396).
  const present = isMergePatch(operation) ? anyJson.filter((value) => value !== null) : anyJson;
  const unknownName = fc
    .oneof(
      fc.constantFrom(
        'zzz',
        'Name',
        'NAME',
        'institutionId',
        ' name',
        'name ',
        'toString',
        'hasOwnProperty',
        '__proto__x',
      ),
      fc.string({ minLength: 1, maxLength: 20 }),
    )
    .filter((name) => !known.has(name));
  const options: fc.Arbitrary<Change>[] = [
    fc.tuple(unknownName, present).map(([name, value]) => ({ path: [name], value })),
    fc
      .constantFrom(...serverOwned.filter((path) => path.length === 1 || known.has(path[0] ?? '')))
      .chain((path) => present.map((value) => ({ path, value }))),
  ];
  for (const [name, schema] of Object.entries(properties)) {
    const wrong = wrongValue(schema, isMergePatch(operation));
    if (wrong) options.push(wrong.map((value) => ({ path: [name], value })));
  }
  return fc.oneof(...options);
}

function maybeWrong(operation: Operation): fc.Arbitrary<Change> {
  const names = Object.keys(operation.bodySchema?.properties ?? {});
  return fc.tuple(fc.constantFrom(...names, 'zzz'), hostileValue).map(([name, value]) => ({ path: [name], value }));
}

function apply(body: unknown, changes: Change[]): unknown {
  const result = structuredClone(body) as Record<string, unknown>;
  for (const { path, value } of changes) {
    let node = result;
    for (const part of path.slice(0, -1)) {
      const next = node[part];
      node[part] = typeof next === 'object' && next !== null && !Array.isArray(next) ? next : {};
      node = node[part] as Record<string, unknown>;
    }
    node[path.at(-1) ?? ''] = value;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

const fuzzable = writes.filter((operation) => validBodies[operation.operationId] && operation.bodySchema?.properties);

describe.each(fuzzable.map((operation) => [operation.operationId, operation] as const))('%s', (id, operation) => {
  const runs = fuzzRuns(40);
  it(
    'refuses a body with a wrong field by name, never with a 5xx, and writes nothing',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          certainlyWrong(operation),
          fc.array(maybeWrong(operation), { maxLength: 2 }),
          async (wrong, extra) => {
            const body = apply(validBodies[operation.operationId]?.(), [...extra, wrong]);
            const contentType = operation.consumes.includes('application/merge-patch+json')
              ? 'application/merge-patch+json'
              : 'application/json';
            const { status, problem, shown } = await send(operation, JSON.stringify(body), contentType);
            expect(status, shown).toBe(400);
            const named = (problem.errors ?? []).map((item) => item.name);
            expect(named.length, `${shown}: names nothing`).toBeGreaterThan(0);
            for (const item of problem.errors ?? []) expect(item.in, shown).toBe('body');
            if (extra.length === 0) {
              const path = wrong.path.join('.');
              expect(
                named.some((name) => name === path || name.startsWith(`${path}.`)),
                `${shown}: names ${named.join(', ')}, not ${path}`,
              ).toBe(true);
            }
          },
        ),
        fuzzParameters(`${id} body`, 40),
      );
    },
    fuzzTimeout(runs),
  );
});

describe('importPrograms', () => {
  const operation = writes.find((item) => item.operationId === 'importPrograms');
  const runs = fuzzRuns(30);
  const columns = Object.keys(sampleRow);
  const hostileCell = fc.oneof(
    hostileString,
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.constantFrom('', ' ', ';;', 'a;b;', '"', '""', '\r\n', '\ufeff', 'NULL', '1e400', '-1', '0x10'),
    anyJson,
  );
  const rows = fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom(...columns, 'zzz', '__proto__x', 'Degree_Level'), hostileCell), {
        maxLength: 4,
      }),
      fc.constantFrom('NOT-A-LEVEL', 'ASSOCIATE', '', 'associate\u0000'),
      fc.integer({ min: 1, max: 3 }),
    )
    .map(([cells, level, count]) =>
      Array.from({ length: count }, (_, index) => ({
        ...sampleRow,
        cahiim_epc: `FUZZ-${index}`,
        program_name: `Fuzzing Program ${index}`,
        ...Object.fromEntries(cells),
        // Always one certain problem, so a valid row cannot be what made the answer a refusal.
        degree_level: level,
      })),
    );

  it.runIf(operation)(
    'rejects hostile JSON rows and CSV with every problem reported, never a 5xx, nothing written',
    async () => {
      if (!operation) return;
      await fc.assert(
        fc.asyncProperty(rows, fc.boolean(), async (body, asCsv) => {
          const payload = asCsv ? toCsv(body) : JSON.stringify(body);
          const { status, shown } = await send(operation, payload, asCsv ? 'text/csv' : 'application/json', {
            query: '?dry_run=false',
          });
          expect([400, 422], shown).toContain(status);
        }),
        fuzzParameters('importPrograms body', 30),
      );
    },
    fuzzTimeout(runs),
  );
});

function toCsv(rows: Record<string, unknown>[]): string {
  const header = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (value: unknown) => {
    const text = typeof value === 'string' ? value : value === null || value === undefined ? '' : JSON.stringify(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [header.join(','), ...rows.map((row) => header.map((name) => cell(row[name])).join(','))].join('\r\n');
}

// ---------------------------------------------------------------------------------------------
// Every write, whatever its body
// ---------------------------------------------------------------------------------------------

const oversize = Buffer.alloc(33 * 1024 * 1024, 'x');

describe.each(writes.map((operation) => [operation.operationId, operation] as const))('%s', (_id, operation) => {
  const json = operation.consumes.find((type) => type.endsWith('json')) ?? 'application/json';

  it('answers a content type it does not take with 415', async () => {
    for (const type of [
      'text/plain',
      'application/xml',
      'multipart/form-data; boundary=x',
      'application/x-www-form-urlencoded',
      'application/json-seq',
      'text/json',
      'application/octet-stream',
    ].filter((candidate) => !operation.consumes.includes(candidate.split(';')[0] ?? ''))) {
      expect((await send(operation, '{}', type)).status, type).toBe(415);
    }
    expect((await send(operation, '{}', undefined)).status, 'no content type').toBe(415);
  });

  it('answers a body over the limit with 413', async () => {
    expect((await send(operation, oversize, json)).status).toBe(413);
  });

  it('refuses JSON that is malformed, empty, prototype-polluting, too deep or not UTF-8 with a 400', async () => {
    for (const payload of [
      '',
      '{',
      '{"a":1,}',
      "{'a':1}",
      '{"__proto__":{"isAdmin":true}}',
      '{"constructor":{"prototype":{"isAdmin":true}}}',
      '[{"__proto__":{"isAdmin":true}}]',
      `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xed, 0xa0, 0x80, 0x22, 0x7d]),
    ]) {
      const { status, shown } = await send(operation, payload, json);
      expect([400, 422], shown).toContain(status);
    }
  });

  it('refuses any body without a key (401), before reading it', async () => {
    const { status, shown } = await send(operation, '{"__proto__":{}}', json, { authorized: false });
    expect(status, shown).toBe(401);
  });
});
