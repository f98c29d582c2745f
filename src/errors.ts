import { z } from 'zod';

/**
 * The error catalog: every code the API answers with, its HTTP status and title.
 * Handlers throw AppError; one error handler renders RFC 9457 problem documents.
 */
export const errorCatalog = {
  invalid_parameter: { status: 400, title: 'Invalid request parameter' },
  invalid_body: { status: 400, title: 'Invalid request body' },
  unauthorized: { status: 401, title: 'Missing or invalid credentials' },
  forbidden: { status: 403, title: 'Not allowed' },
  not_found: { status: 404, title: 'Not found' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  not_acceptable: { status: 406, title: 'Not acceptable' },
  request_timeout: { status: 408, title: 'Request timeout' },
  conflict: { status: 409, title: 'Conflict' },
  precondition_failed: { status: 412, title: 'Precondition failed' },
  payload_too_large: { status: 413, title: 'Request body too large' },
  unsupported_media_type: { status: 415, title: 'Unsupported media type' },
  import_rejected: { status: 422, title: 'Import rejected' },
  precondition_required: { status: 428, title: 'Precondition required' },
  headers_too_large: { status: 431, title: 'Request header fields too large' },
  rate_limited: { status: 429, title: 'Too many requests' },
  internal_error: { status: 500, title: 'Internal server error' },
  unavailable: { status: 503, title: 'Service unavailable' },
} as const;

export type ErrorCode = keyof typeof errorCatalog;

export const problemType = (code: ErrorCode) => `/problems/${code.replaceAll('_', '-')}`;

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
    type: z.string().meta({ example: '/problems/invalid-parameter' }),
    title: z.string().meta({ example: 'Invalid request parameter' }),
    status: z.int().meta({ example: 400 }),
    code: z.enum(Object.keys(errorCatalog) as [ErrorCode, ...ErrorCode[]]),
    detail: z.string().meta({ example: 'limit must be an integer from 1 to 100' }),
    instance: z.string().meta({ example: '/v1/programs?limit=500' }),
    errors: z.array(problemItemSchema).optional(),
  })
  .meta({ id: 'Problem', description: 'An RFC 9457 problem document' });
