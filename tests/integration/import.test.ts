import { readFile } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, queryRows } from '../../src/db/client.js';
import { storedProgramsByIds } from '../../src/queries/stored-programs.js';
import { type ImportColumn, importColumns, importRowToCells } from '../../src/schemas/import-row.js';
import { type ImportOptions, importPrograms } from '../../src/services/import-programs.js';
import { toImportRow } from '../../src/services/program-mappings.js';
import { loadZipCentroids, sampleFiles, seedSampleData } from '../../src/services/seed.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

// One database for the file; every test makes programs of its own (a unique prefix), so none depends on another.
let t: TestDatabase;
let db: Db;

beforeAll(async () => {
  t = await createTestDatabase();
  db = t.database.primary;
});
afterAll(() => t?.drop());

const run: ImportOptions = { dryRun: false, actor: 'test', source: 'import' };

/** A row's CSV text cells; a column left out is empty. */
type Cells = Partial<Record<ImportColumn, string>>;

/** A complete, valid row as CSV text cells; `prefix` keeps each test's programs apart. */
function row(prefix: string, index: number, overrides: Partial<Cells> = {}): Cells {
  const base: Cells = {
    cahiim_epc: `${prefix}-${String(index).padStart(4, '0')}`,
    institution_name: `${prefix} State College`,
    campus: index % 3 === 0 ? '' : `Campus ${index % 3}`,
    city: 'Tampa',
    state: 'FL',
    zip: '33614',
    lat: '28.0089',
    lon: '-82.5064',
    institution_website: 'https://harbor.example.edu',
    ipeds_unitid: '',
    control: 'public',
    program_name: `Health Information Technology ${index}`,
    credential: 'AAS',
    degree_level: 'associate',
    discipline: 'health_information_management',
    cip_code: '51.0707',
    delivery_mode: 'hybrid',
    accreditation_status: 'accredited',
    status_since: '2021-06-01',
    initial_accreditation_date: '2009-03-15',
    next_review_year: '2031',
    internship_required: 'true',
    internship_min_hours: '120',
    internship_formats: 'onsite;virtual',
    placement_assistance: 'true',
    career_services: 'job_placement;alumni_network;exam_prep',
    graduation_rate: '71.5',
    employment_rate: '80',
    retention_rate: '',
    pass_rate: '82',
    pass_rate_exam: 'RHIT',
    outcomes_year: '2024',
    tuition_in_state_usd: '4200',
    tuition_out_of_state_usd: '9800',
    credit_hours: '64',
    duration_months: '24',
    program_url: 'https://harbor.example.edu/hit',
    outcomes_url: '',
    contact_name: 'Jamie Doe, RHIT',
    contact_email: 'jamie@harbor.example.edu',
    contact_phone: '(555) 010-1234',
    description: 'Prepares health information technicians.',
  };
  return { ...base, ...overrides };
}

const rows = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => row(prefix, index + 1));

function csv(cells: readonly Cells[], options: { bom?: boolean; eol?: string } = {}): string {
  const text = stringify(
    cells.map((cell) => importColumns.map((column) => cell[column])),
    { header: true, columns: [...importColumns], record_delimiter: options.eol ?? '\n' },
  );
  return options.bom ? `\uFEFF${text}` : text;
}

async function counts() {
  const [row] = await queryRows<Record<string, number>>(
    db,
    sql`SELECT (SELECT count(*)::int FROM programs) AS programs, (SELECT count(*)::int FROM institutions) AS institutions,
               (SELECT count(*)::int FROM program_outcomes) AS outcomes, (SELECT count(*)::int FROM changes) AS changes,
               (SELECT coalesce(sum(version), 0)::int FROM programs) AS versions`,
  );
  return row;
}

async function programsOf(prefix: string) {
  return queryRows<{
    id: string;
    slug: string;
    version: number;
    source: string;
    graduation_rate: number | null;
    pass_rate: number | null;
    institution_text: string;
  }>(
    db,
    sql`SELECT p.id, p.slug, p.version, p.source, p.graduation_rate, p.pass_rate, p.institution_text
        FROM programs p JOIN institutions i ON i.id = p.institution_id
        WHERE i.name LIKE ${`${prefix} %`} ORDER BY p.cahiim_epc`,
  );
}

