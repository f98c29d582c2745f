import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema.js';

/**
 * The HIM Program Finder API for TypeScript: openapi-fetch over the types generated from the API's
 * OpenAPI document (./schema.ts), plus the few things every user of the API writes anyway.
 */

export type { components, operations, paths } from './schema.js';

type Schemas = components['schemas'];
export type Program = Schemas['Program'];
export type ProgramDetail = Schemas['ProgramDetail'];
export type ProgramListItem = Schemas['ProgramListItem'];
export type ProgramList = Schemas['ProgramList'];
export type ProgramFieldsItem = Schemas['ProgramFieldsItem'];
export type ProgramFieldsList = Schemas['ProgramFieldsList'];
export type ProgramFacets = Schemas['ProgramFacets'];
export type ProgramWriteInput = Schemas['ProgramWriteInput'];
export type ProgramPatchInput = Schemas['ProgramPatchInput'];
export type Institution = Schemas['Institution'];
export type InstitutionDetail = Schemas['InstitutionDetail'];
export type Suggestion = Schemas['Suggestion'];
export type Vocabularies = Schemas['Vocabularies'];
export type ImportReport = Schemas['ImportReport'];
export type Problem = Schemas['Problem'];

/** The filters, sort and paging of GET /v1/programs. */
export type ProgramQuery = NonNullable<paths['/v1/programs']['get']['parameters']['query']>;

/** The media types the client reads: JSON answers and problem documents. */
type JsonMedia = 'application/json' | 'application/problem+json';

/** A client of the JSON answers (a program's JSON-LD, for Accept: application/ld+json, is left out of its types). */
export type FinderClient = Client<paths, JsonMedia>;

export interface FinderClientOptions extends Omit<ClientOptions, 'baseUrl'> {
  /** The API's origin, e.g. `https://programs.example.org`; the paths start with /v1. */
  baseUrl: string;
  /**
   * An admin API key, for writes, imports and /v1/admin. It is sent only with those: public reads
   * go without it, so that shared caches and the service's own response cache can answer them.
   */
  apiKey?: string;
}

const reads = new Set(['GET', 'HEAD']);

function adminKey(apiKey: string): Middleware {
  return {
    onRequest({ request, schemaPath }) {
      if (reads.has(request.method) && !schemaPath.startsWith('/v1/admin/')) return undefined;
      request.headers.set('authorization', `Bearer ${apiKey}`);
      return request;
    },
  };
}

/**
 * A client for the API: `client.GET('/v1/programs', { params: { query: { state: ['TX'] } } })` and so
 * on, every path, parameter and answer typed. Answers are `{ data }` or `{ error }` (a problem
 * document) with the `response`; a conditional GET answered 304 has neither: check `response.status`.
 */
export function createFinderClient({ apiKey, ...options }: FinderClientOptions): FinderClient {
  const client = createClient<paths, JsonMedia>(options);
  if (apiKey) client.use(adminKey(apiKey));
  return client;
}

/**
 * Whether a page of GET /v1/programs holds whole programs: it does unless `fields` was asked for,
 * and then it is a ProgramFieldsList, whose items hold only the fields its top-level `fields` names.
 */
export const hasWholePrograms = (page: ProgramList | ProgramFieldsList): page is ProgramList => !('fields' in page);

/** A problem document answered to a request, thrown by the helpers below. */
export class FinderProblem extends Error {
  constructor(
    readonly problem: Problem,
    readonly status: number,
  ) {
    super(`${problem.title}: ${problem.detail}`);
    this.name = 'FinderProblem';
  }
}

/**
 * Every program matching `query`, in its order, page after page (it follows `meta.next_cursor`, so
 * each program comes exactly once even while the data changes).
 */
export async function* allPrograms(
  client: FinderClient,
  query: Omit<ProgramQuery, 'cursor' | 'fields'> = {},
): AsyncGenerator<ProgramListItem> {
  let cursor: string | undefined;
  do {
    const { data, error, response } = await client.GET('/v1/programs', { params: { query: { ...query, cursor } } });
    if (error) throw new FinderProblem(error, response.status);
    if (!hasWholePrograms(data)) throw new TypeError('a page asked for without `fields` holds whole programs');
    yield* data.data;
    cursor = data.meta.next_cursor ?? undefined;
  } while (cursor);
}
