import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/commands.js';
import { occupationsFile } from '../../src/services/import-occupations.js';
import { createTestApp, getJson, type TestApp } from '../helpers/app.js';

const ADMIN_KEY = 'test-admin-key-0123456789abcdef-careers';
const auth = { authorization: `Bearer ${ADMIN_KEY}` };

interface Career {
  soc_code: string;
  title: string;
  median_annual_wage_usd: number | null;
  projected_growth_pct: number | null;
  wage_reference: string | null;
}
interface Occupation extends Career {
  cip_codes: string[];
  degree_levels: string[];
  sources: string[];
  program_count: number;
}
interface ListedProgram {
  id: string;
  slug: string;
  cip_code: string | null;
  degree_level: string;
  careers: Career[];
}

let t: TestApp;
let occupations: Occupation[];

beforeAll(async () => {
  t = await createTestApp({ config: { ADMIN_API_KEY: ADMIN_KEY } });
  occupations = (await getJson<{ data: Occupation[] }>(t.app, '/v1/occupations')).body.data;
});
afterAll(() => t?.close());

type Row = Record<string, string>;
const shippedRows = (): Row[] => parse(readFileSync(occupationsFile, 'utf8'), { columns: true }) as Row[];
const toCsv = (rows: Row[]) =>
  stringify(rows, { header: true, columns: Object.keys(rows[0] as Row), record_delimiter: '\n' });

/** Every program a search lists, page after page. */
async function everyProgram(query: string): Promise<ListedProgram[]> {
  const programs: ListedProgram[] = [];
  let next: string | null = `/v1/programs?${query}${query ? '&' : ''}limit=100`;
  while (next) {
    const page: { body: { data: ListedProgram[]; links: { next: string | null } } } = await getJson(t.app, next);
    programs.push(...page.body.data);
    next = page.body.links.next;
  }
  return programs;
}

/** The `since` after the newest change of the public feed. */
async function feedEnd(): Promise<string> {
  let since = '0';
  for (;;) {
    const { body } = await getJson<{ data: unknown[]; meta: { next_since: string } }>(
      t.app,
      `/v1/changes?since=${since}&limit=1000`,
    );
    if (body.data.length === 0) return since;
    since = body.meta.next_since;
  }
}

function importOccupations(body: string, query = '') {
  return t.app.inject({
    method: 'POST',
    url: `/v1/occupations/imports${query}`,
    headers: { ...auth, 'content-type': 'text/csv' },
    payload: body,
  });
}

describe('the shipped occupations (seed/occupations.csv)', () => {
  const figures: Record<string, string[]> = {
    median_annual_wage_usd: ['wage_reference', 'wage_source_url'],
    wage_p10_usd: ['wage_reference', 'wage_source_url'],
    wage_p90_usd: ['wage_reference', 'wage_source_url'],
    employment: ['wage_reference', 'wage_source_url'],
    projected_growth_pct: ['projection_period', 'projection_source_url'],
    entry_education: ['entry_education_source_url'],
    cip_codes: ['crosswalk_source_url'],
  };

  it('gives every figure that is there its reference period and the https URL it was read from', () => {
    const rows = shippedRows();
    expect(rows.map((row) => row.soc_code)).toEqual(expect.arrayContaining(['29-2072', '29-9021', '11-9111']));
    for (const row of rows) {
      for (const [figure, needs] of Object.entries(figures)) {
        if (row[figure] === '') continue;
        for (const column of needs) {
          expect(row[column], `${row.soc_code} ${figure} needs ${column}`).not.toBe('');
          if (column.endsWith('_url')) expect(row[column]).toMatch(/^https?:\/\/[^\s]+$/);
        }
      }
    }
  });

  it('maps each catalogue CIP code to the occupations of the crosswalk, the RHIT and RHIA paths apart', () => {
    const rows = shippedRows();
    const leadingFrom = (cip: string, level: string) =>
      rows
        .filter((row) => row.cip_codes?.split(';').includes(cip) && row.degree_levels?.split(';').includes(level))
        .map((row) => row.soc_code)
        .sort();
    expect(leadingFrom('51.0707', 'associate')).toEqual(['29-2072', '29-9021']);
    expect(leadingFrom('51.0706', 'baccalaureate')).toContain('11-9111');
    expect(leadingFrom('51.0706', 'associate')).not.toContain('11-9111');
    for (const cip of ['51.0706', '51.0707', '51.0713', '51.2706']) {
      expect(
        rows.some((row) => row.cip_codes?.split(';').includes(cip)),
        cip,
      ).toBe(true);
    }
  });

  it('are answered by GET /v1/occupations as loaded, with the sources of their figures', () => {
    const rows = shippedRows();
    expect(occupations.map((occupation) => occupation.soc_code)).toEqual(rows.map((row) => row.soc_code).sort());
    for (const occupation of occupations) {
      const row = rows.find((candidate) => candidate.soc_code === occupation.soc_code) as Row;
      expect(occupation.median_annual_wage_usd).toBe(
        row.median_annual_wage_usd === '' ? null : Number(row.median_annual_wage_usd),
      );
      const urls = ['wage_source_url', 'projection_source_url', 'entry_education_source_url', 'crosswalk_source_url']
        .map((column) => row[column])
        .filter((url) => url !== '');
      expect([...occupation.sources].sort()).toEqual([...new Set(urls)].sort());
    }
  });
});

