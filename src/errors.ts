import { z } from 'zod';

/**
 * The error catalog: every code the API answers with, its HTTP status and title.
 * Handlers throw AppError; one error handler renders RFC 9457 problem documents.
 */
export const errorCatalog = {
  invalid_parameter: {
    status: 400,
    title: 'Invalid request parameter',
    description:
      'A query parameter, path segment or header is malformed, out of range, unknown or not allowed with another one. `errors` names each of them; fix those and send the request again.',
  },
  invalid_body: {
    status: 400,
    title: 'Invalid request body',
    description:
      'The request body is not valid JSON, or a field in it is missing, unknown, of the wrong type or out of range. `errors` names each field by its dotted path.',
  },
  unauthorized: {
    status: 401,
    title: 'Missing or invalid credentials',
    description:
      'The endpoint needs an API key, sent as `Authorization: Bearer <key>`, and none was sent or the key is unknown or revoked.',
  },
  forbidden: { status: 403, title: 'Not allowed', description: 'The API key is valid but may not do this.' },
  not_found: {
    status: 404,
    title: 'Not found',
    description:
      'No endpoint answers this path, or the record it names (a program or institution, by id or slug) does not exist. `errors` names the unknown identifier.',
  },
  method_not_allowed: {
    status: 405,
    title: 'Method not allowed',
    description: 'The path exists but does not answer this HTTP method; the `Allow` header lists those it answers.',
  },
  not_acceptable: {
    status: 406,
    title: 'Not acceptable',
    description: 'The endpoint cannot answer in any media type the `Accept` header allows.',
  },
  request_timeout: {
    status: 408,
    title: 'Request timeout',
    description: 'The request (its headers or its body) did not arrive in time; send it again.',
  },
  conflict: {
    status: 409,
    title: 'Conflict',
    description:
      'The write would duplicate a record that already exists (the same unique key), or remove one that others still refer to.',
  },
  precondition_failed: {
    status: 412,
    title: 'Precondition failed',
    description:
      'The record changed since the `ETag` sent in `If-Match` was issued. Read it again (GET), reapply the change and send it with the new `ETag`.',
  },
  payload_too_large: {
    status: 413,
    title: 'Request body too large',
    description: 'The request body is larger than this endpoint accepts; split an import into smaller files.',
  },
  unsupported_media_type: {
    status: 415,
    title: 'Unsupported media type',
    description:
      'The request body has a `Content-Type` this endpoint does not read (writes take JSON, merge patches `application/merge-patch+json`, imports CSV or JSON), or a charset other than UTF-8.',
  },
  import_rejected: {
    status: 422,
    title: 'Import rejected',
    description:
      'Some rows of an import are invalid, so nothing was written. The problem carries the import report; `errors` lists every problem by row and column.',
  },
  precondition_required: {
    status: 428,
    title: 'Precondition required',
    description:
      'A change needs `If-Match` with the `ETag` of the record as read, so that it cannot silently undo a change made since.',
  },
  headers_too_large: {
    status: 431,
    title: 'Request header fields too large',
    description: 'The request line and headers exceed 16 KB.',
  },
  rate_limited: {
    status: 429,
    title: 'Too many requests',
    description: 'This client sent more requests in a minute than allowed; wait for the seconds in `Retry-After`.',
  },
  internal_error: {
    status: 500,
    title: 'Internal server error',
    description:
      'Something unexpected went wrong on the server; it has been logged under the `X-Request-Id` of the answer.',
  },
  unavailable: {
    status: 503,
    title: 'Service unavailable',
    description:
      'The database cannot be reached, the service is overloaded or it is shutting down. Retry after the seconds in `Retry-After`.',
  },
} as const;

export type ErrorCode = keyof typeof errorCatalog;

export const problemSlug = (code: ErrorCode) => code.replaceAll('_', '-');

/** A problem's `type`: a URI reference that GET /problems/{slug} answers with a description of the problem. */
export const problemType = (code: ErrorCode) => `/problems/${problemSlug(code)}`;

export interface ProblemItem {
  in: 'query' | 'path' | 'header' | 'body';
  name: string;
  message: string;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly errors?: ProblemItem[],
    /** Extra members of the problem document (e.g. an import report). */
    readonly extra?: Record<string, unknown>,
    /** Response headers that belong to this error (e.g. Retry-After). */
    readonly headers?: Record<string, string>,
  ) {
    super(detail);
    this.status = errorCatalog[code].status;
  }
}

export const notFound = (what: string, name = 'id_or_slug') =>
  new AppError('not_found', `${what} was not found`, [{ in: 'path', name, message: 'not found' }]);

export const invalidParameter = (name: string, message: string, where: ProblemItem['in'] = 'query') =>
  new AppError('invalid_parameter', `${name} ${message}`, [{ in: where, name, message }]);

export const problemItemSchema = z.object({
  in: z.enum(['query', 'path', 'header', 'body']),
  name: z.string().meta({ description: 'The parameter, header or body field (a dotted path)' }),
  message: z.string(),
});

export const problemSchema = z
  .looseObject({
    type: z.string().meta({
      description: 'A URI reference, one per `code`: a page at /problems/{slug} of this API that describes the problem',
      example: '/problems/invalid-parameter',
    }),
    title: z.string().meta({ example: 'Invalid request parameter' }),
    status: z.int().min(100).max(599).meta({ description: 'The HTTP status of the answer', example: 400 }),
    code: z.enum(Object.keys(errorCatalog) as [ErrorCode, ...ErrorCode[]]),
    detail: z.string().meta({ example: 'limit must be an integer from 1 to 100' }),
    instance: z.string().meta({ example: '/v1/programs?limit=500' }),
    errors: z.array(problemItemSchema).optional(),
  })
  .meta({ id: 'Problem', description: 'An RFC 9457 problem document' });
