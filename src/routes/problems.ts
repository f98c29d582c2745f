import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type ErrorCode, errorCatalog, problemSlug, problemType } from '../errors.js';
import { problemResponses } from '../schemas/responses.js';
import { escapeHtml } from '../web/embed-page.js';

/**
 * What a problem document's `type` leads to (RFC 9457 §3.1.1: a type URI should resolve to
 * documentation a person can read): a page per error code. The same facts a program needs
 * (title, status, code) are in every problem document already.
 */

const codes = Object.keys(errorCatalog) as [ErrorCode, ...ErrorCode[]];
const codeBySlug = new Map(codes.map((code) => [problemSlug(code), code]));
const slugs = codes.map(problemSlug) as [string, ...string[]];

/** `code` spans in the catalog's descriptions become <code> elements; everything else is text. */
const withCode = (text: string) => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');

function page(code: ErrorCode): string {
  const { title, status, description } = errorCatalog[code];
  const type = problemType(code);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} (${status}) · HIM Program Finder API</title></head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>HTTP status <strong>${status}</strong>, <code>code</code>: <code>${code}</code>, <code>type</code>: <code>${escapeHtml(type)}</code></p>
<p>${withCode(description)}</p>
<p>Every error of this API is an RFC 9457 problem document (<code>application/problem+json</code>). See <a href="/docs">the API documentation</a>.</p>
</body>
</html>
`;
}

export const problemRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/problems/:slug',
    {
      config: { cache: 'public' },
      schema: {
        operationId: 'getProblemType',
        tags: ['Reference'],
        summary: 'What a problem `type` means',
        description:
          'The `type` of every problem document is a URI reference to this endpoint: a page that says what the problem means and what a client can do about it.',
        security: [],
        params: z.strictObject({
          slug: z
            .enum(slugs)
            .meta({ description: 'The last segment of a problem `type`', example: 'invalid-parameter' }),
        }),
        response: {
          200: {
            description: 'A page describing the problem: its title, status, code and what to do',
            content: { 'text/html': { schema: z.string() } },
          },
          ...problemResponses('invalid_parameter'),
        },
      },
    },
    async (request, reply) => {
      const code = codeBySlug.get(request.params.slug) as ErrorCode;
      return reply.type('text/html; charset=utf-8').send(page(code));
    },
  );
};
