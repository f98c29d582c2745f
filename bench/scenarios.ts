import type { BenchRequest } from './load.js';
import { interleave, type QueryKind, searchQueries, suggestPrefixes } from './queries.js';

/** A named load: which request(s), how many connections, and whether the response cache is on. */
export interface Scenario {
  name: string;
  /** `off`: the service runs with RESPONSE_CACHE_SIZE=0, so every request does its work. */
  cache: 'on' | 'off';
  connections: number;
  request: BenchRequest | ((n: number) => BenchRequest);
  description: string;
  /** The OpenAPI path it needs; without it in this build the scenario is skipped with a note. */
  requires?: string;
}

export interface Discovered {
  programIds: string[];
  programNames: string[];
  institutions: string[];
  cities: string[];
  zips: string[];
  filteredList: string;
  filteredTotal: number;
  /** The paths of this build's OpenAPI document. */
  paths: Set<string>;
  /** How the mixed workload writes, or why it cannot. */
  write: { kind: 'accreditation-action' } | { kind: 'none'; reason: string };
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { 'x-forwarded-for': '198.19.0.1' } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  return (await response.json()) as T;
}

// The filtered list of the issue: state + degree level + delivery mode, 20 rows. The narrowest of these
// that still fills a page is used, so the 1,000- and 100,000-program sets ask comparable questions.
const filteredCandidates = [
  '/v1/programs?state=CA&degree_level=associate&delivery_mode=online',
  '/v1/programs?state=CA,TX&degree_level=associate&delivery_mode=online,hybrid',
  '/v1/programs?state=CA,TX,FL,NY&degree_level=associate,baccalaureate&delivery_mode=online,hybrid',
];

/** Reads what the scenarios need from the running service: ids, names, places, and which writes exist. */
export async function discover(base: string): Promise<Discovered> {
  type Page = { data: { id: string; name: string }[]; meta: { total: number } };
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const sort of ['name', '-name', 'tuition', '-updated_at']) {
    for (const program of (await getJson<Page>(`${base}/v1/programs?limit=100&sort=${sort}`)).data) {
      ids.add(program.id);
      names.add(program.name);
    }
  }
  const institutions = await getJson<{ data: { name: string; city: string; zip: string | null }[] }>(
    `${base}/v1/institutions?limit=100`,
  );
  let filteredList = filteredCandidates.at(-1) as string;
  let filteredTotal = 0;
  for (const candidate of filteredCandidates) {
    filteredTotal = (await getJson<Page>(`${base}${candidate}`)).meta.total;
    filteredList = candidate;
    if (filteredTotal >= 20) break;
  }
  const document = await getJson<{ paths: Record<string, Record<string, unknown>> }>(`${base}/openapi.json`);
  const write: Discovered['write'] = document.paths['/v1/programs/{id_or_slug}/accreditation-actions']?.post
    ? { kind: 'accreditation-action' }
    : { kind: 'none', reason: 'POST /v1/programs/{id_or_slug}/accreditation-actions is not in this build' };
  const unique = (values: (string | null)[]) => [...new Set(values.filter((value): value is string => !!value))];
  return {
    programIds: [...ids].slice(0, 300),
    programNames: [...names].sort().slice(0, 40),
    institutions: unique(institutions.data.map((institution) => institution.name)).slice(0, 60),
    cities: unique(institutions.data.map((institution) => institution.city)).slice(0, 60),
    zips: unique(institutions.data.map((institution) => institution.zip)),
    filteredList,
    filteredTotal,
    paths: new Set(Object.keys(document.paths)),
    write,
  };
}

const states = ['CA', 'TX', 'FL', 'NY', 'PA', 'IL', 'OH', 'GA', 'NC', 'MI', 'NJ', 'VA', 'WA', 'AZ', 'MA', 'TN'];
const levels = ['associate', 'baccalaureate', 'master', 'certificate'];
const modes = ['online', 'hybrid', 'campus'];
const at = <T>(list: readonly T[], n: number) => list[n % list.length] as T;

const services = ['exam_prep', 'job_placement', 'mentoring', 'alumni_network', 'resume_review'];
const facetWords = [
  'health informatics',
  'coding',
  'health information management',
  'digital health',
  'helth informatcs',
];

/** Facet requests: a filter sidebar as visitors click through it, with and without a search. */
function facetPath(n: number): string {
  const kinds = [
    () => `state=${at(states, n)}`,
    () => `state=${at(states, n)}&degree_level=${at(levels, n >> 2)}`,
    () => `degree_level=${at(levels, n)}&delivery_mode=${at(modes, n >> 1)}`,
    () => `delivery_mode=${at(modes, n)}&career_services=${at(services, n >> 1)}`,
    () => `state=${at(states, n)},${at(states, n + 5)}&placement_assistance=true`,
    () => `q=${encodeURIComponent(at(facetWords, n))}`,
    () => `q=${encodeURIComponent(at(facetWords, n))}&state=${at(states, n >> 1)}&degree_level=${at(levels, n >> 2)}`,
    () => `q=${encodeURIComponent(at(facetWords, n))}&delivery_mode=online&career_services=${at(services, n >> 2)}`,
  ];
  return `/v1/programs/facets?${at(kinds, n)()}`;
}

