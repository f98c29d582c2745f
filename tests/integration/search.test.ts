import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Program } from '../../src/schemas/program.js';
import { createTestApp, getJson, type TestApp } from '../helpers/app.js';
import { walk } from '../helpers/walk.js';

/**
 * Text search (q) and type-ahead against the sample data. Expectations come from the programs
 * themselves (all of them, read once), not from the search under test: a misspelt query must find
 * what the correct spelling names, an exact name must come first, and so on.
 */
type Listed = Program & { score?: number };

let t: TestApp;
let all: Program[];
const held = new Set(['accredited', 'probation', 'administrative_probation']);
const ids = (programs: { id: string }[]) => programs.map((program) => program.id).sort();
const search = async (query: string) => walk<Listed>(t.app, `/v1/programs?${query}&limit=100`);
const q = (text: string) => `q=${encodeURIComponent(text)}`;

beforeAll(async () => {
  t = await createTestApp();
  all = (await walk<Program>(t.app, '/v1/programs?accreditation_status=any&limit=100')).items;
});
afterAll(() => t?.close());

/** One letter dropped from the middle of every word of five or more letters. */
const misspell = (text: string) =>
  text
    .split(' ')
    .map((word) => (word.length >= 5 ? word.slice(0, 2) + word.slice(3) : word))
    .join(' ');

describe('q finds programs by what they are called and where they are', () => {
  it('matches institution names, cities and full state names', async () => {
    const program = all.find((p) => held.has(p.accreditation.status) && p.institution.name.split(' ').length >= 3);
    expect(program).toBeDefined();
    const byInstitution = await search(q((program as Program).institution.name));
    expect(ids(byInstitution.items)).toContain((program as Program).id);

    const texas = all.filter((p) => held.has(p.accreditation.status) && p.institution.state === 'TX');
    expect(texas.length).toBeGreaterThan(3);
    const byState = await search(q('texas'));
    expect(ids(byState.items)).toEqual(expect.arrayContaining(ids(texas)));

    const city = (program as Program).institution.city;
    const inCity = all.filter((p) => held.has(p.accreditation.status) && p.institution.city === city);
    expect(ids((await search(q(city))).items)).toEqual(expect.arrayContaining(ids(inCity)));
  });

  it('does not care about word order or case', async () => {
    const forward = await search(q('health informatics online'));
    const backward = await search(q('ONLINE Informatics health'));
    expect(forward.total).toBeGreaterThan(0);
    expect(ids(backward.items)).toEqual(ids(forward.items));
  });

  it('returns only held accreditation by default, like every list', async () => {
    const { items } = await search(q('health'));
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((p) => held.has(p.accreditation.status))).toBe(true);
    const any = await search(`${q('health')}&accreditation_status=any`);
    expect(any.total).toBeGreaterThan(items.length);
  });
});

describe('misspelt queries find their programs', () => {
  it.each([
    ['helth informatcs', 'health informatics'],
    ['health informatcs', 'health informatics'],
    ['helth informatcs online texas', 'health informatics online texas'],
    ['informatics helth', 'health informatics'],
    ['medcal codng certificate', 'medical coding certificate'],
    ['health infromation managment', 'health information management'],
  ])('%s finds what %s finds', async (typo, correct) => {
    const right = await search(q(correct));
    const wrong = await search(q(typo));
    expect(right.total).toBeGreaterThan(0);
    expect(ids(wrong.items)).toEqual(ids(right.items));
  });

  it('finds a program by its misspelt institution name', async () => {
    const candidates = all
      .filter((p) => held.has(p.accreditation.status) && /^[A-Za-z]{6,} /.test(p.institution.name))
      .slice(0, 5);
    expect(candidates.length).toBe(5);
    for (const program of candidates) {
      const typo = misspell(program.institution.name);
      expect(typo).not.toBe(program.institution.name);
      const found = await search(q(typo));
      expect(ids(found.items), `${typo} should find ${program.institution.name}`).toContain(program.id);
    }
  });

  it('completes a partial last word', async () => {
    const partial = await search(q('health informat'));
    const whole = await search(q('health informatics'));
    expect(whole.items.length).toBeGreaterThan(0);
    expect(ids(partial.items)).toEqual(expect.arrayContaining(ids(whole.items)));
  });
});

