import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { projectRoot } from '../paths.js';
import { integerParam } from '../schemas/common.js';
import { filterShape } from '../schemas/program-query.js';
import { problemResponses } from '../schemas/responses.js';
import { strongEtag } from '../services/preconditions.js';
import { EMBED_CSP, type EmbedFilterKey, renderEmbedPage } from '../web/embed-page.js';

/** Read once: the script only changes with a deployment, so its ETag is fixed for the process. */
const widget = readFileSync(join(projectRoot, 'src', 'web', 'widget.js'), 'utf8');
const widgetEtag = strongEtag(widget);

/** The filters an embed page can preset; values are checked as GET /v1/programs would check them. */
const embedQuerySchema = z.strictObject({
  q: filterShape.q,
  state: filterShape.state,
  degree_level: filterShape.degree_level,
  discipline: filterShape.discipline,
  delivery_mode: filterShape.delivery_mode,
  limit: integerParam(1, 100).optional().meta({ description: 'Programs per page, default 20', example: 10 }),
} satisfies Record<EmbedFilterKey, z.ZodType>);

const text = (type: string, description: string) => ({
  description,
  content: { [type]: { schema: z.string() } },
});

export const embedRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/widget.js',
    {
      config: { cache: 'public' },
      schema: {
        operationId: 'getWidgetScript',
        tags: ['Embedding'],
        summary: 'The <program-finder> web component',
        description:
          'A dependency-free script defining `<program-finder>`: a search box, filters and a result list with "more" paging. Load it from this origin with a deferred script element, then place the element: `<program-finder state="TX" degree-level="associate"></program-finder>`. Attributes `q`, `state`, `degree-level`, `discipline`, `delivery-mode` and `limit` preset the search; `api` sets the API base URL (default: the origin the script came from). Style it with the CSS custom properties `--pf-accent` and `--pf-font` and the parts `form`, `search`, `filter`, `count`, `error`, `list`, `result` and `more`; it emits `pf-results` and `pf-error` events.',
        security: [],
        response: { 200: text('application/javascript', 'The script'), ...problemResponses() },
      },
    },
    async (_request, reply) => {
      reply.header('etag', widgetEtag).type('application/javascript; charset=utf-8');
      return widget;
    },
  );

  app.get(
    '/embed',
    {
      config: { cache: 'public' },
      // The page sends its own policy, which lets any site frame it.
      helmet: { contentSecurityPolicy: false, frameguard: false },
      schema: {
        operationId: 'getEmbedPage',
        tags: ['Embedding'],
        summary: 'The finder as a full HTML page, for an <iframe>',
        description:
          'The same `<program-finder>` as /widget.js on a page of its own that any site may frame. The query parameters preset the search.\n\n```html\n<iframe src="https://api.example.org/embed?state=TX&degree_level=associate" title="HIM programs" width="100%" height="600"></iframe>\n```',
        security: [],
        querystring: embedQuerySchema,
        response: { 200: text('text/html', 'The page'), ...problemResponses('invalid_parameter') },
      },
    },
    async (request, reply) => {
      const { limit, ...filters } = request.query;
      reply.header('content-security-policy', `${EMBED_CSP}; frame-ancestors *`).type('text/html; charset=utf-8');
      return renderEmbedPage({ ...filters, limit: limit === undefined ? undefined : String(limit) });
    },
  );
};
