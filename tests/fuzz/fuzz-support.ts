import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';

/**
 * Shared pieces of the fuzz suite: the operations of the live OpenAPI document, hostile
 * raw (already percent-encoded) values, and the run settings. A fixed seed runs in
 * `npm test`; `npm run fuzz` runs longer with a fresh seed. Replay any run with
 * `FUZZ_SEED=<seed> FUZZ_RUNS=<runs> npx vitest run tests/fuzz`.
 */

const runsFromEnv = Number(process.env.FUZZ_RUNS);
const seedFromEnv = process.env.FUZZ_SEED;

/** The seed of this run: FUZZ_SEED, a fresh one for `FUZZ_SEED=random`, else a fixed one so `npm test` is repeatable. */
export const fuzzSeed =
  seedFromEnv === 'random' ? Date.now() % 2_147_483_647 : seedFromEnv ? Number(seedFromEnv) : 20_261_125;

/** Runs per property: FUZZ_RUNS, else `quick` (the short run that is part of `npm test`). */
export const fuzzRuns = (quick: number) => (Number.isInteger(runsFromEnv) && runsFromEnv > 0 ? runsFromEnv : quick);

/** A timeout for a property of `runs` requests, generous enough for shrinking on a slow database. */
export const fuzzTimeout = (runs: number) => 30_000 + runs * 200;

/** fast-check settings for one property, with the seed printed so a failure can be replayed. */
export function fuzzParameters(name: string, quick: number): fc.Parameters<unknown> {
  const numRuns = fuzzRuns(quick);
  process.stdout.write(
    `fuzz ${name}: seed ${fuzzSeed}, ${numRuns} runs (replay: FUZZ_SEED=${fuzzSeed} FUZZ_RUNS=${numRuns})\n`,
  );
  return { seed: fuzzSeed, numRuns, endOnFailure: false };
}

export interface ParameterSchema {
  type?: string | string[];
  enum?: unknown[];
  items?: ParameterSchema;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  example?: unknown;
}

export interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  description?: string;
  schema?: ParameterSchema;
}

export interface Operation {
  method: string;
  path: string;
  operationId: string;
  parameters: Parameter[];
  /** `security: []`: no key needed. */
  isPublic: boolean;
  /** It answers 400 for a bad parameter; one that declares no 400 (the /embed page) leaves bad ones out instead. */
  refusesParameters: boolean;
  /** The media types of its 2xx answers. */
  produces: string[];
  /** The media types of its request body, and the JSON one's schema ($refs resolved by `resolveSchema`). */
  consumes: string[];
  bodySchema?: JsonSchema;
}

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  maxLength?: number;
  items?: JsonSchema;
};

interface OperationObject {
  operationId?: string;
  parameters?: Parameter[];
  security?: unknown[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, { content?: Record<string, unknown> }>;
}

type Document = {
  paths?: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

/** A schema with its top-level `$ref` (into components) followed. */
export function resolveSchema(app: FastifyInstance, schema: JsonSchema | undefined): JsonSchema | undefined {
  const name = schema?.$ref?.replace('#/components/schemas/', '');
  return name ? resolveSchema(app, (app.swagger() as unknown as Document).components?.schemas?.[name]) : schema;
}

/** Every operation of the app's own document (what /openapi.json serves), so new endpoints are fuzzed as they land. */
export function operationsOf(app: FastifyInstance): Operation[] {
  const document = app.swagger() as unknown as Document;
  return Object.entries(document.paths ?? {}).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        operationId: operation.operationId ?? `${method} ${path}`,
        parameters: operation.parameters ?? [],
        isPublic: Array.isArray(operation.security) && operation.security.length === 0,
        refusesParameters: '400' in (operation.responses ?? {}),
        produces: Object.entries(operation.responses ?? {})
          .filter(([status]) => status.startsWith('2'))
          .flatMap(([, response]) => Object.keys(response.content ?? {})),
        consumes: Object.keys(operation.requestBody?.content ?? {}),
        bodySchema: resolveSchema(app, operation.requestBody?.content?.['application/json']?.schema),
      })),
  );
}

/** How the query parser names a raw parameter: `+` is a space; a malformed name is kept verbatim. */
export function decodedName(raw: string): string {
  try {
    return decodeURIComponent(raw.replaceAll('+', ' '));
  } catch {
    return raw.slice(0, 100);
  }
}

export function isMalformed(raw: string): boolean {
  try {
    decodeURIComponent(raw);
    return false;
  } catch {
    return true;
  }
}

/** A text percent-encoded byte by byte, lone surrogates included (as the 3 bytes a careless encoder writes: %ED%A0%80). */
export function rawEncode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    const isLoneSurrogate = unit >= 0xd800 && unit <= 0xdfff && text.codePointAt(i) === unit;
    if (isLoneSurrogate) {
      out +=
        `%${(0xe0 | (unit >> 12)).toString(16)}%${(0x80 | ((unit >> 6) & 0x3f)).toString(16)}%${(0x80 | (unit & 0x3f)).toString(16)}`.toUpperCase();
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(i) ?? unit);
    if (char.length === 2) i += 1;
    out += encodeURIComponent(char);
  }
  return out;
}

