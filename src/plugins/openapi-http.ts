import { isRateLimitExemptPath, rateLimitHeaderDocs } from './rate-limit.js';

/**
 * What HTTP itself adds to every operation, written into the OpenAPI document in one place rather
 * than route by route: the headers the plugins send (request id, caching, validators, rate limits),
 * conditional GET (If-None-Match and its 304), how multi-valued query parameters may be written, and
 * the removal of bounds no one chose (zod's safe-integer range).
 */

interface Schema {
  type?: string;
  minimum?: number;
  maximum?: number;
  [keyword: string]: unknown;
}
interface Parameter {
  name?: string;
  in?: string;
  description?: string;
  style?: string;
  explode?: boolean;
  schema?: Schema;
  $ref?: string;
}
interface Response {
  description?: string;
  headers?: Record<string, unknown>;
  content?: Record<string, unknown>;
}
interface Operation {
  parameters?: Parameter[];
  responses?: Record<string, Response>;
}
export interface HttpDocument {
  paths?: Record<string, Record<string, Operation>>;
  components?: Record<string, Record<string, unknown> | undefined>;
}

const header = (name: string) => ({ $ref: `#/components/headers/${name}` });

export const httpHeaders = {
  'X-Request-Id': {
    description:
      'The id of this request: the `X-Request-Id` the client sent, when it was a sane token, else a generated one. Quote it when reporting a problem.',
    required: true,
    schema: { type: 'string', example: '6f1c1e0e-4c8b-4d43-9a55-0b5e0c2a7e11' },
  },
  'Cache-Control': {
    description:
      '`public, max-age=<CACHE_MAX_AGE>` (60 s by default) on successful public reads; `no-store` on everything else.',
    required: true,
    schema: { type: 'string', example: 'public, max-age=60' },
  },
  ETag: {
    description:
      'The version of what was answered. Send it in `If-None-Match` to read again cheaply (304 while unchanged), or in `If-Match` to change the record only if no one else did.',
    schema: { type: 'string', example: '"Xq3m0b9cF1pDkq7kT9Wm2nE8aZr"' },
  },
  Location: {
    description: 'The URL of the record this request made',
    required: true,
    schema: { type: 'string', example: '/v1/programs/0b6f3f0e-6d0c-4a4e-9d55-1f3b1d9e2a10' },
  },
  ...rateLimitHeaderDocs,
  'Retry-After': {
    description: 'Seconds to wait before trying again',
    required: true,
    schema: { type: 'integer', example: 42 },
  },
};

/** Written out in each GET rather than referred to, as the route's own parameters are. */
const ifNoneMatch = {
  name: 'if-none-match',
  in: 'header',
  required: false,
  description:
    'The `ETag` of an earlier answer to the same request: while the answer is unchanged it is a 304 without a body.',
  schema: { type: 'string', example: '"Xq3m0b9cF1pDkq7kT9Wm2nE8aZr"' },
};

const always = { 'X-Request-Id': header('X-Request-Id'), 'Cache-Control': header('Cache-Control') };
const rateLimits = Object.fromEntries(Object.keys(rateLimitHeaderDocs).map((name) => [name, header(name)]));

/** The headers an answer of this operation and status carries. */
function responseHeaders(method: string, status: string, limited: boolean): Record<string, unknown> {
  const success = status.startsWith('2') || status === '304';
  // A write answers the version it made, always; a read answers one too (a stream while the data version is unknown does not).
  const written = status === '201' || (method === 'patch' && status === '200');
  const read = method === 'get' && (status === '200' || status === '304');
  return {
    ...always,
    ...(read ? { ETag: header('ETag') } : {}),
    ...(written ? { ETag: { ...httpHeaders.ETag, required: true } } : {}),
    // Every 201 made a record (a program, an institution, an accreditation action's program): where it is.
    ...(status === '201' ? { Location: header('Location') } : {}),
    ...(limited && (success || status === '429') ? rateLimits : {}),
    ...(status === '429' || status === '503' ? { 'Retry-After': header('Retry-After') } : {}),
  };
}

/** Multi-valued query parameters: how they may be written, said once per parameter. */
function describeListParameter(parameter: Parameter): void {
  if (parameter.in !== 'query' || parameter.schema?.type !== 'array' || !parameter.name) return;
  const name = parameter.name;
  const syntax = `Several values: \`${name}=a,b\`, \`${name}=a&${name}=b\` and \`${name}[]=a&${name}[]=b\` all mean the same.`;
  parameter.style = 'form';
  parameter.explode = true;
  const given = parameter.description?.replace(/\.?$/, '. ') ?? '';
  parameter.description = `${given}${syntax}`;
}

/** zod bounds every integer by the safe-integer range; the document keeps only bounds a schema chose. */
function withoutImplicitBounds(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) withoutImplicitBounds(item);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const schema = node as Schema;
  if (schema.minimum === Number.MIN_SAFE_INTEGER) delete schema.minimum;
  if (schema.maximum === Number.MAX_SAFE_INTEGER) delete schema.maximum;
  for (const value of Object.values(schema)) withoutImplicitBounds(value);
}

export function withHttpConventions<D>(input: D): D {
  const document = input as HttpDocument;
  document.components = {
    ...document.components,
    headers: { ...document.components?.headers, ...httpHeaders },
  };
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const limited = !isRateLimitExemptPath(path);
    for (const [method, operation] of Object.entries(item)) {
      for (const parameter of operation.parameters ?? []) describeListParameter(parameter);
      const responses = operation.responses ?? {};
      // Where nothing is limited, nothing is answered 429.
      if (!limited) delete responses['429'];
      // Every GET answers with an ETag (http-cache), so every GET can be asked conditionally.
      if (method === 'get' && responses['200']) {
        operation.parameters = [...(operation.parameters ?? []), { ...ifNoneMatch }];
        responses['304'] = {
          description: 'Not modified: the answer whose ETag was sent in `If-None-Match` is still current. No body.',
        };
      }
      for (const [status, response] of Object.entries(responses)) {
        response.headers = { ...response.headers, ...responseHeaders(method, status, limited) };
      }
    }
  }
  withoutImplicitBounds(document.paths);
  withoutImplicitBounds(document.components?.schemas);
  return input;
}
