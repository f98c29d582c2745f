import { type ErrorCode, errorCatalog, problemSchema } from '../errors.js';

/**
 * The error responses a route declares in OpenAPI, all with the one problem
 * schema. Every route can be rate limited (429) or fail (500, 503).
 */
const always: ErrorCode[] = ['rate_limited', 'internal_error', 'unavailable'];

export function problemResponses(...codes: ErrorCode[]) {
  const responses: Record<
    number,
    { description: string; content: { 'application/problem+json': { schema: typeof problemSchema } } }
  > = {};
  for (const code of [...codes, ...always]) {
    const { status, title } = errorCatalog[code];
    const previous = responses[status]?.description;
    responses[status] = {
      description: previous ? `${previous}; ${title}` : title,
      content: { 'application/problem+json': { schema: problemSchema } },
    };
  }
  return responses;
}
