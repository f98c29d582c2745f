import { sortValues } from '../../schemas/program-sort.ts';

// What the widget asks the API, and in which words: the filters of GET /v1/programs.

/** What the place box sends as it is: a ZIP code or a point (anything else is looked up as a city). */
export const PLACE = /^(\d{5}|-?\d{1,2}(\.\d+)?,\s*-?\d{1,3}(\.\d+)?)$/;

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
  internship_required: ['true', 'false'],
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

/** Yes/no filters, offered as Any / Yes / No with their counts. */
export const BOOLEAN = ['internship_required', 'placement_assistance'];

/**
 * Every parameter a search has: the element's attributes are these in kebab-case. `include_online`
 * is on unless it says 'false': a fully online program can be taken from anywhere.
 */
export const PARAMS = ['q', 'near', 'radius_mi', 'include_online', ...MULTI, ...Object.keys(SINGLE), 'sort', 'limit'];

/** Whether a search near a place also keeps the fully online programs (the default). */
export const includesOnline = (search) => search.include_online !== 'false';

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
    if ((key === 'radius_mi' || key === 'include_online') && !search.near) continue;
    if (key === 'include_online') {
      params.set(key, String(includesOnline(search)));
      continue;
    }
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

/** How many programs a search finds (null when the API could not say). */
export async function countOf(api, search, signal) {
  const params = toQuery(search, 'filters');
  params.set('limit', '1');
  params.set('fields', 'id');
  const answer = await getJson(`${api}/v1/programs?${params}`, signal);
  return answer.ok && typeof answer.body.meta?.total === 'number' ? answer.body.meta.total : null;
}

/**
 * A city typed or chosen in the place box, as a point: the location of a school in that city
 * (GET /v1/suggest knows the cities that have programs, GET /v1/programs their schools).
 * `city`: a suggestion ({ text, state }) or what was typed ("Chicago" or "Chicago, IL").
 * Resolves to { label: 'Chicago, IL', near: 'lat,lon' }, or null when there is no such city.
 */
export async function findPlace(api, city) {
  let place = typeof city === 'object' ? city : null;
  if (!place) {
    const [, name = '', state] = /^(.*?)(?:,\s*([A-Za-z]{2}))?$/.exec(city.trim()) || [];
    if (name.length < 2) return null;
    const answer = await getJson(`${api}/v1/suggest?${new URLSearchParams({ q: name.slice(0, 100), limit: '20' })}`);
    const cities = (answer.ok && Array.isArray(answer.body.data) ? answer.body.data : []).filter(
      (item) => item.type === 'city' && (!state || item.state === state.toUpperCase()),
    );
    const same = (item) => item.text.localeCompare(name, 'en', { sensitivity: 'base' }) === 0;
    place = cities.find(same) || cities[0];
    if (!place) return null;
  }
  const params = new URLSearchParams({
    q: place.text,
    state: place.state,
    accreditation_status: 'any',
    fields: 'institution',
    limit: '50',
  });
  const answer = await getJson(`${api}/v1/programs?${params}`);
  const key = (text) => (text || '').toLocaleLowerCase('en');
  const school = (answer.ok && Array.isArray(answer.body.data) ? answer.body.data : [])
    .map((program) => program.institution)
    .find((i) => i?.location && key(i.city) === key(place.text) && i.state === place.state);
  if (!school) return null;
  const { lat, lon } = school.location;
  return { label: `${school.city}, ${school.state}`, near: `${lat.toFixed(4)},${lon.toFixed(4)}` };
}

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