export function scenarios(found: Discovered, adminKey: string): Scenario[] {
  const kinds = searchQueries(found);
  const queries = interleave([kinds.name, kinds.typo, kinds.words]);
  const prefixes = suggestPrefixes(found);
  const search = (q: string): BenchRequest => ({ path: `/v1/programs?q=${encodeURIComponent(q)}` });
  const q = (n: number) => search(at(queries, n));
  const ofKind = (kind: QueryKind) => (n: number) => search(at(kinds[kind], n));
  const kindNames: Record<QueryKind, string> = {
    name: 'exact program names',
    typo: 'misspelt names and words',
    words: 'program words with a city, state or degree word',
  };
  const perKind = (Object.keys(kinds) as QueryKind[]).map(
    (kind): Scenario => ({
      name: `q-${kind}-1c`,
      cache: 'off',
      connections: 1,
      request: ofKind(kind),
      description: `q= ${kindNames[kind]}, ${kinds[kind].length} rotating (e.g. "${kinds[kind][0]}"), one client`,
    }),
  );
  const near = (n: number): BenchRequest => ({
    path: `/v1/programs?near=${at(found.zips, n)}&radius_mi=${at([25, 50, 100], n >> 3)}`,
  });
  const detail = (n: number): BenchRequest => ({ path: `/v1/programs/${at(found.programIds, n)}` });
  const suggest = (n: number): BenchRequest => ({ path: `/v1/suggest?q=${encodeURIComponent(at(prefixes, n))}` });
  const facets = (n: number): BenchRequest => ({ path: facetPath(n) });
  const list = (n: number): BenchRequest => ({
    path: `/v1/programs?state=${at(states, n)}&degree_level=${at(levels, n >> 4)}&delivery_mode=${at(modes, n >> 6)}`,
  });
  const write = (n: number): BenchRequest => ({
    method: 'POST',
    path: `/v1/programs/${at(found.programIds, n * 7)}/accreditation-actions`,
    headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'progress_report_required', date: '2026-10-01', note: `benchmark write ${n}` }),
  });
  const canWrite = found.write.kind !== 'none';
  const has = (path: string) => found.paths.has(path);
  // 99 reads in the proportions of a finder's traffic, then (when writes exist) 1 write.
  const mixed = (n: number): BenchRequest => {
    const slot = n % 100;
    if (slot === 99) return canWrite ? write(n) : list(n);
    const i = Math.floor(n / 100) * 99 + slot;
    if (slot < 35) return list(i);
    if (slot < 60) return detail(i);
    if (slot < 72) return q(i);
    if (slot < 82) return has('/v1/programs/facets') ? facets(i) : list(i);
    if (slot < 90) return has('/v1/suggest') ? suggest(i) : list(i);
    if (slot < 96) return near(i);
    return { path: `/v1/institutions?state=${at(states, i)}` };
  };

  return [
    {
      name: 'list-filtered',
      cache: 'off',
      connections: 32,
      request: { path: found.filteredList },
      description: `${found.filteredList} (20 rows of ${found.filteredTotal}), the same request`,
    },
    {
      name: 'list-filtered-cached',
      cache: 'on',
      connections: 32,
      request: { path: found.filteredList },
      description: 'the same request with the response cache on (the default)',
    },
    {
      name: 'list-small-cached',
      cache: 'on',
      connections: 32,
      request: { path: `${found.filteredList}&fields=name` },
      description: 'the same list with fields=name (a ~2 KB answer), cache on: the per-request cost without the bytes',
    },
    {
      name: 'q-search',
      cache: 'off',
      connections: 32,
      request: q,
      description: `q= rotating over ${queries.length} distinct queries of three kinds (${Object.values(kindNames).join('; ')})`,
    },
    ...perKind,
    {
      name: 'near',
      cache: 'off',
      connections: 32,
      request: near,
      description: `near=<ZIP> over ${found.zips.length} ZIP codes, radius 25/50/100 mi`,
    },
    {
      name: 'near-1c',
      cache: 'off',
      connections: 1,
      request: near,
      description: 'the same rotation, one client',
    },
    {
      name: 'facets',
      cache: 'off',
      connections: 32,
      request: facets,
      description:
        'GET /v1/programs/facets over rotating filters (state, degree level, delivery, placement, career services), with and without q',
      requires: '/v1/programs/facets',
    },
    {
      name: 'facets-1c',
      cache: 'off',
      connections: 1,
      request: facets,
      description: 'the same rotation, one client',
      requires: '/v1/programs/facets',
    },
    {
      name: 'detail',
      cache: 'off',
      connections: 32,
      request: detail,
      description: `GET /v1/programs/{id} over ${found.programIds.length} programs`,
    },
    {
      name: 'suggest',
      cache: 'off',
      connections: 32,
      request: suggest,
      description: `GET /v1/suggest over ${prefixes.length} prefixes`,
      requires: '/v1/suggest',
    },
    {
      name: 'suggest-1c',
      cache: 'off',
      connections: 1,
      request: suggest,
      description: 'the same rotation, one client',
      requires: '/v1/suggest',
    },
    {
      name: 'mixed-1pct-writes',
      cache: 'on',
      connections: 32,
      request: mixed,
      description: canWrite
        ? 'reads (list 35%, detail 25%, q 12%, facets 10%, suggest 8%, near 6%, institutions 3%) and 1% writes (POST accreditation-actions), cache on'
        : `reads only: ${found.write.kind === 'none' ? found.write.reason : ''}`,
    },
  ];
}