describe('ranking', () => {
  it.each([
    'Health Information Technology',
    'health informatics',
    'Health Informatics and Information Management',
    'Helth Information Tecnology',
  ])('puts the programs named exactly %s first', async (text) => {
    const meant = text.replace('Helth', 'Health').replace('Tecnology', 'Technology').toLowerCase();
    const exact = all.filter((p) => held.has(p.accreditation.status) && p.name.toLowerCase() === meant);
    expect(exact.length).toBeGreaterThan(0);
    const { body } = await getJson(t.app, `/v1/programs?${q(text)}&limit=100`);
    const names = (body.data as Listed[]).map((p) => p.name.toLowerCase());
    expect(names.slice(0, exact.length).every((name) => name === meant)).toBe(true);
    expect(names.slice(exact.length).includes(meant)).toBe(false);
    expect(body.meta.sort).toBe('relevance');
  });

  it('ranks a match in the program name above one in the institution or description', async () => {
    const { items } = await search(q('informatics'));
    const inName = items.map((p) => /informatics/i.test(p.name));
    const firstOther = inName.indexOf(false);
    expect(inName.indexOf(true)).toBe(0);
    if (firstOther !== -1) expect(inName.slice(firstOther).includes(true)).toBe(false);
  });

  it('walks relevance pages: every match once, scores descending, ties by id', async () => {
    const single = await search(q('health information'));
    const paged = await walk<Listed>(t.app, `/v1/programs?${q('health information')}&limit=7`);
    expect(paged.items.length).toBe(paged.total);
    expect(paged.total).toBe(single.total);
    expect(new Set(ids(paged.items)).size).toBe(paged.total);
    for (let index = 1; index < paged.items.length; index++) {
      const [a, b] = [paged.items[index - 1] as Listed, paged.items[index] as Listed];
      expect(a.score).toBeGreaterThanOrEqual(b.score as number);
      if (a.score === b.score) expect(a.id < b.id).toBe(true);
    }
  });
});

describe('q with the other filters and sorts', () => {
  it('applies every filter to the matches', async () => {
    const matches = (await search(`${q('health')}&accreditation_status=any`)).items;
    const filtered = await search(`${q('health')}&state=TX,CA&degree_level=associate&delivery_mode=online,hybrid`);
    const expected = matches.filter(
      (p) =>
        held.has(p.accreditation.status) &&
        ['TX', 'CA'].includes(p.institution.state) &&
        p.degree_level === 'associate' &&
        ['online', 'hybrid'].includes(p.delivery_mode ?? ''),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(filtered.items)).toEqual(ids(expected));
  });

  it('pages range filters in relevance order: every match once, scores descending, ties by id', async () => {
    const matches = (await search(q('health information'))).items;
    const expected = matches.filter((p) => p.tuition.in_state_usd !== null && p.tuition.in_state_usd <= 9000);
    expect(expected.length).toBeGreaterThan(10);
    const paged = await walk<Listed>(t.app, `/v1/programs?${q('health information')}&max_tuition=9000&limit=4`);
    expect(paged.total).toBe(expected.length);
    expect(ids(paged.items)).toEqual(ids(expected));
    for (let index = 1; index < paged.items.length; index++) {
      const [a, b] = [paged.items[index - 1] as Listed, paged.items[index] as Listed];
      expect(a.score).toBeGreaterThanOrEqual(b.score as number);
      if (a.score === b.score) expect(a.id < b.id).toBe(true);
    }
  });

  it('sorts by another key when asked, still scoring each result', async () => {
    const { items, total } = await walk<Listed>(t.app, `/v1/programs?${q('health')}&sort=-tuition&limit=9`);
    expect(items.length).toBe(total);
    expect(items.every((p) => typeof p.score === 'number')).toBe(true);
    const tuition = items.map((p) => p.tuition.in_state_usd);
    const known = tuition.filter((value) => value !== null) as number[];
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(tuition.slice(known.length).every((value) => value === null)).toBe(true);
  });

  it('scores only when q is given', async () => {
    const { body } = await getJson(t.app, '/v1/programs?limit=5');
    expect((body.data as Listed[]).every((p) => p.score === undefined)).toBe(true);
  });
});

