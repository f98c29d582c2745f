import { stringify } from 'csv-stringify/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/client.js';
import { IMPORT_BODY_LIMIT } from '../../src/routes/imports.js';
import { importColumns } from '../../src/schemas/import-row.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

const ADMIN_KEY = 'test-admin-key-0123456789abcdef-imports';
const auth = { authorization: `Bearer ${ADMIN_KEY}` };

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ seed: false, config: { ADMIN_API_KEY: ADMIN_KEY } });
});
afterAll(() => t?.close());

type Row = Record<string, string>;

/** A valid import row as CSV cells; `tag` keeps each test's programs apart. */
function row(tag: string, index: number, overrides: Row = {}): Row {
  return {
    cahiim_epc: `${tag}-${String(index).padStart(4, '0')}`,
    institution_name: `${tag} College ${index % 7}`,
    campus: '',
    city: 'Tulsa',
    state: 'OK',
    zip: '74104',
    lat: '36.1484',
    lon: '-95.9543',
    program_name: `Health Information Technology ${index}`,
    credential: 'AAS',
    degree_level: 'associate',
    discipline: 'health_information_management',
    accreditation_status: 'accredited',
    internship_formats: 'onsite;virtual',
    career_services: 'exam_prep',
    graduation_rate: '70.5',
    outcomes_year: '2024',
    tuition_in_state_usd: '4200',
    description: 'Prepares health information technicians.',
    ...overrides,
  };
}

const rows = (tag: string, count: number) => Array.from({ length: count }, (_, index) => row(tag, index + 1));

function csv(cells: readonly Row[], options: { bom?: boolean; eol?: string } = {}): string {
  const columns = importColumns.filter((column) => cells.some((cell) => column in cell));
  const text = stringify(
    cells.map((cell) => columns.map((column) => cell[column] ?? '')),
    { header: true, columns, record_delimiter: options.eol ?? '\n' },
  );
  return options.bom ? `\uFEFF${text}` : text;
}

function post(body: string | Buffer, contentType = 'text/csv', query = '') {
  return t.app.inject({
    method: 'POST',
    url: `/v1/imports${query}`,
    headers: { ...auth, 'content-type': contentType },
    payload: body,
  });
}

/** Everything an import writes, counted, plus the sum of row versions (an update moves it). */
async function snapshot() {
  const [counts] = await queryRows<Record<string, number>>(
    t.database.primary,
    sql`SELECT (SELECT count(*)::int FROM programs) AS programs, (SELECT count(*)::int FROM institutions) AS institutions,
               (SELECT count(*)::int FROM program_outcomes) AS outcomes, (SELECT count(*)::int FROM changes) AS changes,
               (SELECT coalesce(sum(version), 0)::int FROM programs) AS program_versions,
               (SELECT coalesce(sum(version), 0)::int FROM institutions) AS institution_versions`,
  );
  return counts;
}

