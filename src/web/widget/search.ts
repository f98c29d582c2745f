// A search as the widget keeps it, and the same search as the query string of GET /v1/programs or
// the address of an /embed page. No DOM: unit-tested in Node (tests/unit/widget-search.test.ts).
import type { z } from 'zod';
import type { filterShape } from '../../schemas/program-query.js';
import { type SortKey, sortValues } from '../../schemas/program-sort.js';
import type { ProgramListItem } from './types.js';

type FilterName = keyof typeof filterShape;
type Parsed<K extends FilterName> = NonNullable<z.output<(typeof filterShape)[K]>>;
/** What a filter takes, read from the service's own query schema. */
type KindOf<K extends FilterName> =
  Parsed<K> extends readonly unknown[]
    ? 'list'
    : Parsed<K> extends boolean
      ? 'boolean'
      : Parsed<K> extends number
        ? 'number'
        : Parsed<K> extends string
          ? 'text'
          : 'place';

/**
 * The filters of GET /v1/programs, in the order the filter panel shows the lists. Bundling the
 * service's zod schema would triple the script, so the names are written here and checked against
 * it: a filter added to, renamed in or retyped in `filterShape` fails the widget's type check.
 */
export const FILTERS = {
  q: 'text',
  near: 'place',
  radius_mi: 'number',
  include_online: 'boolean',
  degree_level: 'list',
  discipline: 'list',
  occupation: 'list',
  delivery_mode: 'list',
  state: 'list',
  accreditation_status: 'list',
  internship_format: 'list',
  career_services: 'list',
  internship_required: 'boolean',
  placement_assistance: 'boolean',
  max_tuition: 'number',
  min_graduation_rate: 'number',
  min_employment_rate: 'number',
  min_pass_rate: 'number',
} as const satisfies { [K in FilterName]: KindOf<K> };

type Filters = typeof FILTERS;
type OfKind<T> = { [K in keyof Filters]: Filters[K] extends T ? K : never }[keyof Filters];
/** Multi-valued filters: each has facet counts. */
export type MultiKey = OfKind<'list'>;
/** Filters beside the search box and the place: one value from a short list of choices. */
export type SingleKey = Exclude<OfKind<'boolean' | 'number'>, 'radius_mi' | 'include_online'>;
export type BooleanKey = Extract<SingleKey, OfKind<'boolean'>>;

/** What the place box sends as it is: a ZIP code or a point (anything else is looked up as a city). */
export const PLACE = /^(\d{5}|-?\d{1,2}(\.\d+)?,\s*-?\d{1,3}(\.\d+)?)$/;

export const MULTI = (Object.keys(FILTERS) as (keyof Filters)[]).filter(
  (key): key is MultiKey => FILTERS[key] === 'list',
);

/** The choices of each one-valued filter (a preset may add its own). */
export const SINGLE: { readonly [K in SingleKey]: readonly string[] } = {
  internship_required: ['true', 'false'],
  placement_assistance: ['true', 'false'],
  max_tuition: ['5000', '10000', '15000', '20000', '30000'],
  min_graduation_rate: ['50', '60', '70', '80', '90'],
  min_employment_rate: ['50', '60', '70', '80', '90'],
  min_pass_rate: ['50', '60', '70', '80', '90'],
};
export const SINGLE_KEYS = Object.keys(SINGLE) as SingleKey[];

/** Yes/no filters, offered as Any / Yes / No with their counts. */
export const BOOLEAN = SINGLE_KEYS.filter((key): key is BooleanKey => FILTERS[key] === 'boolean');

export const RADII = ['10', '25', '50', '100', '250', '500'];
export const DEFAULT_RADIUS = '50';
/** The service's own list of sort orders, bundled in. */
export const SORTS: readonly SortKey[] = sortValues;

/**
 * Every parameter a search has: the element's attributes are these in kebab-case. `include_online`
 * is on unless it says 'false': a fully online program can be taken from anywhere.
 */
export const PARAMS = [
  'q',
  'near',
  'radius_mi',
  'include_online',
  ...MULTI,
  ...SINGLE_KEYS,
  'sort',
  'limit',
] as const satisfies readonly (FilterName | 'sort' | 'limit')[];
export type Param = (typeof PARAMS)[number];

/** A search: a list for each multi-valued filter, else text ('' when not given). */
export type Search = { [K in Param]: K extends MultiKey ? string[] : string };

export const isMulti = (key: string): key is MultiKey => (MULTI as string[]).includes(key);
export const isParam = (key: string): key is Param => (PARAMS as readonly string[]).includes(key);

/** An attribute's name: the parameter in kebab-case. */
export const attributeOf = (key: string) => key.replace(/_/g, '-');

/** Whether a search near a place also keeps the fully online programs (the default). */
export const includesOnline = (search: Search) => search.include_online !== 'false';

/** What a card needs: keeps list answers small. */
export const CARD_FIELDS = [
  'id',
  'slug',
  'name',
  'credential',
  'degree_level',
  'discipline',
  'delivery_mode',
  'institution',
  'accreditation',
  'internship',
  'career_services',
  'outcomes',
  'tuition',
  'careers',
  'urls',
  'source',
] as const satisfies readonly (keyof ProgramListItem)[];

/** A program as a list page with CARD_FIELDS answers it (a full record has all of it too). */
export type CardProgram = Pick<ProgramListItem, (typeof CARD_FIELDS)[number]> &
  Partial<Pick<ProgramListItem, 'distance_mi'>>;

/** What a dot on the map needs. */
export const MAP_FIELDS = [
  'id',
  'name',
  'institution',
  'delivery_mode',
] as const satisfies readonly (keyof ProgramListItem)[];
export type MapProgram = Pick<ProgramListItem, (typeof MAP_FIELDS)[number]>;

