import type { Readable } from 'node:stream';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { ErrorObject, ValidateFunction } from 'ajv';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Checks answers against the OpenAPI 3.1 document, the way a client generated from it
 * would read them: the status is declared for the operation, the content type is one it
 * declares, and a JSON body matches the declared schema (JSON Schema 2020-12, unknown
 * properties included). Installed on every test app, so each integration test checks
 * conformance as a side effect; tests/helpers/conformance-setup.ts fails the test on a violation.
 */

// ajv and ajv-formats are CommonJS modules whose default export sits on `.default` under NodeNext.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

type Schema = Record<string, unknown>;
interface MediaTypeObject {
  schema?: Schema;
}
interface HeaderObject {
  required?: boolean;
  $ref?: string;
}
interface ResponseObject {
  content?: Record<string, MediaTypeObject>;
  headers?: Record<string, HeaderObject>;
}
interface OperationObject {
  operationId?: string;
  responses?: Record<string, ResponseObject>;
}
export interface OpenApiDocument {
  openapi: string;
  paths?: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, Schema>; headers?: Record<string, HeaderObject> };
}

export interface ResponseSample {
  method: string;
  /** The request target as sent, for messages. */
  url: string;
  /** The OpenAPI path template of the route that answered (`/v1/programs/{id_or_slug}`); undefined when no route matched. */
  path?: string;
  status: number;
  contentType?: string;
  /** The body as sent; undefined when it was streamed and cannot be read here. */
  body?: string;
  /** The request carried a validator (If-None-Match / If-Modified-Since), so 304 is an answer HTTP allows. */
  conditional?: boolean;
  /** The response headers (names in lower case); when given, those the document marks required must be there. */
  headers?: Record<string, unknown>;
}

const componentsId = 'https://him-program-finder.invalid/components';

/** Rewrites OpenAPI component references into references into one shared 2020-12 schema resource. */
function rewriteRefs(value: unknown, prefix: string): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, prefix));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      key === '$ref' && typeof item === 'string' && item.startsWith('#/components/schemas/')
        ? `${prefix}#/$defs/${item.slice('#/components/schemas/'.length)}`
        : rewriteRefs(item, prefix),
    ]),
  );
}

const mediaType = (contentType: string | undefined) => contentType?.split(';')[0]?.trim().toLowerCase();
const isJson = (media: string) => media === 'application/json' || media.endsWith('+json');

/** `/v1/programs/:id_or_slug` (Fastify) → `/v1/programs/{id_or_slug}` (OpenAPI). */
export const openApiPath = (fastifyPath: string) => fastifyPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 8)
    .map((error) => {
      const where = error.instancePath || '(body)';
      const extra =
        error.keyword === 'additionalProperties'
          ? ` (${String((error.params as { additionalProperty?: string }).additionalProperty)})`
          : error.keyword === 'enum'
            ? ` (${JSON.stringify((error.params as { allowedValues?: unknown }).allowedValues)})`
            : '';
      return `${where} ${error.message ?? error.keyword}${extra}`;
    })
    .join('; ');
}

export class ResponseValidator {
  private readonly ajv;
  private readonly compiled = new Map<string, ValidateFunction | string>();

