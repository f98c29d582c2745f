import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/client.js';
import { type Facet, type FacetName, facetCode, facetNames, facetRegistry } from '../../src/domain/facets.js';
import {
  accreditationStatuses,
  careerServices,
  degreeLevels,
  deliveryModes,
  disciplines,
  internshipFormats,
  stateCodes,
} from '../../src/domain/vocabularies.js';
import { createTestApp, getJson, type TestApp } from '../helpers/app.js';

/**
 * GET /v1/programs/facets against the sample data. Every count is checked by running the search
 * it stands for: for a disjunctive facet, the same filters with that facet's own filter set to the
 * value; for career_services (an AND), the same filters with the value added.
 */
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

type Facets = {
  total: number;
  facets: Record<string, Record<string, number>>;
};

const total = async (params: URLSearchParams) => {
  const { status, body } = await getJson(t.app, `/v1/programs?${params}&limit=1`);
  expect(status).toBe(200);
  return body.meta.total as number;
};

const setting = (base: URLSearchParams, name: string, value: string | null) => {
  const params = new URLSearchParams(base);
  params.delete(name);
  if (value !== null) params.set(name, value);
  return params;
};

const enumFacets: [string, readonly string[]][] = [
  ['degree_level', degreeLevels.values],
  ['discipline', disciplines.values],
  ['delivery_mode', deliveryModes.values],
  ['accreditation_status', accreditationStatuses.values],
  ['internship_format', internshipFormats.values],
];

const searches = [
  '',
  'state=TX,CA,FL&degree_level=associate,master',
  'q=health%20information&delivery_mode=online&placement_assistance=true&internship_format=virtual',
  'accreditation_status=any&career_services=exam_prep&near=60601&radius_mi=700',
  'accreditation_status=probation,candidacy,accredited&discipline=health_informatics,digital_health&max_tuition=20000',
  'internship_required=true&state=TX,CA,NY,FL,PA,OH,IL',
  'internship_required=false&near=60601&radius_mi=300&include_online=true',
];

describe('GET /v1/programs/facets', () => {
  it.each(searches)('?%s: every count is the total of the search it stands for', async (query) => {
    const base = new URLSearchParams(query);
    const { status, body } = await getJson<Facets>(t.app, `/v1/programs/facets?${query}`);
    expect(status).toBe(200);
    expect(body.total).toBe(await total(base));
    expect(body.total).toBeGreaterThan(0);

    for (const [facet, values] of enumFacets) {
      expect(Object.keys(body.facets[facet] ?? {}).sort()).toEqual([...values].sort());
      for (const value of values) {
        expect(body.facets[facet]?.[value], `${facet}=${value}`).toBe(await total(setting(base, facet, value)));
      }
    }
    for (const facet of ['placement_assistance', 'internship_required']) {
      for (const value of ['true', 'false']) {
        expect(body.facets[facet]?.[value], `${facet}=${value}`).toBe(await total(setting(base, facet, value)));
      }
    }
    const wanted = base.get('career_services')?.split(',') ?? [];
    expect(Object.keys(body.facets.career_services ?? {}).sort()).toEqual([...careerServices.values].sort());
    for (const value of careerServices.values) {
      const all = [...new Set([...wanted, value])].join(',');
      expect(body.facets.career_services?.[value], `career_services+${value}`).toBe(
        await total(setting(base, 'career_services', all)),
      );
    }
    const states = body.facets.state ?? {};
    expect(Object.values(states).every((count) => count > 0)).toBe(true);
    for (const [state, count] of Object.entries(states)) {
      expect(count, `state=${state}`).toBe(await total(setting(base, 'state', state)));
    }
    // No state is missing: the listed counts add up to the search without a state filter.
    const counted = Object.values(states).reduce((sum, count) => sum + count, 0);
    expect(counted).toBe(await total(setting(base, 'state', null)));
  });

  it('stores each facet value as the code the registry gives it: the trigger spells the same lists, in order', async () => {
    const definition = async (signature: string) => {
      const [row] = await queryRows<{ definition: string }>(
        t.database.primary,
        sql`SELECT pg_get_functiondef(${signature}::regprocedure) AS definition`,
      );
      return row?.definition ?? '';
    };
    const refresh = await definition('refresh_program_search(uuid[])');
    // Each list is written as array_position(ARRAY[...], <the facet's value>).
    const lists = Object.fromEntries(
      [...refresh.matchAll(/array_position\(ARRAY\[([^\]]*)\],\s*(?:p\.)?(\w+)\)/g)].map((match) => [
        match[2],
        [...(match[1] as string).matchAll(/'([^']*)'/g)].map((value) => value[1]),
      ]),
    );
    const listed = facetNames.filter((name) => ['one', 'any', 'all'].includes(facetRegistry[name].kind));
    expect(Object.keys(lists).sort()).toEqual([...listed].sort());
    for (const name of listed) expect(lists[name], name).toEqual([...facetRegistry[name].values]);

    const placement = /CASE p\.placement_assistance WHEN (\w+) THEN 0 WHEN (\w+) THEN 1/.exec(refresh);
    expect(placement?.slice(1)).toEqual([...facetRegistry.placement_assistance.values]);

    // The state code is an expression of i.state: evaluated for every state, it gives the registry's codes.
    const expression = /\(ascii\(i\.state\)[^,]*?- 65\) \* 26 \+ ascii\(substr\(i\.state, 2\)\) - 65/.exec(
      refresh,
    )?.[0];
    expect(expression).toBeDefined();
    const codes = await queryRows<{ state: string; code: number }>(
      t.database.primary,
      sql`SELECT x.state, ${sql.raw((expression as string).replaceAll('i.state', 'x.state'))} AS code
            FROM jsonb_array_elements_text(${JSON.stringify(stateCodes)}::jsonb) AS x(state)`,
    );
    expect(codes).toEqual(stateCodes.map((state) => ({ state, code: facetCode('state', state) })));

    // The match sets key each facet by its name and the code column the registry names.
    const keys = await definition('program_search_keys(program_search)');
    for (const name of facetNames) {
      const facet: Facet = facetRegistry[name as FacetName];
      const written =
        facet.kind === 'any' || facet.kind === 'all'
          ? `'${name}:' || b FROM generate_series(0, 14) b WHERE s.${facet.column} & (1 << b) <> 0`
          : `'${name}:' || s.${facet.column}`;
      expect(keys, name).toContain(written);
    }
  });

  it('lists states most matches first', async () => {
    const { body } = await getJson<Facets>(t.app, '/v1/programs/facets');
    const counts = Object.values(body.facets.state ?? {});
    expect(counts.length).toBeGreaterThan(40);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('answers zeros, not an error, when nothing matches', async () => {
    const { status, body } = await getJson<Facets>(t.app, '/v1/programs/facets?q=zzzzqqqq');
    expect(status).toBe(200);
    expect(body.total).toBe(0);
    expect(body.facets.state).toEqual({});
    expect(body.facets.placement_assistance).toEqual({ true: 0, false: 0 });
  });

  it.each([
    ['sort=name', 'sort'],
    ['limit=5', 'limit'],
    ['cursor=abc', 'cursor'],
    ['fields=name', 'fields'],
    ['degree_level=phd', 'degree_level'],
    ['near=99999', 'near'],
  ])('refuses %s, naming %s', async (query, name) => {
    const { status, body } = await getJson(t.app, `/v1/programs/facets?${query}`);
    expect(status).toBe(400);
    expect(body.errors.map((error: { name: string }) => error.name)).toContain(name);
  });
});
