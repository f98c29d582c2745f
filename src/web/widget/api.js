import { sortValues } from '../../schemas/program-sort.ts';

// What the widget asks the API, and in which words: the filters of GET /v1/programs.

/** Multi-valued filters, in the order the filter panel shows them; each has facet counts. */
export const MULTI = [
  'degree_level',
  'discipline',
  'occupation',
  'delivery_mode',
  'state',
  'accreditation_status',
  'internship_format',
  'career_services',
];

/** Filters with one value, offered as a short list of choices (a preset may add its own). */
export const SINGLE = {
  placement_assistance: ['true', 'false'],
  max_tuition: ['5000', '10000', '15000', '20000', '30000'],
  min_graduation_rate: ['50', '60', '70', '80', '90'],
  min_employment_rate: ['50', '60', '70', '80', '90'],
  min_pass_rate: ['50', '60', '70', '80', '90'],
};

export const RADII = ['10', '25', '50', '100', '250', '500'];
export const DEFAULT_RADIUS = '50';
/** The service's own list of sort orders, bundled in. */
export const SORTS = sortValues;

/** Every parameter a search has: the element's attributes are these in kebab-case. */
export const PARAMS = ['q', 'near', 'radius_mi', ...MULTI, ...Object.keys(SINGLE), 'sort', 'limit'];

/** What a card needs: keeps list answers small. */
const CARD_FIELDS =
  'id,slug,name,credential,degree_level,discipline,delivery_mode,institution,accreditation,internship,career_services,outcomes,tuition,careers,urls,source';

/** An empty search. */
export function emptySearch() {
  const search = {};
  for (const key of PARAMS) search[key] = MULTI.includes(key) ? [] : '';
  return search;
}

/** Reads a parameter's value as the widget keeps it: a list for multi-valued filters, else trimmed text. */
export function parseValue(key, text) {
  const value = (text || '').trim();
  if (!MULTI.includes(key)) return value;
  const list = value ? value.split(',').map((item) => item.trim()) : [];
  return key === 'state' ? list.map((item) => item.toUpperCase()) : list;
}

/** The sort the API would use when none is given. */
export const defaultSort = (search) => (search.q ? 'relevance' : search.near ? 'distance' : 'name');

/**
 * The query string of a search. `what`: 'filters' (facets), 'list' (adds sort, limit and the
 * card fields) or 'url' (adds sort and limit: the address of an /embed page).
 */
export function toQuery(search, what) {
  const params = new URLSearchParams();
  for (const key of PARAMS) {
    if ((key === 'sort' || key === 'limit') && what === 'filters') continue;
    if (key === 'radius_mi' && !search.near) continue;
    const value = MULTI.includes(key) ? search[key].join(',') : search[key];
    if (value) params.set(key, value);
  }
  if (what === 'list') params.set('fields', CARD_FIELDS);
  return params;
}

/** How many filters narrow the search (the search box, ZIP and sort aside). */
export const activeFilters = (search) =>
  [...MULTI, ...Object.keys(SINGLE)].reduce(
    (n, key) => n + (MULTI.includes(key) ? search[key].length : search[key] ? 1 : 0),
    0,
  );

const JSON_ACCEPT = { Accept: 'application/json' }; // a "simple" CORS request: no preflight

/** GET a JSON answer: { ok, status, body } (status 0 when the network failed). Aborts reject. */
export async function getJson(url, signal) {
  let response;
  try {
    response = await fetch(url, { headers: JSON_ACCEPT, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, status: 0, body: null };
  }
  const body = await response.json().catch(() => null);
  return { ok: response.ok && body != null, status: response.status, body };
}

/** One request per API base and resource, shared by every element on the page; failures are retried later. */
const shared = new Map();
function once(url) {
  if (!shared.has(url)) {
    const pending = getJson(url).then((answer) => (answer.ok ? answer.body : null));
    pending.then((body) => body || shared.delete(url));
    shared.set(url, pending);
  }
  return shared.get(url);
}

export const loadVocabularies = (api) => once(`${api}/v1/vocabularies`);
export const loadUsMap = (api) => once(`${api}/widget/us-map.json`);
/** Where programs lead: every occupation with its pay, outlook and sources. */
export const loadOccupations = (api) => once(`${api}/v1/occupations`);