/** An empty search. */
export function emptySearch(): Search {
  const search: Partial<Record<Param, string | string[]>> = {};
  for (const key of PARAMS) search[key] = isMulti(key) ? [] : '';
  return search as Search;
}

/** Reads a parameter's value as the widget keeps it: a list for multi-valued filters, else trimmed text. */
export function parseValue<K extends Param>(key: K, text: string | null | undefined): Search[K];
export function parseValue(key: Param, text: string | null | undefined): string | string[] {
  const value = (text || '').trim();
  if (!isMulti(key)) return value;
  const list = value ? value.split(',').map((item) => item.trim()) : [];
  return key === 'state' ? list.map((item) => item.toUpperCase()) : list;
}

/** Sets one parameter of a search from text (an attribute's or an address's). */
export function setParam(search: Search, key: Param, text: string | null | undefined) {
  (search as Record<Param, string | string[]>)[key] = parseValue(key, text);
}

/** The search an address or a set of attributes holds: `get(name)` reads one parameter. */
export function searchFrom(get: (key: Param) => string | null | undefined): Search {
  const search = emptySearch();
  for (const key of PARAMS) setParam(search, key, get(key));
  return search;
}

/** The sort the API would use when none is given. */
export const defaultSort = (search: Search): SortKey => (search.q ? 'relevance' : search.near ? 'distance' : 'name');

/**
 * The query string of a search. `what`: 'filters' (facets), 'list' (adds sort, limit and the
 * card fields) or 'url' (adds sort and limit: the address of an /embed page).
 */
export function toQuery(search: Search, what: 'filters' | 'list' | 'url'): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of PARAMS) {
    if ((key === 'sort' || key === 'limit') && what === 'filters') continue;
    if ((key === 'radius_mi' || key === 'include_online') && !search.near) continue;
    if (key === 'include_online') {
      params.set(key, String(includesOnline(search)));
      continue;
    }
    const value = isMulti(key) ? search[key].join(',') : search[key];
    if (value) params.set(key, value);
  }
  if (what === 'list') params.set('fields', CARD_FIELDS.join(','));
  return params;
}

/** How many filters narrow the search (the search box, ZIP and sort aside). */
export const activeFilters = (search: Search) =>
  MULTI.reduce((n, key) => n + search[key].length, 0) + SINGLE_KEYS.filter((key) => search[key]).length;

/** No filter at all: every list empty, every one-valued filter unset. */
export function clearFilters(search: Search): Search {
  const next = { ...search };
  for (const key of MULTI) next[key] = [];
  for (const key of SINGLE_KEYS) next[key] = '';
  return next;
}

export const MAX_COMPARE = 5;

/** The ids of a `chosen` attribute or parameter (comma-separated), at most five. */
export const idsOf = (text: string | null | undefined) =>
  (text || '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
    .slice(0, MAX_COMPARE);

export type View = 'list' | 'map' | 'compare';

/** What an /embed address holds besides the search. */
export interface AddressState {
  lang?: string | null;
  theme?: string | null;
  program?: string | null;
  view: View;
  chosen: string[];
}

/** The query string of an /embed page: the search, then the page's own parameters that are set. */
export function toAddress(search: Search, state: AddressState): URLSearchParams {
  const params = toQuery(search, 'url');
  const keep = {
    lang: state.lang,
    theme: state.theme,
    program: state.program,
    view: state.view === 'list' ? '' : state.view,
    chosen: state.chosen.join(','),
  };
  for (const [key, value] of Object.entries(keep)) if (value) params.set(key, value);
  return params;
}

/** The search, view and choice an /embed address holds (Back and Forward restore them). */
export function fromAddress(params: URLSearchParams): { search: Search; view: View; chosen: string[] } {
  const view = params.get('view');
  const chosen = idsOf(params.get('chosen'));
  return {
    search: searchFrom((key) => params.get(key)),
    view: view === 'map' ? 'map' : view === 'compare' && chosen.length >= 2 ? 'compare' : 'list',
    chosen,
  };
}

/** "Chicago" or "Chicago, IL" typed in the place box: the city's name and its state, if given. */
export function parseCity(text: string): { name: string; state: string | null } | null {
  const [, name = '', state] = /^(.*?)(?:,\s*([A-Za-z]{2}))?$/.exec(text.trim()) || [];
  return name.length < 2 ? null : { name, state: state ? state.toUpperCase() : null };
}

/**
 * The parameters of a search the API refused (the `errors` of its 400 problem) that came from the
 * page and can be left out: for each, what is dropped and the search without it. `near` is not
 * among them: the place is the visitor's, and is said under the place box.
 */
export function withoutRefused(
  search: Search,
  errors: readonly { name: string; message: string }[],
): { search: Search; ignored: string[] } {
  const next = { ...search };
  const ignored: string[] = [];
  for (const { name, message } of errors) {
    if (!isParam(name) || name === 'near') continue;
    if (isMulti(name)) {
      if (!next[name].length) continue;
      // The values a message quotes ("must be one of…: "bachelor"") are the refused ones; else all.
      const bad = [...String(message).matchAll(/"([^"]*)"/g)].map((m) => m[1]);
      const drop = bad.length ? next[name].filter((v) => bad.includes(v)) : next[name];
      ignored.push(`${attributeOf(name)}="${drop.join(',')}" (${message})`);
      next[name] = next[name].filter((v) => !drop.includes(v));
    } else {
      if (!next[name]) continue;
      ignored.push(`${attributeOf(name)}="${next[name]}" (${message})`);
      next[name] = '';
    }
  }
  return { search: next, ignored };
}
