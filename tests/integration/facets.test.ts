import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accreditationStatuses,
  careerServices,
  degreeLevels,
  deliveryModes,
  disciplines,
  internshipFormats,
} from '../../src/domain/vocabularies.js';
import { facetCodes } from '../../src/queries/facet-codes.js';
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
    for (const value of ['true', 'false']) {
      expect(body.facets.placement_assistance?.[value], `placement_assistance=${value}`).toBe(
        await total(setting(base, 'placement_assistance', value)),
      );
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

  it('codes every vocabulary value (the search index stores facets as codes of these lists)', () => {
    expect([...facetCodes.degree_level].sort()).toEqual([...degreeLevels.values].sort());
    expect([...facetCodes.discipline].sort()).toEqual([...disciplines.values].sort());
    expect([...facetCodes.delivery_mode].sort()).toEqual([...deliveryModes.values].sort());
    expect([...facetCodes.accreditation_status].sort()).toEqual([...accreditationStatuses.values].sort());
    expect([...facetCodes.internship_format].sort()).toEqual([...internshipFormats.values].sort());
    expect([...facetCodes.career_services].sort()).toEqual([...careerServices.values].sort());
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