describe('GET /v1/occupations/{soc_code}', () => {
  it('answers one occupation, 404 for an unknown code and 400 for a malformed one', async () => {
    const known = await getJson<Occupation>(t.app, '/v1/occupations/29-2072');
    expect(known.status).toBe(200);
    expect(known.body.title).toBe('Medical Records Specialists');
    const unknown = await getJson(t.app, '/v1/occupations/99-9999');
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unknown.body.errors).toEqual([{ in: 'path', name: 'soc_code', message: 'not found' }]);
    expect((await getJson(t.app, '/v1/occupations/nurse')).status).toBe(400);
  });
});

describe('careers in program records and the occupation filter', () => {
  it('lists in each program the occupations its CIP code and degree level lead to, [] when none', async () => {
    const programs = await everyProgram('accreditation_status=any');
    expect(programs.length).toBeGreaterThan(300);
    for (const program of programs) {
      const expected = occupations
        .filter(
          (occupation) =>
            program.cip_code !== null &&
            occupation.cip_codes.includes(program.cip_code) &&
            occupation.degree_levels.includes(program.degree_level),
        )
        .map((occupation) => occupation.soc_code);
      expect(program.careers.map((career) => career.soc_code)).toEqual(expected);
      for (const career of program.careers) {
        const occupation = occupations.find((candidate) => candidate.soc_code === career.soc_code) as Occupation;
        expect(career.median_annual_wage_usd).toBe(occupation.median_annual_wage_usd);
        expect(career.wage_reference).toBe(occupation.wage_reference);
      }
    }
    expect(programs.some((program) => program.careers.length > 0)).toBe(true);
  });

  it('keeps exactly the programs whose careers include the occupation, and counts them in facets and program_count', async () => {
    const programs = await everyProgram('');
    for (const occupation of occupations) {
      const expected = programs
        .filter((program) => program.careers.some((career) => career.soc_code === occupation.soc_code))
        .map((program) => program.id)
        .sort();
      const filtered = await everyProgram(`occupation=${occupation.soc_code}`);
      expect(filtered.map((program) => program.id).sort(), occupation.soc_code).toEqual(expected);
      expect(occupation.program_count).toBe(expected.length);
    }
    const { body } = await getJson<{ total: number; facets: { occupation: Record<string, number> } }>(
      t.app,
      '/v1/programs/facets',
    );
    expect(Object.keys(body.facets.occupation)).toEqual(occupations.map((occupation) => occupation.soc_code));
    for (const occupation of occupations)
      expect(body.facets.occupation[occupation.soc_code]).toBe(occupation.program_count);
  });

  it('counts occupations disjunctively, from the match sets and in SQL alike', async () => {
    // Without a range filter the match sets answer; with max_tuition SQL counts.
    for (const base of ['state=TX,CA,FL,NY,OH,PA', 'max_tuition=12000', 'q=health&degree_level=baccalaureate,master']) {
      const facets = await getJson<{ total: number; facets: { occupation: Record<string, number> } }>(
        t.app,
        `/v1/programs/facets?${base}&occupation=11-9111`,
      );
      const list = await getJson<{ meta: { total: number } }>(t.app, `/v1/programs?${base}&occupation=11-9111&limit=1`);
      expect(facets.body.total, base).toBe(list.body.meta.total);
      for (const occupation of occupations) {
        const alone = await getJson<{ meta: { total: number } }>(
          t.app,
          `/v1/programs?${base}&occupation=${occupation.soc_code}&limit=1`,
        );
        expect(facets.body.facets.occupation[occupation.soc_code], `${base} ${occupation.soc_code}`).toBe(
          alone.body.meta.total,
        );
      }
    }
  });

  it('refuses an occupation code that is malformed or unknown, naming it', async () => {
    const malformed = await getJson(t.app, '/v1/programs?occupation=29-2072,nurse');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([
      { in: 'query', name: 'occupation', message: expect.stringContaining('"nurse"') },
    ]);
    const unknown = await getJson(t.app, '/v1/programs/facets?occupation=99-9999');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]).toMatchObject({ name: 'occupation', message: expect.stringContaining('99-9999') });
  });
});

