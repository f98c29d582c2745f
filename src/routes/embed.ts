import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../errors.js';
import { idOrSlugParams, integerParam } from '../schemas/common.js';
import { programFilterQuerySchema, sortValues } from '../schemas/program-query.js';
import { problemResponses } from '../schemas/responses.js';
import { programJsonLd } from '../services/program-json-ld.js';
import { getProgramDetail } from '../services/programs.js';
import { EMBED_CSP, renderEmbedPage } from '../web/embed-page.js';
import { widgetScript } from '../web/widget-bundle.js';
import { programUrl } from './program-media-types.js';

/**
 * What an embed page takes: every filter of GET /v1/programs, checked as it checks them (the
 * rules that span parameters included), its sort and page size, and the language.
 */
const embedQuerySchema = programFilterQuerySchema.safeExtend({
  sort: z
    .enum(sortValues, { error: `must be one of: ${sortValues.join(', ')}` })
    .optional()
    .meta({ description: 'As on GET /v1/programs', example: 'tuition' }),
  limit: integerParam(1, 100).optional().meta({ description: 'Programs per page, default 20', example: 10 }),
  lang: z
    .enum(['en', 'es'], { error: 'must be en or es' })
    .optional()
    .meta({ description: 'English (default) or Spanish', example: 'es' }),
  program: idOrSlugParams.shape.id_or_slug.optional().meta({
    description:
      'A program (id or slug) the page opens on, its details shown above the results; the page then carries its schema.org JSON-LD. An unknown one is left out.',
  }),
});

/** A validated value written back as the query text the API takes. */
function asQueryText(value: unknown): string {
  if (Array.isArray(value)) return value.join(',');
  if (value && typeof value === 'object') return 'zip' in value ? String(value.zip) : Object.values(value).join(',');
  return String(value);
}

/** The program an embed page opens on, with its JSON-LD; undefined when there is no such program. */
async function featuredProgram(request: FastifyRequest, idOrSlug: string) {
  try {
    const { program } = await getProgramDetail(request.server.db.read(), idOrSlug);
    return {
      slug: program.slug,
      name: program.name,
      jsonLd: programJsonLd(program, programUrl(request, program.slug)),
    };
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return undefined;
    throw error;
  }
}

const text = (type: string, description: string) => ({
  description,
  content: { [type]: { schema: z.string() } },
});

const attributes =
  'Attributes preset the search, named as the query parameters of GET /v1/programs in kebab-case: `q`, `near`, `radius-mi`, `degree-level`, `discipline`, `delivery-mode`, `state`, `accreditation-status`, `internship-format`, `placement-assistance`, `career-services`, `occupation`, `max-tuition`, `min-graduation-rate`, `min-employment-rate`, `min-pass-rate`, `sort` and `limit`. `lang` picks English or Spanish (default: the language of the page), `api` the API base URL (default: the origin the script came from), `view="map"` opens on the map, `tiles` a tile URL template (`https://…/{z}/{x}/{y}.png`) for the map instead of the state outlines, with `tile-attribution` its credit line, `url-state` keeps the address bar in step with the search, and `program` (an id or slug) opens on that program, its card above the results with its details: careers with BLS pay by occupation (10th, median and 90th percentile, each figure linked to its source) and every outcome charted by cohort year.';

export const embedRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/widget.js',
    {
      config: { cache: 'public' },
      schema: {
        operationId: 'getWidgetScript',
        tags: ['Embedding'],
        summary: 'The <program-finder> web component',
        description: `One script, with no other host to load from, defining \`<program-finder>\`: search with type-ahead, filters with facet counts, a ZIP code and radius, sort, cards with accreditation, internship, career services, outcomes and tuition that expand to the whole record, a comparison of 2 to 5 programs and a map of the results, in English or Spanish. Load it with a deferred script element, then place the element: \`<program-finder state="TX" degree-level="associate"></program-finder>\`. ${attributes} Theme it with CSS custom properties (\`--pf-accent\`, \`--pf-font\`, \`--pf-text\`, … listed in the README). It emits \`pf-results\` and \`pf-error\` events.`,
        security: [],
        response: { 200: text('application/javascript', 'The script'), ...problemResponses() },
      },
    },
    async (_request, reply) => {
      const { script, etag } = await widgetScript();
      reply.header('etag', etag).type('application/javascript; charset=utf-8');
      return script;
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
          'The same `<program-finder>` as /widget.js on a page of its own that any site may frame. The query parameters preset the search, and the page keeps its address in step as the visitor searches, so a search can be shared and reloaded.\n\n```html\n<iframe src="https://api.example.org/embed?state=TX&degree_level=associate&lang=es" title="HIM programs" width="100%" height="800"></iframe>\n```',
        security: [],
        querystring: embedQuerySchema,
        response: { 200: text('text/html', 'The page'), ...problemResponses('invalid_parameter') },
      },
    },
    async (request, reply) => {
      const { lang, program, ...search } = request.query;
      const attributes: Record<string, string> = {};
      for (const [key, value] of Object.entries(search)) {
        if (value !== undefined) attributes[key] = asQueryText(value);
      }
      const featured = program === undefined ? undefined : await featuredProgram(request, program);
      if (featured) attributes.program = featured.slug;
      reply.header('content-security-policy', `${EMBED_CSP}; frame-ancestors *`).type('text/html; charset=utf-8');
      return renderEmbedPage(attributes, lang, featured);
    },
  );
};