/** Raw values that have broken services like this one: bad encodings, numbers in disguise, search and LIKE syntax. */
export const hostileConstants = [
  '%00',
  'a%00b',
  '%ED%A0%80',
  '%ED%B0%80',
  '%FF',
  '%zz',
  '%',
  '%E2%82',
  '%C0%AE',
  '1e1',
  '0x10',
  '%2010',
  '10%20',
  '+10',
  '-1',
  '-0',
  '1.5',
  '.5',
  'NaN',
  'Infinity',
  '99999999999999999999',
  '9007199254740993',
  '2147483648',
  '-2147483649',
  `1${'0'.repeat(400)}`,
  '',
  ',',
  ',,',
  'null',
  'undefined',
  '[]',
  '%7B%7D',
  '%27',
  '%22',
  '%26',
  '%7C',
  '!',
  '%3A',
  '*',
  '%25',
  '_',
  '%5C',
  '%25_%25',
  '%5C%25',
  'a%20%26%20!b',
  'foo%3A*',
  '!!%3A*%7C%26',
  '%3C-%3E',
  '(((',
  '%27)%3B%20DROP%20TABLE%20programs%3B--',
  '%E2%80%8B',
  '%EF%BF%BF',
  '%F0%9F%98%80',
  '%C3%A9cole',
  '..%2F..%2Fetc',
  '%0A',
  '%09x%0D%0A',
  `${'x'.repeat(10_240)}`,
  `${'%C3%A9'.repeat(3_000)}`,
];

/** Any raw value, hostile ones weighted up. */
export const hostileRaw: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...hostileConstants) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map(rawEncode) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }).map(rawEncode) },
  { weight: 1, arbitrary: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String) },
  { weight: 1, arbitrary: fc.double().map((value) => encodeURIComponent(String(value))) },
  { weight: 1, arbitrary: fc.integer({ min: 201, max: 12_000 }).map((length) => 'q'.repeat(length)) },
);

/**
 * Valid raw values for a parameter, from its schema (enums, bounds, examples); empty when none can
 * be made. A list of free strings (ids) takes real ids, `knownIds`.
 */
export function validValues(parameter: Parameter, knownIds: string[] = []): fc.Arbitrary<string>[] {
  const schema = parameter.schema ?? {};
  const example = schema.example;
  if (schema.type === 'array' && schema.items?.enum) {
    const values = schema.items.enum.map(String);
    return [
      fc.subarray(values, { minLength: 1, maxLength: 3 }).map((items) => items.map(encodeURIComponent).join(',')),
    ];
  }
  if (schema.type === 'array' && knownIds.length > 0) {
    const minLength = Math.min(schema.minItems ?? 1, knownIds.length);
    const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 3, knownIds.length));
    return [fc.subarray(knownIds, { minLength, maxLength }).map((items) => items.map(encodeURIComponent).join(','))];
  }
  if (schema.enum) return [fc.constantFrom(...schema.enum.map((value) => encodeURIComponent(String(value))))];
  if (schema.type === 'boolean') return [fc.constantFrom('true', 'false')];
  if (schema.type === 'integer' || schema.type === 'number') {
    const min = schema.minimum ?? 0;
    const max = Math.min(schema.maximum ?? 1000, min + 1000);
    return [fc.integer({ min: Math.ceil(min), max: Math.floor(max) }).map(String)];
  }
  if (typeof example === 'string') return [fc.constant(encodeURIComponent(example))];
  return [];
}

/** Values of an enum in the wrong case (`ASSOCIATE`), for parameters whose values are exact words. */
export function wrongCaseValues(parameter: Parameter): string[] {
  const schema = parameter.schema ?? {};
  const values = (schema.items?.enum ?? schema.enum ?? (schema.type === 'boolean' ? ['true', 'false'] : [])).map(
    String,
  );
  return values
    .flatMap((value) => [value.toUpperCase(), value.charAt(0).toUpperCase() + value.slice(1)])
    .filter((value) => !values.includes(value))
    .map(encodeURIComponent);
}

/** Values no integer or number parameter may accept (the coercions JavaScript would allow). */
export const numericJunk = ['1e1', '0x10', '%2010', '10%20', '+10', 'NaN', 'Infinity', '', '1%2C5'];

export const unknownNames = [
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  '__proto__%5Bx%5D',
  'a%5Bb%5D',
  'a.b',
  '',
  '%00',
  '%FF',
  '%ED%A0%80',
  'Q',
  'LIMIT',
  '%20q',
  'q%20',
  'Sort',
  'x'.repeat(2_000),
];

export interface ProblemBody {
  type?: string;
  status?: number;
  code?: string;
  detail?: string;
  errors?: { in: string; name: string; message: string }[];
}
