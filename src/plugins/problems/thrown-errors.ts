import type { FastifyError } from 'fastify';
import { databaseFailure, isTransient } from '../../db/failures.js';
import { AppError, type ErrorCode, type ProblemItem } from '../../errors.js';

/** What a thrown value means to the client, in the error catalog's terms (errors.ts). */

type Location = ProblemItem['in'];

const locations: Record<string, Location> = { querystring: 'query', params: 'path', headers: 'header', body: 'body' };

interface ValidationIssue {
  instancePath: string;
  message?: string;
  keyword?: string;
  params?: { keys?: string[] };
}

/** One problem item per offending parameter or field; unknown parameters are named one by one. */
function validationItems(where: Location, issues: ValidationIssue[]): ProblemItem[] {
  return issues.flatMap((issue) => {
    const path = issue.instancePath.split('/').filter(Boolean);
    const name = where === 'body' ? path.join('.') || '(body)' : (path[0] ?? '(unknown)');
    if (issue.keyword === 'unrecognized_keys' && issue.params?.keys) {
      const prefix = where === 'body' && path.length > 0 ? `${path.join('.')}.` : '';
      return issue.params.keys.map((key) => ({
        in: where,
        name: `${prefix}${key}`,
        message: where === 'query' ? 'is not a known parameter' : 'is not a known field',
      }));
    }
    return [{ in: where, name, message: issue.message ?? 'is invalid' }];
  });
}

/** The error a thrown value stands for, in the catalog's terms; anything unexpected is a 500 without details. */
export function toAppError(error: FastifyError & { code?: string }): AppError {
  if (error instanceof AppError) return error;
  if (error.validation) {
    const where = locations[error.validationContext ?? 'querystring'] ?? 'query';
    const items = validationItems(where, error.validation as ValidationIssue[]);
    const code: ErrorCode = where === 'body' ? 'invalid_body' : 'invalid_parameter';
    return new AppError(code, items.map((item) => `${item.name} ${item.message}`).join('; '), items);
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large', 'The request body is larger than the limit');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError(
        'unsupported_media_type',
        'The request body has a content type this endpoint does not accept',
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('invalid_body', 'The request body is empty', [
        { in: 'body', name: '(body)', message: 'is empty' },
      ]);
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('invalid_body', 'The request body is not valid JSON', [
        { in: 'body', name: '(body)', message: 'is not valid JSON' },
      ]);
  }
  if (error.statusCode === 400 && error.code?.startsWith('FST_')) {
    return new AppError('invalid_body', 'The request could not be read');
  }
  return databaseError(error) ?? new AppError('internal_error', 'An unexpected error occurred; it has been logged');
}

/**
 * A database failure a client can act on (db/failures.ts classifies it): a duplicate key is a
 * conflict; a database that cannot answer now is a 503 to retry. The database's own texts (SQL,
 * constraint names) never reach the client; anything else is left to be a 500.
 */
function databaseError(error: unknown): AppError | undefined {
  const failure = databaseFailure(error);
  if (!failure) return undefined;
  if (failure.kind === 'duplicate') return new AppError('conflict', 'A record with the same unique key already exists');
  if (!isTransient(failure)) return undefined;
  return new AppError('unavailable', 'The database is not available; try again shortly', undefined, undefined, {
    'retry-after': '5',
  });
}