describe('hostile input is only text', () => {
  const nasty = [
    "'",
    '"',
    '&',
    '|',
    '!',
    ':*',
    '%',
    '_',
    '\\',
    "health' & !informatics",
    "' OR 1=1 --",
    'health:* | !',
    '(health <-> )',
    'a\\%b_c',
    'health\u0000informatics',
    '\u0000',
    'é'.repeat(200),
  ];

  it.each(nasty)('q=%j answers 200 or a 400 about q, never a 500', async (text) => {
    const response = await t.app.inject({ url: `/v1/programs?${q(text)}` });
    if (response.statusCode === 400) {
      expect(response.json().errors.map((error: { name: string }) => error.name)).toEqual(['q']);
    } else {
      expect(response.statusCode).toBe(200);
      expect(typeof response.json().meta.total).toBe('number');
    }
  });

  it('treats % and _ literally, not as "anything"', async () => {
    for (const text of ['%', '_', '%%', '_%_']) {
      expect((await getJson(t.app, `/v1/programs?${q(text)}`)).body.meta.total).toBe(0);
    }
    const plain = (await getJson(t.app, `/v1/programs?${q('health')}`)).body.meta.total;
    expect((await getJson(t.app, `/v1/programs?${q('health%')}`)).body.meta.total).toBe(plain);
  });

  it('treats a NUL as a word break', async () => {
    const spaced = await search(q('health informatics'));
    const nul = await search(q('health\u0000informatics'));
    expect(ids(nul.items)).toEqual(ids(spaced.items));
  });

  it('refuses an empty or over-long q by name', async () => {
    for (const text of ['', '   ', 'x'.repeat(201)]) {
      const { status, body } = await getJson(t.app, `/v1/programs?${q(text)}`);
      expect(status).toBe(400);
      expect(body.errors[0].name).toBe('q');
    }
  });
});

describe('GET /v1/suggest', () => {
  type Suggestion = { type: string; text: string; id: string | null; state: string | null };
  const suggest = async (text: string, limit?: number) => {
    const { status, body } = await getJson(
      t.app,
      `/v1/suggest?${q(text)}${limit === undefined ? '' : `&limit=${limit}`}`,
    );
    expect(status).toBe(200);
    return body.data as Suggestion[];
  };

  it('completes program names, best first, each name once', async () => {
    const data = await suggest('health inf');
    expect(data.length).toBeGreaterThan(1);
    expect(data.length).toBeLessThanOrEqual(8);
    expect(data.every((s) => s.type === 'program' && s.text.toLowerCase().startsWith('health inf'))).toBe(true);
    expect(new Set(data.map((s) => s.text)).size).toBe(data.length);
    for (const suggestion of data) {
      const program = all.find((p) => p.id === suggestion.id);
      expect(program?.name).toBe(suggestion.text);
    }
  });

  it('forgives misspellings', async () => {
    const data = await suggest('helth informatcs');
    expect(data[0]?.text).toBe('Health Informatics');
  });

  it('suggests institutions and cities with their state', async () => {
    const program = all.find((p) => /^[A-Za-z]{6,} /.test(p.institution.name)) as Program;
    const typed = program.institution.name.slice(0, 5);
    const institutions = (await suggest(typed)).filter((s) => s.type === 'institution');
    const match = institutions.find((s) => s.text === program.institution.name);
    expect(match?.state).toBe(program.institution.state);
    expect(all.some((p) => p.institution.id === match?.id && p.institution.name === match?.text)).toBe(true);

    const city = program.institution.city;
    const cities = (await suggest(city)).filter((s) => s.type === 'city');
    expect(cities[0]).toEqual({ type: 'city', text: city, id: null, state: expect.any(String) });
    const states = all.filter((p) => p.institution.city === city).map((p) => p.institution.state);
    expect(states).toContain(cities[0]?.state);
    const pairs = cities.map((s) => `${s.text}|${s.state}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('answers at most limit suggestions', async () => {
    expect((await suggest('health', 3)).length).toBe(3);
    expect((await suggest('h', 20)).length).toBeLessThanOrEqual(20);
  });

  it('validates q and limit, and shrugs at syntax characters', async () => {
    for (const url of [
      '/v1/suggest',
      '/v1/suggest?q=',
      `/v1/suggest?q=${'x'.repeat(101)}`,
      '/v1/suggest?q=a&limit=21',
    ]) {
      expect((await getJson(t.app, url)).status).toBe(400);
    }
    for (const text of ["'", '%', '_', '\\', ':*', 'a & b | !c']) expect(Array.isArray(await suggest(text))).toBe(true);
  });
});