  constructor(private readonly document: OpenApiDocument) {
    this.ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, allowUnionTypes: true });
    addFormats(this.ajv);
    // OpenAPI's own schema keywords, which JSON Schema does not define.
    this.ajv.addVocabulary(['example', 'discriminator', 'xml', 'externalDocs']);
    this.ajv.addSchema({ $id: componentsId, $defs: rewriteRefs(document.components?.schemas ?? {}, '') });
  }

  private validatorFor(key: string, schema: Schema): ValidateFunction | string {
    const known = this.compiled.get(key);
    if (known) return known;
    let validate: ValidateFunction | string;
    try {
      validate = this.ajv.compile(rewriteRefs(schema, componentsId) as Schema);
    } catch (error) {
      validate = `its schema does not compile: ${(error as Error).message}`;
    }
    this.compiled.set(key, validate);
    return validate;
  }

  /** The body against a schema; a list of problems, empty when it conforms. */
  private checkBody(key: string, schema: Schema | undefined, body: string | undefined, media: string): string[] {
    if (!schema || body === undefined || !isJson(media)) return [];
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      return [`the ${media} body is not JSON`];
    }
    const validate = this.validatorFor(key, schema);
    if (typeof validate === 'string') return [validate];
    const problems = validate(data) ? [] : [`the body does not match the schema: ${describeErrors(validate.errors)}`];
    if (media === 'application/problem+json') problems.push(...problemInvariants(data));
    return problems;
  }

  /** Problems with one answer; an empty list when it conforms to the document. */
  validate(sample: ResponseSample): string[] {
    const media = mediaType(sample.contentType);
    const problemSchema = this.document.components?.schemas?.Problem;
    if (sample.path === undefined) {
      // No route matched (unknown path, or a request refused before routing): always a problem document.
      if (media !== 'application/problem+json')
        return [`an unrouted ${sample.status} is ${media ?? 'untyped'}, not a problem`];
      return this.checkBody('#unrouted', problemSchema, sample.body, media);
    }
    const method = sample.method === 'HEAD' ? 'get' : sample.method.toLowerCase();
    const operation = this.document.paths?.[sample.path]?.[method];
    if (!operation) return [`${method.toUpperCase()} ${sample.path} is not in the OpenAPI document`];
    const responses = operation.responses ?? {};
    const statusKey = [String(sample.status), `${String(sample.status)[0]}XX`, 'default'].find((key) => responses[key]);
    const name = operation.operationId ?? `${method.toUpperCase()} ${sample.path}`;
    if (!statusKey) {
      // A conditional GET may always be answered 304 (RFC 9110) with an empty body.
      if (sample.status === 304 && sample.conditional && responses['200']) {
        return sample.body ? ['a 304 carries a body'] : [];
      }
      return [`status ${sample.status} is not declared for ${name} (declared: ${Object.keys(responses).join(', ')})`];
    }
    const missing = sample.headers ? this.missingHeaders(responses[statusKey]?.headers, sample.headers) : [];
    return [...missing, ...this.validateContent(sample, responses[statusKey], name, media)];
  }

  /** Headers the response declares as required that the answer lacks. */
  private missingHeaders(declared: Record<string, HeaderObject> | undefined, sent: Record<string, unknown>): string[] {
    return Object.entries(declared ?? {})
      .filter(([header, object]) => {
        const resolved = object.$ref
          ? this.document.components?.headers?.[object.$ref.slice('#/components/headers/'.length)]
          : object;
        return resolved?.required === true && sent[header.toLowerCase()] === undefined;
      })
      .map(([header]) => `the required header ${header} is missing`);
  }

  private validateContent(
    sample: ResponseSample,
    response: ResponseObject | undefined,
    name: string,
    media: string | undefined,
  ): string[] {
    const content = response?.content;
    if (!content || Object.keys(content).length === 0) {
      return sample.body ? [`status ${sample.status} of ${name} declares no body, yet one was sent`] : [];
    }
    if (sample.method === 'HEAD') return [];
    if (!media) return [`status ${sample.status} of ${name} has no Content-Type`];
    const [type] = media.split('/');
    const declared = content[media] ?? content[`${type}/*`] ?? content['*/*'];
    if (!declared) {
      return [`status ${sample.status} of ${name} is ${media}; declared: ${Object.keys(content).join(', ')}`];
    }
    return this.checkBody(`${name} ${sample.status} ${media}`, declared.schema, sample.body, media);
  }

  /** A body not yet serialized (what a handler returned) against the schema of its status, as the serializer will see it. */
  validateObject(path: string, method: string, status: number, payload: unknown): string[] {
    const operation = this.document.paths?.[path]?.[method === 'HEAD' ? 'get' : method.toLowerCase()];
    const content = operation?.responses?.[String(status)]?.content;
    const media = Object.keys(content ?? {}).find(isJson);
    if (!operation || !content || !media) return [];
    let body: string | undefined;
    try {
      body = JSON.stringify(payload);
    } catch {
      return ['the handler returned a value JSON cannot represent'];
    }
    return this.checkBody(`${operation.operationId} ${status} ${media}`, content[media]?.schema, body, media);
  }
}

/** What the contract says of every problem document beyond its schema. */
function problemInvariants(data: unknown): string[] {
  const problem = data as { status?: unknown; type?: unknown; code?: unknown };
  const problems: string[] = [];
  if (typeof problem.code === 'string' && problem.type !== `/problems/${problem.code.replaceAll('_', '-')}`) {
    problems.push(`problem type ${String(problem.type)} does not belong to code ${problem.code}`);
  }
  return problems;
}

export interface Violation {
  request: string;
  status: number;
  problems: string[];
}

const recorded: Violation[] = [];

/** Every violation since the last call, removed from the record. */
export function takeResponseViolations(): Violation[] {
  return recorded.splice(0, recorded.length);
}