describe('GET /v1/programs/{id}', () => {
  it('includes every outcome of every cohort year, oldest first, the record showing the latest', async () => {
    const [listed] = (await getJson<{ data: ListedProgram[] }>(t.app, '/v1/programs?min_graduation_rate=1&limit=1'))
      .body.data;
    const { body } = await getJson<{
      outcomes: { metric: string; cohort_year: number; value: number }[];
      outcome_history: { metric: string; cohort_year: number; value: number }[];
    }>(t.app, `/v1/programs/${listed?.slug}`);
    expect(body.outcome_history.length).toBeGreaterThanOrEqual(body.outcomes.length);
    const years = body.outcome_history.map((outcome) => outcome.cohort_year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    for (const latest of body.outcomes) {
      const newest = body.outcome_history.filter((outcome) => outcome.metric === latest.metric).at(-1);
      expect(newest).toEqual(latest);
    }
  });
});

describe('POST /v1/occupations/imports', () => {
  it('rejects a file with bad rows, naming every row and column, and writes nothing', async () => {
    const rows = shippedRows();
    const bad = rows.map((row) => ({ ...row }));
    Object.assign(bad[0] as Row, { soc_code: '29-207' });
    Object.assign(bad[1] as Row, { median_annual_wage_usd: '0', wage_p10_usd: '12.5' });
    Object.assign(bad[2] as Row, { projected_growth_pct: '2000', cip_codes: '51.0707;51.9999' });
    Object.assign(bad[3] as Row, { wage_source_url: '', median_annual_wage_usd: '50000', wage_reference: 'May 2024' });
    const response = await importOccupations(toCsv(bad));
    expect(response.statusCode).toBe(422);
    const problem = response.json();
    expect(problem.code).toBe('import_rejected');
    const named = problem.errors.map((error: { row: number; column: string }) => `${error.row}:${error.column}`);
    expect(named).toEqual(
      expect.arrayContaining([
        '2:soc_code',
        '3:median_annual_wage_usd',
        '3:wage_p10_usd',
        '4:projected_growth_pct',
        '4:cip_codes',
        '5:wage_source_url',
      ]),
    );
    expect((await getJson<{ data: Occupation[] }>(t.app, '/v1/occupations')).body.data).toEqual(occupations);
  });

  it('changes the figures every program shows in the same write, with new ETags and change-feed entries', async () => {
    const rows = shippedRows();
    const changed = rows.map((row) =>
      row.soc_code === '29-9021' ? { ...row, median_annual_wage_usd: '61234', wage_reference: 'May 2099' } : row,
    );
    const [before] = (await getJson<{ data: ListedProgram[] }>(t.app, '/v1/programs?occupation=29-9021&limit=1')).body
      .data;
    const etagBefore = (await t.app.inject({ method: 'GET', url: `/v1/programs/${before?.slug}` })).headers.etag;
    const since = await feedEnd();

    const dryRun = await importOccupations(toCsv(changed), '?dry_run=true');
    expect(dryRun.json()).toMatchObject({ dry_run: true, updated: 1, unchanged: rows.length - 1 });
    expect((await getJson<Occupation>(t.app, '/v1/occupations/29-9021')).body.median_annual_wage_usd).not.toBe(61234);

    const response = await importOccupations(toCsv(changed));
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ dry_run: false, created: 0, updated: 1, deleted: 0, errors: [] });
    const reached = await everyProgram('occupation=29-9021&accreditation_status=any');
    expect(report.programs_changed).toBe(reached.length);
    for (const program of reached) {
      const career = program.careers.find((candidate) => candidate.soc_code === '29-9021');
      expect(career).toMatchObject({ median_annual_wage_usd: 61234, wage_reference: 'May 2099' });
    }
    const etagAfter = (await t.app.inject({ method: 'GET', url: `/v1/programs/${before?.slug}` })).headers.etag;
    expect(etagAfter).not.toBe(etagBefore);
    const { body: later } = await getJson<{ data: { program_id: string }[] }>(
      t.app,
      `/v1/changes?since=${since}&limit=1000`,
    );
    expect(later.data.map((change) => change.program_id).sort()).toEqual(reached.map((program) => program.id).sort());

    // The same file again changes nothing.
    expect((await importOccupations(toCsv(changed))).json()).toMatchObject({ updated: 0, programs_changed: 0 });
    // The shipped file puts the figures back.
    expect((await importOccupations(toCsv(rows))).json()).toMatchObject({ updated: 1 });
  });

  it('runs from the CLI too: a dry run, a rejected file naming its rows, and the shipped file unchanged', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'hpf-occupations-'));
    try {
      const cli = async (...argv: string[]) => {
        const out: string[] = [];
        const err: string[] = [];
        const code = await runCommand(t.database, argv, {
          out: (line) => out.push(line),
          err: (line) => err.push(line),
        });
        return { code, out, err };
      };
      const bad = join(folder, 'bad.csv');
      await writeFile(bad, toCsv(shippedRows().map((row, index) => (index === 1 ? { ...row, soc_code: 'x' } : row))));
      const rejected = await cli('occupations', 'import', bad);
      expect(rejected.code).toBe(1);
      expect(rejected.err).toEqual([expect.stringMatching(/^row 3 soc_code: /), '1 problem(s); nothing was written']);
      const dry = await cli('occupations', 'import', occupationsFile, '--dry-run');
      expect(dry).toMatchObject({
        code: 0,
        out: [expect.stringMatching(/^dry run, nothing written; \d+ occupations: 0 created, 0 updated/)],
      });
      expect((await cli('occupations', 'import', join(folder, 'missing.csv'))).code).toBe(1);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('needs an API key', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/occupations/imports',
      headers: { 'content-type': 'text/csv' },
      payload: toCsv(shippedRows()),
    });
    expect(response.statusCode).toBe(401);
  });
});
