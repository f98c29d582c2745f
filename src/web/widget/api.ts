// What the widget asks the API: searches, counts, records, and the lists every element shares.
import { parseCity, type Search, toQuery } from './search.js';
import type {
  CitySuggestion,
  OccupationList,
  ProgramFieldsList,
  SuggestionList,
  UsMap,
  Vocabularies,
} from './types.js';

/** An answer: `body` is the parsed JSON (null when there was none); `status` 0 when the network failed. */
export type Answer<T> = { ok: true; status: number; body: T } | { ok: false; status: number; body: unknown };

const JSON_ACCEPT = { Accept: 'application/json' }; // a "simple" CORS request: no preflight

/**
 * GET a JSON answer (aborts reject). `T` is what the API's document says a success holds; the
 * body is not checked against it, so readers still guard what a wrong answer could break.
 */
export async function getJson<T>(url: string, signal?: AbortSignal): Promise<Answer<T>> {
  let response: Response;
  try {
    response = await fetch(url, { headers: JSON_ACCEPT, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, status: 0, body: null };
  }
  const body: unknown = await response.json().catch(() => null);
  return response.ok && body != null
    ? { ok: true, status: response.status, body: body as T }
    : { ok: false, status: response.status, body };
}

/** How many programs a search finds (null when the API could not say). */
export async function countOf(api: string, search: Search, signal?: AbortSignal): Promise<number | null> {
  const params = toQuery(search, 'filters');
  params.set('limit', '1');
  params.set('fields', 'id');
  const answer = await getJson<ProgramFieldsList>(`${api}/v1/programs?${params}`, signal);
  return answer.ok && typeof answer.body.meta?.total === 'number' ? answer.body.meta.total : null;
}

/** A place the place box found: its name and the point a search starts from ('lat,lon'). */
export interface Place {
  label: string;
  near: string;
}

/**
 * A city typed or chosen in the place box, as a point: the location of a school in that city
 * (GET /v1/suggest knows the cities that have programs, GET /v1/programs their schools).
 * `city`: a suggestion or what was typed ("Chicago" or "Chicago, IL"). Null when there is no such city.
 */
export async function findPlace(api: string, city: CitySuggestion | string): Promise<Place | null> {
  let place: { text: string; state: string } | undefined = typeof city === 'object' ? city : undefined;
  if (typeof city === 'string') {
    const typed = parseCity(city);
    if (!typed) return null;
    const { name, state } = typed;
    const answer = await getJson<SuggestionList>(
      `${api}/v1/suggest?${new URLSearchParams({ q: name.slice(0, 100), limit: '20' })}`,
    );
    const cities = (answer.ok && Array.isArray(answer.body.data) ? answer.body.data : []).filter(
      (item): item is CitySuggestion => item.type === 'city' && (!state || item.state === state),
    );
    const same = (item: CitySuggestion) => item.text.localeCompare(name, 'en', { sensitivity: 'base' }) === 0;
    place = cities.find(same) || cities[0];
  }
  if (!place) return null;
  const { text, state } = place;
  const params = new URLSearchParams({
    q: text,
    state,
    accreditation_status: 'any',
    fields: 'institution',
    limit: '50',
  });
  const answer = await getJson<ProgramFieldsList>(`${api}/v1/programs?${params}`);
  const key = (value: string | null | undefined) => (value || '').toLocaleLowerCase('en');
  const school = (answer.ok && Array.isArray(answer.body.data) ? answer.body.data : [])
    .map((program) => program.institution)
    .find((i) => i?.location && key(i.city) === key(text) && i.state === state);
  if (!school?.location) return null;
  const { lat, lon } = school.location;
  return { label: `${school.city}, ${school.state}`, near: `${lat.toFixed(4)},${lon.toFixed(4)}` };
}

/** One request per API base and resource, shared by every element on the page; failures are retried later. */
const shared = new Map<string, Promise<unknown>>();
function once<T>(url: string): Promise<T | null> {
  let pending = shared.get(url) as Promise<T | null> | undefined;
  if (!pending) {
    pending = getJson<T>(url).then((answer) => (answer.ok ? answer.body : null));
    pending.then((body) => body || shared.delete(url));
    shared.set(url, pending);
  }
  return pending;
}

export const loadVocabularies = (api: string) => once<Vocabularies>(`${api}/v1/vocabularies`);
export const loadUsMap = (api: string) => once<UsMap>(`${api}/widget/us-map.json`);
/** Where programs lead: every occupation with its pay, outlook and sources. */
export const loadOccupations = (api: string) => once<OccupationList>(`${api}/v1/occupations`);