export function formatViolations(violations: Violation[]): string {
  return [
    `${violations.length} response(s) do not conform to the OpenAPI document:`,
    ...violations.map((violation) => `  ${violation.request} → ${violation.status}: ${violation.problems.join(' | ')}`),
  ].join('\n');
}

function routePath(request: FastifyRequest): { path?: string; hidden: boolean } {
  try {
    const options = request.routeOptions;
    if (!options?.url || request.is404) return { hidden: false };
    return {
      path: openApiPath(options.url),
      hidden: Boolean((options.schema as { hide?: boolean } | undefined)?.hide),
    };
  } catch {
    // A request Fastify refused before routing has no route context.
    return { hidden: false };
  }
}

function bodyText(payload: unknown, contentEncoding: unknown): string | undefined {
  if (payload === null || payload === undefined) return '';
  if (typeof payload === 'string') return payload;
  if (!Buffer.isBuffer(payload)) return undefined; // a stream: its bytes go to the client, not through here
  // The response cache sends its stored bodies already compressed.
  if (contentEncoding === 'br') return brotliDecompressSync(payload).toString('utf8');
  if (contentEncoding === 'gzip') return gunzipSync(payload).toString('utf8');
  return payload.toString('utf8');
}

/**
 * Validates every answer of `app` against its own OpenAPI document (`app.swagger()`, which is what
 * /openapi.json serves and openapi/openapi.json is generated from) and records violations.
 * Call before `app.ready()`; hooks added last run after every other plugin's, so they see the final answer.
 * Swagger UI and other routes hidden from the document are not checked, nor CORS preflights.
 */
export function installResponseValidation(app: FastifyInstance): void {
  let validator: ResponseValidator | string | undefined;
  /** What a handler returned that does not match the document, kept until the answer shows whether it broke it. */
  const mismatched = new WeakMap<FastifyRequest, { status: number; problems: string[] }>();
  const record = (request: FastifyRequest, status: number, problems: string[]) => {
    if (problems.length > 0) {
      recorded.push({ request: `${request.method} ${request.url.slice(0, 300)}`, status, problems });
    }
  };
  /** Runs a check; the hooks never change an answer, whatever goes wrong in here. */
  const check = (run: (validator: ResponseValidator) => string[]): string[] => {
    try {
      validator ??= new ResponseValidator(app.swagger() as unknown as OpenApiDocument);
    } catch (error) {
      validator = `the OpenAPI document cannot be generated (/openapi.json fails): ${(error as Error).message}`;
    }
    if (typeof validator === 'string') return [validator];
    try {
      return run(validator);
    } catch (error) {
      return [`the validator failed: ${(error as Error).message}`];
    }
  };

  // The handler's value before serialization. The serializer drops unknown properties, so a mismatch
  // here matters only when serialization then fails (a 5xx): onSend reports it as the cause.
  app.addHook('preSerialization', async (request, reply, payload) => {
    const { path, hidden } = routePath(request);
    // Problem documents (4xx/5xx) are written by the error handler with JSON.stringify; onSend checks those.
    if (path && !hidden && request.method !== 'OPTIONS' && reply.statusCode < 400) {
      const problems = check((validator) => validator.validateObject(path, request.method, reply.statusCode, payload));
      if (problems.length > 0) mismatched.set(request, { status: reply.statusCode, problems });
    }
    return payload;
  });

  app.addHook('onError', async (request, _reply, error) => {
    if ((error as { code?: string }).code === 'FST_ERR_RESPONSE_SERIALIZATION' && !mismatched.has(request)) {
      mismatched.set(request, {
        status: 200,
        problems: [`the response serializer refused the body: ${error.message}`],
      });
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const { path, hidden } = routePath(request);
    if (hidden || request.method === 'OPTIONS') return payload;
    const cause = mismatched.get(request);
    if (cause && reply.statusCode >= 500) {
      record(request, cause.status, [...cause.problems, `(so the answer became a ${reply.statusCode})`]);
      return payload;
    }
    const conditional = Boolean(request.headers['if-none-match'] || request.headers['if-modified-since']);
    record(
      request,
      reply.statusCode,
      check((validator) =>
        validator.validate({
          method: request.method,
          url: request.url,
          path,
          status: reply.statusCode,
          contentType: reply.getHeader('content-type') as string | undefined,
          body: bodyText(payload as Readable | string | Buffer | null, reply.getHeader('content-encoding')),
          conditional,
          headers: reply.getHeaders(),
        }),
      ),
    );
    return payload;
  });
}
