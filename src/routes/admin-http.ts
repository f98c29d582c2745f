import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyRouteSchemaDef } from 'fastify/types/schema.js';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invalidBody, writeProblems } from '../schemas/program-write.js';
import { requireIfMatch } from '../services/preconditions.js';

/** What the admin write routes share: their security requirement, body types and body validation. */

export const adminSecurity = [{ apiKey: [] }];

/**
 * A merge patch needs If-Match, so the header is required in the document. Its absence is a 428
 * (RFC 6585), not the 400 header validation would make of it: checked before validation.
 */
export function ifMatchRequired(what: string) {
  return {
    headers: z.object({
      'if-match': z.string().meta({
        description: `The ETag of the ${what} as read: 412 when the ${what} changed since, 428 without the header. \`*\` changes it whatever its version`,
        example: '*',
      }),
    }),
    preValidation: async (request: FastifyRequest) => {
      requireIfMatch(request.headers['if-match'], what);
    },
  };
}

/** JSON bodies only, merge patches included; anything else (text/plain too) is a 415. */
export function acceptJsonBodies(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    ['application/json', 'application/merge-patch+json'],
    { parseAs: 'string' },
    app.getDefaultJsonParser('error', 'error'),
  );
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Validates a write body with its schema and names each invalid field, unknown and server-owned
 * ones included (see writeProblems); other parts of the request validate as everywhere else.
 */
export function writeBodyValidator<S>(route: FastifyRouteSchemaDef<S>) {
  const zodRoute = route as unknown as FastifyRouteSchemaDef<z.ZodType>;
  if (route.httpPart !== 'body') return validatorCompiler(zodRoute);
  return (data: unknown) => {
    const result = zodRoute.schema.safeParse(data);
    return result.success ? { value: result.data } : { error: invalidBody(writeProblems(result.error)) };
  };
}

/**
 * A merge patch is validated after it is merged (a patch alone need not be a valid document);
 * here it only has to be a JSON object.
 */
export function patchBodyValidator<S>(route: FastifyRouteSchemaDef<S>) {
  if (route.httpPart !== 'body') return validatorCompiler(route as unknown as FastifyRouteSchemaDef<z.ZodType>);
  return (data: unknown) =>
    isPlainObject(data)
      ? { value: data }
      : { error: invalidBody([{ in: 'body', name: '(body)', message: 'must be a JSON object (a merge patch)' }]) };
}
