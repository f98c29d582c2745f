import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Program } from '../../src/schemas/program.js';
import { createTestApp, getJson, type TestApp } from '../helpers/app.js';
import { walk } from '../helpers/walk.js';

/**
 * GET /v1/programs against the sample data: every filter is checked against an
 * independent evaluation of the same rule over all programs, every sort against
 * a sort done here, and every walk of the cursor for exactly-once delivery.
 */
let t: TestApp;
let all: Program[];

const held = new Set(['accredited', 'probation', 'administrative_probation']);
const latest = (program: Program, metric: string) =>
  program.outcomes.find((outcome) => outcome.metric === metric)?.value;
const ids = (programs: { id: string }[]) => programs.map((program) => program.id).sort();

beforeAll(async () => {
  t = await createTestApp();
  all = (await walk<Program>(t.app, '/v1/programs?accreditation_status=any&limit=100')).items;
});
afterAll(() => t?.close());

describe('the sample data', () => {
  it('is loaded, with programs of every status', () => {
    expect(all.length).toBeGreaterThan(300);
    expect(new Set(all.map((program) => program.accreditation.status)).size).toBeGreaterThan(4);
  });
});

describe('filters return exactly the matching programs', () => {
  const cases: [string, (program: Program) => boolean][] = [
    ['', (p) => held.has(p.accreditation.status)],
    ['degree_level=associate', (p) => held.has(p.accreditation.status) && p.degree_level === 'associate'],
    [
      'degree_level=master,certificate',
      (p) => held.has(p.accreditation.status) && ['master', 'certificate'].includes(p.degree_level),
    ],
    [
      'degree_level=master&degree_level=certificate',
      (p) => held.has(p.accreditation.status) && ['master', 'certificate'].includes(p.degree_level),
    ],
    ['discipline=health_informatics', (p) => held.has(p.accreditation.status) && p.discipline === 'health_informatics'],
    [
      'delivery_mode=online,hybrid',
      (p) => held.has(p.accreditation.status) && ['online', 'hybrid'].includes(p.delivery_mode ?? ''),
    ],
    ['state=tx,ca&accreditation_status=any', (p) => ['TX', 'CA'].includes(p.institution.state)],
    ['accreditation_status=candidacy,withdrawn', (p) => ['candidacy', 'withdrawn'].includes(p.accreditation.status)],
    ['accreditation_status=any', () => true],
    ['internship_format=virtual', (p) => held.has(p.accreditation.status) && p.internship.formats.includes('virtual')],
    [
      'placement_assistance=true',
      (p) => held.has(p.accreditation.status) && p.internship.placement_assistance === true,
    ],
    [
      'placement_assistance=false',
      (p) => held.has(p.accreditation.status) && p.internship.placement_assistance === false,
    ],
    [
      'career_services=exam_prep,mentoring',
      (p) =>
        held.has(p.accreditation.status) &&
        p.career_services.includes('exam_prep') &&
        p.career_services.includes('mentoring'),
    ],
    [
      'max_tuition=8000',
      (p) => held.has(p.accreditation.status) && p.tuition.in_state_usd !== null && p.tuition.in_state_usd <= 8000,
    ],
    ['min_graduation_rate=70', (p) => held.has(p.accreditation.status) && (latest(p, 'graduation_rate') ?? -1) >= 70],
    [
      'min_employment_rate=85.5',
      (p) => held.has(p.accreditation.status) && (latest(p, 'employment_rate') ?? -1) >= 85.5,
    ],
    ['min_pass_rate=80', (p) => held.has(p.accreditation.status) && (latest(p, 'certification_pass_rate') ?? -1) >= 80],
    [
      'degree_level=associate&delivery_mode=online&placement_assistance=true&max_tuition=10000',
      (p) =>
        held.has(p.accreditation.status) &&
        p.degree_level === 'associate' &&
        p.delivery_mode === 'online' &&
        p.internship.placement_assistance === true &&
        p.tuition.in_state_usd !== null &&
        p.tuition.in_state_usd <= 10000,
    ],
  ];

  it.each(cases)('?%s', async (query, rule) => {
    const expected = all.filter(rule);
    const { items, total } = await walk<Program>(t.app, `/v1/programs?${query}${query ? '&' : ''}limit=100`);
    expect(total).toBe(expected.length);
    expect(ids(items)).toEqual(ids(expected));
  });

  it('finds something for every filter used above (the checks are not vacuous)', () => {
    expect(all.filter((p) => p.internship.formats.includes('virtual')).length).toBeGreaterThan(0);
    expect(all.filter((p) => p.tuition.in_state_usd !== null && p.tuition.in_state_usd <= 8000).length).toBeGreaterThan(
      0,
    );
    expect(all.filter((p) => (latest(p, 'certification_pass_rate') ?? -1) >= 80).length).toBeGreaterThan(0);
  });
});

