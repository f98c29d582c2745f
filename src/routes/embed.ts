import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, notFound } from '../errors.js';
import { idOrSlugParams, integerParam } from '../schemas/common.js';
import { programFilterQuerySchema, sortValues } from '../schemas/program-query.js';
import { jsonResponse, problemResponses } from '../schemas/responses.js';
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
    example: 'pelarro-community-college-health-information-technology-aas-fort-lauderdale-fl',
  }),
  view: z
    .enum(['list', 'map', 'compare'], { error: 'must be list, map or compare' })
    .optional()
    .meta({ description: 'Opens on the list (default), the map, or the comparison of `chosen`', example: 'map' }),
  theme: z
    .enum(['light', 'dark'], { error: 'must be light or dark' })
    .optional()
    .meta({ description: "Light or dark colours; default: the visitor's system setting", example: 'dark' }),
  chosen: z
    .string()
    .regex(/^[\w-]{1,200}(,[\w-]{1,200}){0,4}$/, 'must be 1 to 5 program ids or slugs, comma-separated')
    .optional()
    .meta({
      description: 'Programs chosen for comparison (ids), at most five',
      example: 'pelarro-community-college-health-information-technology-aas-fort-lauderdale-fl',
    }),
});

type EmbedQuery = z.output<typeof embedQuerySchema>;

/**
 * The query of an embed page, read as leniently as a person deserves: what the API would refuse
 * (an unknown parameter, a value out of its list, a rule that spans parameters) is left out,
 * parameter by parameter, and the rest kept. `ignored` names what was left out.
 */
function readEmbedQuery(raw: unknown): { query: EmbedQuery; ignored: string[] } {
  const input: Record<string, unknown> = { ...(raw && typeof raw === 'object' ? raw : {}) };
  const ignored: string[] = [];
  // Each round drops at least one parameter, so this ends.
  for (;;) {
    const parsed = embedQuerySchema.safeParse(input);
    if (parsed.success) return { query: parsed.data, ignored };
    const names = new Set<string>();
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') for (const key of issue.keys) names.add(key);
      else if (typeof issue.path[0] === 'string') names.add(issue.path[0]);
    }
    const known = [...names].filter((name) => name in input);
    if (!known.length) return { query: {} as EmbedQuery, ignored: [...ignored, ...Object.keys(input)] };
    for (const name of known) {
      delete input[name];
      ignored.push(name);
    }
  }
}

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
  'Attributes preset the search, named as the query parameters of GET /v1/programs in kebab-case: `q`, `near`, `radius-mi`, `degree-level`, `discipline`, `delivery-mode`, `state`, `accreditation-status`, `internship-format`, `placement-assistance`, `internship-required`, `career-services`, `occupation`, `max-tuition`, `min-graduation-rate`, `min-employment-rate`, `min-pass-rate`, `sort` and `limit`. `lang` picks English or Spanish (default: the language of the page), `api` the API base URL (default: the origin the script came from), `view="map"` opens on the map, `tiles` a tile URL template (`https://…/{z}/{x}/{y}.png`) for the map instead of the state outlines, with `tile-attribution` its credit line, `view="compare"` opens on the comparison of `chosen` (up to five program ids, comma-separated), `theme` (`light` or `dark`; default: the visitor’s system setting) its colours, `include-online="false"` leaves fully online programs out of a search near a place (they are kept by default, as “Online, from anywhere”), `url-state` keeps the address bar in step with the search, the view, the choice and the comparison (Back undoes the last change), and `program` (an id or slug) opens on that program, its card above the results with its details: careers with BLS pay by occupation (10th, median and 90th percentile, each figure linked to its source) and every outcome charted by cohort year.';

const widgetVersionSchema = z
  .object({
    path: z.string().meta({
      description: 'The script at a URL named by its content, served immutable',
      example: '/widget/v1.0123456789abcdef.js',
    }),
    integrity: z.string().meta({
      description: "Its Subresource Integrity hash, for the script element's `integrity` attribute",
      example: 'sha384-…',
    }),
    gzip_bytes: z.int().meta({ description: 'Its size gzipped', example: 25000 }),
  })
  .meta({ id: 'WidgetVersion' });