describe('importPrograms', () => {
  it('imports a valid CSV: every row created, each recorded in the change feed with its actor', async () => {
    const before = await counts();
    const report = await importPrograms(db, { kind: 'csv', text: csv(rows('Valid', 12)) }, run);
    expect(report).toEqual({ dry_run: false, rows: 12, created: 12, updated: 0, unchanged: 0, errors: [] });
    const after = await counts();
    expect(after?.programs).toBe((before?.programs ?? 0) + 12);
    expect(after?.institutions).toBe((before?.institutions ?? 0) + 3); // three campuses
    expect(after?.changes).toBe((before?.changes ?? 0) + 12);
    const programs = await programsOf('Valid');
    expect(programs[0]).toMatchObject({
      slug: 'valid-state-college-health-information-technology-1-aas-tampa-fl',
      version: 1,
      source: 'import',
      graduation_rate: 71.5,
      pass_rate: 82,
      institution_text: 'Valid State College Campus 1 Tampa FL Florida',
    });
    const actors = await queryRows<{ actor: string; op: string }>(
      db,
      sql`SELECT actor, op FROM changes WHERE program_id = ${programs[0]?.id}::uuid`,
    );
    expect(actors).toEqual([{ actor: 'test', op: 'created' }]);
  });

  it('reports every row unchanged and writes nothing when the same file comes again', async () => {
    const text = csv(rows('Again', 8));
    await importPrograms(db, { kind: 'csv', text }, run);
    const before = await counts();
    const report = await importPrograms(db, { kind: 'csv', text }, run);
    expect(report).toMatchObject({ rows: 8, created: 0, updated: 0, unchanged: 8, errors: [] });
    expect(await counts()).toEqual(before);
  });

  it('updates only the rows that changed, bumps their version and keeps other cohorts', async () => {
    const original = rows('Change', 4);
    await importPrograms(db, { kind: 'csv', text: csv(original) }, run);
    const changed = original.map((cells, index) =>
      index === 1 ? { ...cells, tuition_in_state_usd: '4300', graduation_rate: '75', outcomes_year: '2025' } : cells,
    );
    const report = await importPrograms(db, { kind: 'csv', text: csv(changed) }, run);
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 3 });
    const programs = await programsOf('Change');
    expect(programs.map((program) => program.version)).toEqual([1, 2, 1, 1]);
    // The 2025 cohort is now the latest graduation rate; its pass rate comes from the row (82), 2024's stays stored.
    expect(programs[1]).toMatchObject({ graduation_rate: 75, pass_rate: 82 });
    const cohorts = await queryRows<{ cohort_year: number; metric: string }>(
      db,
      sql`SELECT cohort_year, metric FROM program_outcomes WHERE program_id = ${programs[1]?.id}::uuid AND metric = 'graduation_rate' ORDER BY cohort_year`,
    );
    expect(cohorts.map((cohort) => cohort.cohort_year)).toEqual([2024, 2025]);
    // The old file, once more: the 2024 cohort and the old tuition come back, everything else is unchanged.
    expect(await importPrograms(db, { kind: 'csv', text: csv(original) }, run)).toMatchObject({
      updated: 1,
      unchanged: 3,
    });
  });

  it('rejects the whole file when one row is bad, naming row and column, and writes nothing', async () => {
    const cells = rows('Bad', 20);
    cells[7] = { ...cells[7], state: 'XX' } as Cells; // CSV row 9: the header is row 1
    cells[10] = { ...cells[10], graduation_rate: '1e1', internship_min_hours: '0x10' } as Cells; // row 12
    const before = await counts();
    const report = await importPrograms(db, { kind: 'csv', text: csv(cells) }, run);
    expect(report).toMatchObject({ rows: 20, created: 0, updated: 0, unchanged: 0 });
    expect(report.errors.map(({ row, column }) => ({ row, column }))).toEqual([
      { row: 9, column: 'state' },
      { row: 12, column: 'internship_min_hours' },
      { row: 12, column: 'graduation_rate' },
    ]);
    expect(report.errors[0]?.message).toMatch(/must be one of: AL, AK/);
    expect(await counts()).toEqual(before);
    expect(await programsOf('Bad')).toEqual([]);
  });

  it('validates cells against the contract', async () => {
    const bad: Partial<Cells>[] = [
      { status_since: '2023-02-30' },
      { program_url: 'javascript:alert(1)' },
      { internship_formats: 'onsite;remote' },
      { institution_name: 'Bad\u0000Name' },
      { tuition_in_state_usd: '4,200' },
      { zip: '3361' },
      { degree_level: 'Associate' },
      { lat: '', lon: '' }, // fine: no location
      { lat: '28.1', lon: '' },
      { pass_rate: '', pass_rate_exam: 'RHIT' },
      { graduation_rate: '101' },
      { outcomes_year: '', graduation_rate: '70', employment_rate: '', pass_rate: '', pass_rate_exam: '' },
      { program_name: '' },
    ];
    const report = await importPrograms(
      db,
      { kind: 'csv', text: csv(bad.map((overrides, index) => row('Cells', index + 1, overrides))) },
      run,
    );
    expect(report.errors.map(({ row, column }) => `${row} ${column}`)).toEqual([
      '2 status_since',
      '3 program_url',
      '4 internship_formats',
      '5 institution_name',
      '6 tuition_in_state_usd',
      '7 zip',
      '8 degree_level',
      '10 lon',
      '11 pass_rate_exam',
      '12 graduation_rate',
      '13 outcomes_year',
      '14 program_name',
    ]);
    expect(report.errors.find((error) => error.column === 'internship_formats')?.message).toBe(
      '"remote" is not one of: onsite, virtual, hybrid',
    );
  });

  it('checks the header: unknown and missing required columns are row 1', async () => {
    const text =
      'institution_name,city,stat,program_name,degree_level,discipline,accreditation_status\nA,B,FL,C,associate,health_informatics,accredited\n';
    const report = await importPrograms(db, { kind: 'csv', text }, run);
    expect(report.rows).toBe(1);
    expect(report.errors).toEqual([
      { row: 1, column: 'stat', message: 'is not an import column' },
      { row: 1, column: 'state', message: 'is a required column and is missing from the header' },
    ]);
  });

  it('refuses a file that names the same program twice', async () => {
    const cells = rows('Twice', 3);
    const report = await importPrograms(
      db,
      { kind: 'csv', text: csv([...cells, { ...(cells[0] as Cells), description: 'again' }]) },
      run,
    );
    expect(report.errors.map(({ row, column }) => ({ row, column }))).toEqual([{ row: 5, column: 'cahiim_epc' }]);
    const withoutEpc = cells.map((cell) => ({ ...cell, cahiim_epc: '' }));
    const again = await importPrograms(db, { kind: 'csv', text: csv([...withoutEpc, withoutEpc[2] as Cells]) }, run);
    expect(again.errors).toEqual([
      { row: 5, column: 'program_name', message: expect.stringMatching(/repeats the program of row 4/) },
    ]);
  });

  it('reads UTF-8 with a BOM, CRLF line ends, quoted commas and line breaks, and non-ASCII names', async () => {
    const cells = [
      row('Unicode', 1, {
        institution_name: 'Unicode Universidad de Ciencias Médicas, Río Piedras',
        city: 'San Juan',
        state: 'pr',
        zip: '00936',
        description: 'Línea uno, con coma\r\n"Línea" dos',
      }),
      row('Unicode', 2, { institution_name: 'Unicode Université Sainte-Thérèse', city: 'Zoë', state: 'ME' }),
    ];
    const text = csv(cells, { bom: true, eol: '\r\n' });
    const report = await importPrograms(db, { kind: 'csv', text }, run);
    expect(report).toMatchObject({ rows: 2, created: 2, errors: [] });
    const [record] = await queryRows<{ slug: string; description: string; state: string; name: string }>(
      db,
      sql`SELECT p.slug, p.description, i.state, i.name FROM programs p JOIN institutions i ON i.id = p.institution_id
          WHERE p.cahiim_epc = 'Unicode-0001'`,
    );
    expect(record).toEqual({
      slug: 'unicode-universidad-de-ciencias-medicas-rio-piedras-health-information-technology-1-aas-san-juan-pr',
      description: 'Línea uno, con coma\n"Línea" dos',
      state: 'PR',
      name: 'Unicode Universidad de Ciencias Médicas, Río Piedras',
    });
    expect(await importPrograms(db, { kind: 'csv', text }, run)).toMatchObject({ unchanged: 2 });
  });

  it('takes JSON rows with typed or string cells alike', async () => {
    const typed = {
      cahiim_epc: 'Json-0001',
      institution_name: 'Json State College',
      campus: null,
      city: 'Tulsa',
      state: 'OK',
      zip: '74104',
      lat: 36.1484,
      lon: -95.9543,
      ipeds_unitid: 123456,
      program_name: 'Health Informatics',
      credential: 'MS',
      degree_level: 'master',
      discipline: 'health_informatics',
      accreditation_status: 'candidacy',
      next_review_year: 2030,
      internship_required: false,
      internship_formats: ['virtual', 'onsite', 'virtual'],
      placement_assistance: null,
      career_services: [],
      graduation_rate: 64.25,
      outcomes_year: 2024,
      tuition_in_state_usd: 15000,
    };
    const report = await importPrograms(db, { kind: 'json', rows: [typed] }, run);
    expect(report).toEqual({ dry_run: false, rows: 1, created: 1, updated: 0, unchanged: 0, errors: [] });
    const asText = Object.fromEntries(
      Object.entries(typed).map(([key, value]) => [
        key,
        Array.isArray(value) ? value.join(';') : value === null ? '' : String(value),
      ]),
    );
    expect(await importPrograms(db, { kind: 'json', rows: [asText] }, run)).toMatchObject({ unchanged: 1 });
    const [stored] = await queryRows<{ internship_formats: string[]; graduation_rate: number; ipeds_unitid: number }>(
      db,
      sql`SELECT p.internship_formats, p.graduation_rate, i.ipeds_unitid FROM programs p JOIN institutions i ON i.id = p.institution_id
          WHERE p.cahiim_epc = 'Json-0001'`,
    );
    expect(stored).toEqual({ internship_formats: ['onsite', 'virtual'], graduation_rate: 64.25, ipeds_unitid: 123456 });

    const wrong = await importPrograms(
      db,
      { kind: 'json', rows: [typed, 'not a row', { ...typed, cahiim_epc: 'Json-0002', stat: 'OK', lat: '1e1' }] },
      run,
    );
    expect(wrong.errors.map(({ row, column }) => ({ row, column }))).toEqual([
      { row: 2, column: null },
      { row: 3, column: 'lat' },
      { row: 3, column: 'stat' },
    ]);
  });

  it('keeps what a JSON row leaves out, and clears what it sets to null', async () => {
    await importPrograms(db, { kind: 'csv', text: csv([row('Partial', 1)]) }, run);
    const key = {
      cahiim_epc: 'Partial-0001',
      institution_name: 'Partial State College',
      campus: 'Campus 1',
      city: 'Tampa',
      state: 'FL',
    };
    const identity = {
      ...key,
      program_name: 'Health Information Technology 1',
      degree_level: 'associate',
      discipline: 'health_information_management',
      accreditation_status: 'accredited',
    };
    expect(await importPrograms(db, { kind: 'json', rows: [identity] }, run)).toMatchObject({ unchanged: 1 });
    expect(await importPrograms(db, { kind: 'json', rows: [{ ...identity, description: null }] }, run)).toMatchObject({
      updated: 1,
    });
    const [stored] = await queryRows<{ description: string | null; tuition: number }>(
      db,
      sql`SELECT description, tuition_in_state_usd AS tuition FROM programs WHERE cahiim_epc = 'Partial-0001'`,
    );
    expect(stored).toEqual({ description: null, tuition: 4200 });
  });

  it('gives colliding slugs a short suffix and refuses a row that matches two programs', async () => {
    // Two campuses in one city: the program slug leaves the campus out, so the second needs a suffix.
    const cells = [row('Slug', 1, { campus: 'North' }), row('Slug', 2, { campus: 'South' })].map((cell) => ({
      ...cell,
      program_name: 'Health Informatics',
    }));
    expect(await importPrograms(db, { kind: 'csv', text: csv(cells) }, run)).toMatchObject({ created: 2 });
    const slugs = (await programsOf('Slug')).map((program) => program.slug);
    expect(slugs[0]).toBe('slug-state-college-health-informatics-aas-tampa-fl');
    expect(slugs[1]).toMatch(/^slug-state-college-health-informatics-aas-tampa-fl-[0-9a-f]{6}$/);

    // Two programs that differ only by EPC: a row without an EPC cannot say which one it means.
    const twins = [
      row('Twin', 1),
      row('Twin', 2, { program_name: 'Health Information Technology 1', campus: 'Campus 1' }),
    ];
    expect(await importPrograms(db, { kind: 'csv', text: csv(twins) }, run)).toMatchObject({ created: 2 });
    const ambiguous = await importPrograms(
      db,
      { kind: 'csv', text: csv([{ ...(twins[0] as Cells), cahiim_epc: '' }]) },
      run,
    );
    expect(ambiguous.errors).toEqual([
      { row: 2, column: 'cahiim_epc', message: expect.stringMatching(/matches 2 existing programs/) },
    ]);
  });

  it('records the other programs of an institution that changed in the change feed', async () => {
    await importPrograms(db, { kind: 'csv', text: csv([row('Sibling', 1), row('Sibling', 4)]) }, run); // one campus
    const before = await counts();
    const report = await importPrograms(
      db,
      { kind: 'csv', text: csv([row('Sibling', 1, { institution_website: 'https://new.example.edu' })]) },
      run,
    );
    expect(report).toMatchObject({ updated: 1, unchanged: 0 });
    expect((await counts())?.changes).toBe((before?.changes ?? 0) + 2);
  });

  it('names a CSV record with the wrong number of fields', async () => {
    const text = `${csv(rows('Fields', 2))}Fields-0003,Fields State College\n`;
    const report = await importPrograms(db, { kind: 'csv', text }, run);
    expect(report.rows).toBe(3);
    expect(report.errors).toEqual([{ row: 4, column: null, message: 'has 2 fields; the header has 42' }]);
  });

  it('dry run: the counts of a real run, nothing written', async () => {
    const text = csv(rows('Dry', 6));
    const before = await counts();
    const dry = await importPrograms(db, { kind: 'csv', text }, { ...run, dryRun: true });
    expect(await counts()).toEqual(before);
    const real = await importPrograms(db, { kind: 'csv', text }, run);
    expect(dry).toEqual({ ...real, dry_run: true });
    expect(real).toMatchObject({ created: 6 });
  });

  it('exports programs as import rows that re-import unchanged', async () => {
    await importPrograms(db, { kind: 'csv', text: csv(rows('Export', 5)) }, run);
    const ids = await queryRows<{ id: string }>(db, sql`SELECT id FROM programs`);
    const records = await storedProgramsByIds(
      db,
      ids.map((row) => row.id),
    );
    expect(records.length).toBeGreaterThanOrEqual(5);
    const exported = records.map((record) => importRowToCells(toImportRow(record)));
    const text = stringify(exported, { header: true, columns: [...importColumns] });
    const before = await counts();
    const report = await importPrograms(db, { kind: 'csv', text }, run);
    expect(report).toMatchObject({
      rows: records.length,
      created: 0,
      updated: 0,
      unchanged: records.length,
      errors: [],
    });
    expect(await counts()).toEqual(before);
  });
});

describe('seed', () => {
  let seeded: TestDatabase;
  beforeAll(async () => {
    seeded = await createTestDatabase({ fresh: true });
  });
  afterAll(() => seeded?.drop());

  it('loads the sample programs and their histories once, then re-imports them unchanged', async () => {
    const sampleDb = seeded.database.primary;
    expect(await loadZipCentroids(sampleDb)).toBeGreaterThan(30_000);
    expect(await loadZipCentroids(sampleDb)).toBe(0);
    const result = await seedSampleData(sampleDb);
    expect(result?.programs).toBeGreaterThan(300);
    expect(result?.actions).toBeGreaterThan(0);
    expect(await seedSampleData(sampleDb)).toBeNull();
    const sources = await queryRows<{ source: string; actor: string }>(
      sampleDb,
      sql`SELECT DISTINCT p.source, c.actor FROM programs p JOIN changes c ON c.program_id = p.id`,
    );
    expect(sources).toEqual([{ source: 'sample', actor: 'seed' }]);
    const text = await readFile(sampleFiles.programs, 'utf8');
    expect(await importPrograms(sampleDb, { kind: 'csv', text }, run)).toMatchObject({ unchanged: result?.programs });
  });
});