describe('sorting', () => {
  type Key = (program: Program) => string | number | null | undefined;
  const byKey = (key: Key, direction: 1 | -1) => (a: Program, b: Program) => {
    const [x, y] = [key(a) ?? null, key(b) ?? null];
    if (x === null || y === null) return x === y ? (a.id < b.id ? -1 : 1) : x === null ? 1 : -1;
    if (x !== y) return (x < y ? -1 : 1) * direction;
    return a.id < b.id ? -1 : 1;
  };
  const sorts: [string, Key, 1 | -1][] = [
    ['name', (p) => p.name.toLowerCase(), 1],
    ['-name', (p) => p.name.toLowerCase(), -1],
    ['tuition', (p) => p.tuition.in_state_usd, 1],
    ['-tuition', (p) => p.tuition.in_state_usd, -1],
    ['-graduation_rate', (p) => latest(p, 'graduation_rate'), -1],
    ['-employment_rate', (p) => latest(p, 'employment_rate'), -1],
    ['-pass_rate', (p) => latest(p, 'certification_pass_rate'), -1],
    ['next_review', (p) => p.accreditation.next_review_year, 1],
    ['-updated_at', (p) => p.updated_at, -1],
  ];

  it.each(sorts)('sort=%s holds across pages, nulls last, ties by id', async (sort, key, direction) => {
    const { items, total, pages } = await walk<Program>(
      t.app,
      `/v1/programs?accreditation_status=any&sort=${sort}&limit=37`,
    );
    expect(pages).toBeGreaterThan(5);
    expect(items).toHaveLength(total);
    expect(new Set(ids(items)).size).toBe(total);
    expect(items.map((p) => p.id)).toEqual([...all].sort(byKey(key, direction)).map((p) => p.id));
  });

  it('defaults to name and says so', async () => {
    const { body } = await getJson(t.app, '/v1/programs');
    expect(body.meta.sort).toBe('name');
    expect(body.meta.limit).toBe(20);
    expect(body.data).toHaveLength(20);
  });
});

describe('cursor pagination', () => {
  it('walks every match exactly once with a filter', async () => {
    const { items, total } = await walk<Program>(t.app, '/v1/programs?degree_level=associate&limit=7');
    expect(items).toHaveLength(total);
    expect(new Set(ids(items)).size).toBe(total);
  });

  it('has a null next_cursor on the last page and links that reproduce the page', async () => {
    const first = await getJson(t.app, '/v1/programs?state=TX&limit=2');
    expect(first.body.links.self).toBe('/v1/programs?state=TX&limit=2');
    expect(first.body.links.next).toContain(`cursor=${first.body.meta.next_cursor}`);
    const last = await getJson(t.app, '/v1/programs?state=TX&limit=100');
    expect(last.body.meta.next_cursor).toBeNull();
    expect(last.body.links.next).toBeNull();
  });

  it('refuses a cursor used with other filters', async () => {
    const first = await getJson(t.app, '/v1/programs?state=TX&limit=2');
    const other = await getJson(t.app, `/v1/programs?state=CA&limit=2&cursor=${first.body.meta.next_cursor}`);
    expect(other.status).toBe(400);
    expect(other.body.errors[0].name).toBe('cursor');
  });

  it('refuses a cursor that was tampered with', async () => {
    const first = await getJson(t.app, '/v1/programs?limit=2');
    const cursor: string = first.body.meta.next_cursor;
    const decoded = Buffer.from(cursor, 'base64url')
      .toString('utf8')
      .replace(/"[0-9a-f]{8}-/, '"00000000-');
    for (const bad of [`${cursor}x`, 'garbage', Buffer.from(decoded).toString('base64url')]) {
      const response = await getJson(t.app, `/v1/programs?limit=2&cursor=${encodeURIComponent(bad)}`);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.errors).toEqual([expect.objectContaining({ in: 'query', name: 'cursor' })]);
    }
  });
});

describe('fields', () => {
  it('returns only the fields asked for, and always id', async () => {
    const { body } = await getJson(t.app, '/v1/programs?fields=name,institution&limit=3');
    for (const item of body.data) expect(Object.keys(item).sort()).toEqual(['id', 'institution', 'name']);
  });
});

describe('bad parameters give 400 problems naming every one', () => {
  const bad: [string, string[]][] = [
    ['limit=500', ['limit']],
    ['limit=0', ['limit']],
    ['limit=1e1', ['limit']],
    ['limit=0x10', ['limit']],
    ['limit=%2010', ['limit']],
    ['limit=1&limit=2', ['limit']],
    ['stat=TX', ['stat']],
    ['state=ZZ', ['state']],
    ['degree_level=Associate', ['degree_level']],
    ['degree_level=', ['degree_level']],
    ['placement_assistance=yes', ['placement_assistance']],
    ['min_pass_rate=101', ['min_pass_rate']],
    ['max_tuition=-1', ['max_tuition']],
    ['max_tuition=99999999999999999999', ['max_tuition']],
    ['sort=relevance', ['sort']],
    ['sort=distance', ['sort']],
    ['sort=cost', ['sort']],
    ['radius_mi=10', ['radius_mi']],
    ['near=123', ['near']],
    ['near=99999', ['near']],
    ['fields=name,secret', ['fields']],
    ['limit=500&stat=TX&degree_level=phd', ['limit', 'stat', 'degree_level']],
  ];

  it.each(bad)('?%s', async (query, names) => {
    const response = await t.app.inject({ url: `/v1/programs?${query}` });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    const problem = response.json();
    expect(problem).toMatchObject({ status: 400, code: 'invalid_parameter', type: '/problems/invalid-parameter' });
    expect(problem.instance).toBe(`/v1/programs?${query}`);
    expect(problem.errors.map((error: { name: string }) => error.name).sort()).toEqual([...names].sort());
    for (const error of problem.errors) expect(error.in).toBe('query');
  });

  it('explains limit in the words of the contract', async () => {
    const { body } = await getJson(t.app, '/v1/programs?limit=500');
    expect(body.detail).toBe('limit must be an integer from 1 to 100');
  });
});