/** A year, the longest a cache is asked to keep anything: the versioned script never changes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

export const embedRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/widget/version.json',
    {
      config: { cache: 'public' },
      schema: {
        operationId: 'getWidgetVersion',
        tags: ['Embedding'],
        summary: 'The versioned widget script and its integrity hash',
        description:
          'Where the current `<program-finder>` script is served immutable, and its Subresource Integrity hash: `<script src="https://api.example.org{path}" integrity="{integrity}" crossorigin="anonymous" defer></script>`. A new deployment that changes the script gives it a new path; the old path then answers 404, so a page pinned to it keeps the integrity check meaningful.',
        security: [],
        response: { 200: jsonResponse('The versioned script', widgetVersionSchema), ...problemResponses() },
      },
    },
    async () => {
      const { path, integrity, gzipBytes } = await widgetScript();
      return { path, integrity, gzip_bytes: gzipBytes };
    },
  );

  app.get(
    '/widget/:file',
    {
      config: { cache: 'public' },
      schema: {
        operationId: 'getVersionedWidgetScript',
        tags: ['Embedding'],
        summary: 'The <program-finder> web component at its versioned, immutable URL',
        description:
          'The same script as /widget.js, at the path GET /widget/version.json gives (`v1.<hash>.js`), with `Cache-Control: public, max-age=31536000, immutable`. Any other name answers 404.',
        security: [],
        params: z.strictObject({
          file: z.string().max(100).meta({ description: 'v1.<hash>.js', example: 'v1.0123456789abcdef.js' }),
        }),
        response: {
          200: text('application/javascript', 'The script'),
          ...problemResponses('invalid_parameter', 'not_found'),
        },
      },
      // After the cache plugin's own onSend, which would set the short public max-age.
      onSend: async (_request, reply, payload) => {
        if (reply.statusCode === 200 || reply.statusCode === 304) reply.header('cache-control', IMMUTABLE);
        return payload;
      },
    },
    async (request, reply) => {
      const { script, etag, path } = await widgetScript();
      if (path !== `/widget/${request.params.file}`) throw notFound('This version of the widget', 'file');
      reply.header('etag', etag).type('application/javascript; charset=utf-8');
      return script;
    },
  );

  app.get(
    '/widget.js',
    {
      config: { cache: 'public' },
      schema: {
        operationId: 'getWidgetScript',
        tags: ['Embedding'],
        summary: 'The <program-finder> web component',
        description: `One script, with no other host to load from, defining \`<program-finder>\`: search with type-ahead, filters with facet counts, a ZIP code and radius, sort, cards with accreditation, internship, career services, outcomes and tuition that expand to the whole record, a comparison of 2 to 5 programs and a map of the results, in English or Spanish. Load it with a deferred script element, then place the element: \`<program-finder state="TX" degree-level="associate"></program-finder>\`. ${attributes} Theme it with CSS custom properties (\`--pf-accent\`, \`--pf-font\`, \`--pf-text\`, … listed in the README). It emits \`pf-results\`, \`pf-error\`, \`pf-select\` (a program's details opened), \`pf-compare\` (a comparison shown) and \`pf-outbound\` (a click to a program's or institution's site) events, their \`detail\` shapes in the README. The same script is served immutable at a versioned URL with a Subresource Integrity hash: see GET /widget/version.json.`,
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
      config: { cache: 'public', lenientQuery: true },
      // The page sends its own policy, which lets any site frame it.
      helmet: { contentSecurityPolicy: false, frameguard: false },
      schema: {
        operationId: 'getEmbedPage',
        tags: ['Embedding'],
        summary: 'The finder as a full HTML page, for an <iframe>',
        description:
          'The same `<program-finder>` as /widget.js on a page of its own that any site may frame. The query parameters are the widget\'s attributes in snake_case (the filters of GET /v1/programs, `sort`, `limit`, `lang`, `view`, `theme`, `chosen`, `program`); one the page cannot use is left out, with a notice on the page rather than an error. The page keeps its address in step as the visitor searches, so a search can be shared and reloaded, and tells a framing page its height (`postMessage({ type: \'pf-height\', height })`).\n\n```html\n<iframe src="https://api.example.org/embed?state=TX&degree_level=associate&lang=es" title="HIM programs" width="100%" height="800"></iframe>\n```',
        security: [],
        querystring: embedQuerySchema,
        response: { 200: text('text/html', 'The page'), ...problemResponses() },
      },
      // A parameter the page cannot use is left out with a notice on the page, never a problem document.
      attachValidation: true,
    },
    async (request, reply) => {
      // On a validation error the query is left as it came (strings, lists for repeated names).
      const { query, ignored } = request.validationError
        ? readEmbedQuery(request.query)
        : { query: request.query, ignored: [] };
      const { lang, program, ...search } = query;
      const attributes: Record<string, string> = {};
      for (const [key, value] of Object.entries(search)) {
        if (value !== undefined) attributes[key] = asQueryText(value);
      }
      const featured = program === undefined ? undefined : await featuredProgram(request, program);
      if (featured) attributes.program = featured.slug;
      reply.header('content-security-policy', `${EMBED_CSP}; frame-ancestors *`).type('text/html; charset=utf-8');
      return renderEmbedPage(attributes, lang, featured, ignored);
    },
  );
};
