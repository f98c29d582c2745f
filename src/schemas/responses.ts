import { z } from 'zod';
import { type ErrorCode, errorCatalog, problemSchema } from '../errors.js';

/**
 * A JSON success response, described in words: a client generated from the document shows the
 * description where it would otherwise say "Default Response".
 */
export function jsonResponse<const S extends z.ZodType>(description: string, schema: S) {
  return { description, content: { 'application/json': { schema } } };
}

/** `meta` of a list envelope; `sort` names the order of `data`, one of those the list can be asked for. */
export const listMetaSchema = <const S extends string>(sorts: readonly [S, ...S[]]) =>
  z.object({
    total: z.int().min(0).meta({ description: 'The exact number of matches' }),
    limit: z.int().min(1).max(100).meta({ description: 'The most items a page holds' }),
    sort: z.enum(sorts).meta({ description: 'The order of `data`' }),
    next_cursor: z
      .string()
      .nullable()
      .meta({ description: 'Pass as `cursor` for the next page; null on the last page' }),
  });

/** `links` of a list envelope. */
export const listLinksSchema = z.object({
  self: z.string().meta({ description: 'This page' }),
  next: z.string().nullable().meta({ description: 'The next page; null on the last page' }),
});

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