describe('POST /v1/imports', () => {
  it('imports a CSV, then finds the same file all unchanged and writes nothing', async () => {
    const text = csv(rows('Again', 40));
    const first = await post(text);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.json()).toEqual({ dry_run: false, rows: 40, created: 40, updated: 0, unchanged: 0, errors: [] });
    const before = await snapshot();
    const second = await post(text);
    expect(second.json()).toEqual({ dry_run: false, rows: 40, created: 0, updated: 0, unchanged: 40, errors: [] });
    expect(await snapshot()).toEqual(before);
  });

  it('rejects a file with one bad row among many: 422 with the report, and nothing written', async () => {
    await post(csv(rows('Mixed', 30)));
    const cells = [
      ...rows('Mixed', 30).map((cell) => ({ ...cell, tuition_in_state_usd: '5000' })), // 30 updates
      ...rows('Mixed', 80).slice(30), // 50 new programs
    ];
    cells[57] = { ...(cells[57] as Row), state: 'ZZ' }; // CSV row 59: the header is row 1
    const before = await snapshot();
    const response = await post(csv(cells));
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.json()).toEqual({
      type: '/problems/import-rejected',
      title: 'Import rejected',
      status: 422,
      code: 'import_rejected',
      detail: 'The import has 1 problem; nothing was written',
      instance: '/v1/imports',
      dry_run: false,
      rows: 80,
      created: 0,
      updated: 0,
      unchanged: 0,
      errors: [{ row: 59, column: 'state', message: expect.stringMatching(/^must be one of: AL, AK/) }],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('reads UTF-8 with a BOM, CRLF line ends, quoted commas and line breaks, and non-ASCII names', async () => {
    const cells = [
      row('Unicode', 1, {
        institution_name: 'Universidad de Ciencias Médicas, Río Piedras',
        city: 'San Juan',
        state: 'PR',
        zip: '00936',
        program_name: 'Gestión de Información de Salud',
        description: 'Línea uno, con coma\r\n"Línea" dos',
      }),
      row('Unicode', 2, { institution_name: 'Université Sainte-Thérèse', city: 'Zoë', state: 'ME', zip: '04101' }),
    ];
    const body = Buffer.from(csv(cells, { bom: true, eol: '\r\n' }), 'utf8');
    const response = await post(body, 'text/csv; charset=utf-8');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ rows: 2, created: 2, errors: [] });
    const [stored] = await queryRows<{ id: string; description: string }>(
      t.database.primary,
      sql`SELECT id, description FROM programs WHERE cahiim_epc = 'Unicode-0001'`,
    );
    expect(stored?.description).toBe('Línea uno, con coma\n"Línea" dos');
    const detail = (await t.app.inject({ url: `/v1/programs/${stored?.id}` })).json();
    expect(detail).toMatchObject({
      name: 'Gestión de Información de Salud',
      slug: 'universidad-de-ciencias-medicas-rio-piedras-gestion-de-informacion-de-salud-aas-san-juan-pr',
      institution: { name: 'Universidad de Ciencias Médicas, Río Piedras', city: 'San Juan', state: 'PR' },
    });
    // The same bytes again, now without the BOM and with LF: nothing to change.
    expect((await post(csv(cells))).json()).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('takes JSON rows, typed or written as in CSV', async () => {
    const typed = {
      ...row('Json', 1),
      lat: 36.1484,
      lon: -95.9543,
      graduation_rate: 70.5,
      outcomes_year: 2024,
      internship_formats: ['virtual', 'onsite'],
    };
    const response = await post(JSON.stringify([typed, row('Json', 2)]), 'application/json');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ rows: 2, created: 2 });
    const bad = await post(JSON.stringify([row('Json', 1), { ...row('Json', 3), colour: 'blue' }]), 'application/json');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([{ row: 2, column: 'colour', message: 'is not an import column' }]);
    const notArray = await post(JSON.stringify({ rows: [] }), 'application/json');
    expect(notArray.statusCode).toBe(400);
  });

  it('dry run: the counts of a real run, nothing written', async () => {
    const text = csv(rows('Dry', 12));
    const before = await snapshot();
    const dry = await post(text, 'text/csv', '?dry_run=true');
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toEqual({ dry_run: true, rows: 12, created: 12, updated: 0, unchanged: 0, errors: [] });
    expect(await snapshot()).toEqual(before);
    expect((await post(text, 'text/csv', '?dry_run=false')).json()).toMatchObject({ dry_run: false, created: 12 });
    expect((await post(text, 'text/csv', '?dry_run=yes')).statusCode).toBe(400);
  });

  it('answers 415 for other content types and 413 beyond the body limit', async () => {
    const text = csv(rows('Type', 2));
    for (const type of [
      'text/plain',
      'application/xml',
      'application/x-www-form-urlencoded',
      'text/csv; charset=iso-8859-1',
    ]) {
      const response = await post(text, type);
      expect(response.statusCode, type).toBe(415);
      expect(response.json().code, type).toBe('unsupported_media_type');
    }
    const tooLarge = await post(`${text}${'x'.repeat(IMPORT_BODY_LIMIT)}`);
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(tooLarge.json().code).toBe('payload_too_large');
    const notUtf8 = await post(Buffer.concat([Buffer.from(text), Buffer.from([0xff, 0xfe, 0x0a])]));
    expect(notUtf8.statusCode).toBe(400);
    expect(notUtf8.json().errors).toEqual([{ in: 'body', name: '(body)', message: 'is not valid UTF-8' }]);
  });

  it('leaves the database as it was when the database fails half way through', async () => {
    // A real failure inside the transaction, not a mock: a trigger that raises once 300 of this
    // file's programs are already inserted, in the middle of the first batch of 500.
    const db = t.database.primary;
    await queryRows(
      db,
      sql.raw(`CREATE FUNCTION crash_half_way() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.cahiim_epc LIKE 'Crash-%' AND (SELECT count(*) FROM programs WHERE cahiim_epc LIKE 'Crash-%') >= 300 THEN
            RAISE EXCEPTION 'simulated crash after % rows', 300;
          END IF;
          RETURN NEW;
        END $$`),
    );
    await queryRows(
      db,
      sql.raw('CREATE TRIGGER crash_half_way BEFORE INSERT ON programs FOR EACH ROW EXECUTE FUNCTION crash_half_way()'),
    );
    expect((await post(csv(rows('Before', 40)))).statusCode).toBe(200);
    const text = csv([
      ...rows('Crash', 600),
      // Updates of programs that exist, in the same file: they must be undone too.
      ...rows('Before', 40).map((cell) => ({ ...cell, tuition_in_state_usd: '9999' })),
    ]);
    const before = await snapshot();
    try {
      const response = await post(text);
      expect(response.statusCode).toBe(500);
      expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(response.body).not.toMatch(/simulated|crash_half_way|programs/i);
      expect(await snapshot()).toEqual(before);
    } finally {
      await queryRows(db, sql.raw('DROP TRIGGER crash_half_way ON programs'));
      await queryRows(db, sql.raw('DROP FUNCTION crash_half_way()'));
    }
    // The file itself was fine: without the failure it imports whole.
    const retry = await post(text);
    expect(retry.statusCode, retry.body).toBe(200);
    expect(retry.json()).toMatchObject({ created: 600, updated: 40 });
  });
});
