import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/client.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

/**
 * What a client sees when something fails inside: a problem document with the catalog's
 * title and a generic detail, never the database's message, the SQL, a constraint name, a
 * stack or a library's words; and the failures a client can act on mapped to their status
 * (a unique violation is 409, a database that cannot answer now is 503 with Retry-After).
 * The failures are real: the database raises them through the driver, or loses a table or
 * its connection while the app runs. This file has a database of its own, so it may break it.
 */

const key = 'error-hygiene-admin-key-0123456789abcdef';
let t: TestApp;
let databaseClosed = false;

beforeAll(async () => {
  t = await createTestApp({ config: { ADMIN_API_KEY: key } });
});
afterAll(async () => {
  // The last test closes an embedded database under the app; closing it twice is not what is under test.
  await (databaseClosed ? t.app.close() : t.close());
});

const run = (statement: string) => t.database.primary.execute(sql.raw(statement));
const programCount = async () =>
  (await queryRows<{ count: number }>(t.database.primary, sql`SELECT count(*)::int AS count FROM programs`))[0]?.count;

/** Words that would show a client how the service is built, or what the database said. */
const leaks = [
  'SECRET',
  'hygiene',
  'zip_centroids',
  'accreditation_actions',
  'programs_cahiim_epc_key',
  '_key',
  'select ',
  'relation',
  'does not exist',
  'constraint',
  'duplicate key',
  'violates',
  'syntax',
  'Failed query',
  'Drizzle',
  'PGlite',
  'postgres',
  'pg_',
  'node_modules',
  '.ts:',
  '.js:',
  '    at ',
  'stack',
  'Error:',
  'TypeError',
  'Cannot read',
  'undefined',
];

/** A bare problem document: the catalog's members only, nothing from the failure itself. */
function expectBareProblem(response: { statusCode: number; headers: Record<string, unknown>; body: string }) {
  expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  const problem = JSON.parse(response.body) as Record<string, unknown>;
  expect(problem.status).toBe(response.statusCode);
  for (const member of Object.keys(problem)) {
    expect(['type', 'title', 'status', 'code', 'detail', 'instance', 'errors']).toContain(member);
  }
  const text = response.body.toLowerCase();
  for (const word of leaks)
    expect(text, `the answer shows "${word}": ${response.body}`).not.toContain(word.toLowerCase());
  return problem;
}

describe('errors the database raises', () => {
  // Reads of ZIP centroids (near=<zip>) go through a view that raises whatever SQLSTATE the table
  // hygiene_code holds, with a message, detail, hint and constraint name that must not come out.
  beforeAll(async () => {
    await run(`CREATE TABLE hygiene_code (code text NOT NULL)`);
    await run(`INSERT INTO hygiene_code VALUES ('XX000')`);
    await run(`CREATE FUNCTION hygiene_fail() RETURNS boolean LANGUAGE plpgsql AS $$
      DECLARE wanted text;
      BEGIN
        SELECT code INTO wanted FROM hygiene_code;
        RAISE EXCEPTION 'SECRET message: select password from programs'
          USING ERRCODE = wanted, CONSTRAINT = 'hygiene_secret_key', DETAIL = 'SECRET detail', HINT = 'SECRET hint';
      END $$`);
    await run(`ALTER TABLE zip_centroids RENAME TO zip_centroids_hidden`);
    await run(`CREATE VIEW zip_centroids AS SELECT * FROM zip_centroids_hidden WHERE hygiene_fail()`);
  });
  afterAll(async () => {
    await run(`DROP VIEW zip_centroids`);
    await run(`ALTER TABLE zip_centroids_hidden RENAME TO zip_centroids`);
  });

  it('answers a unique violation inside a write with a bare 409 and rolls the write back', async () => {
    // Every write records a change; here recording it violates a (made-up) unique constraint.
    await run(`UPDATE hygiene_code SET code = '23505'`);
    await run(`CREATE FUNCTION hygiene_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM hygiene_fail(); RETURN NEW; END $$`);
    await run(
      `CREATE TRIGGER hygiene_changes BEFORE INSERT ON changes FOR EACH ROW EXECUTE FUNCTION hygiene_trigger()`,
    );
    try {
      const before = await programCount();
      const institution = (await t.app.inject({ url: '/v1/programs?limit=1' })).json().data[0].institution;
      const response = await t.app.inject({
        method: 'POST',
        url: '/v1/programs',
        headers: { authorization: `Bearer ${key}` },
        payload: {
          name: 'Unique Violation Program',
          degree_level: 'master',
          discipline: 'health_informatics',
          institution_id: institution.id,
          accreditation: { status: 'candidacy' },
        },
      });
      expect(response.statusCode).toBe(409);
      expect(expectBareProblem(response).code).toBe('conflict');
      expect(await programCount()).toBe(before);
    } finally {
      await run('DROP TRIGGER hygiene_changes ON changes');
    }
  });

  let radius = 10;
  it.each([
    ['57014', 'a statement timeout (or cancelled query)', 503],
    ['57P01', 'a connection the server terminated', 503],
    ['57P03', 'a server that cannot accept connections now', 503],
    ['53300', 'too many connections', 503],
    ['08006', 'a connection failure', 503],
    ['42P01', 'a missing table', 500],
    ['22021', 'a character the database cannot store', 500],
    ['XX000', 'an internal database error', 500],
  ])('SQLSTATE %s (%s) is a bare %i', async (code, _what, status) => {
    await run(`UPDATE hygiene_code SET code = '${code}'`);
    radius += 1; // a URL of its own, so no cached answer stands in for the failure
    const response = await t.app.inject({ url: `/v1/programs?near=33614&radius_mi=${radius}` });
    expect(response.statusCode).toBe(status);
    const problem = expectBareProblem(response);
    if (status === 503) {
      expect(response.headers['retry-after']).toMatch(/^\d+$/);
      expect(problem.code).toBe('unavailable');
    }
    if (status === 500) expect(problem.detail).toBe('An unexpected error occurred; it has been logged');
  });
});

describe('duplicates written by admins', () => {
  const auth = { authorization: `Bearer ${key}` };

  it('answers a program whose CAHIIM EPC is taken with 409, naming the field, and writes nothing', async () => {
    const existing = (await t.app.inject({ url: '/v1/programs?limit=1' })).json().data[0];
    const before = await programCount();
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/programs',
      headers: auth,
      payload: {
        cahiim_epc: existing.cahiim_epc,
        name: 'A Second Program With The Same EPC',
        degree_level: 'associate',
        discipline: 'health_information_management',
        institution_id: existing.institution.id,
        accreditation: { status: 'accredited' },
      },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'conflict', status: 409 });
    expect(response.body).not.toContain('programs_cahiim_epc_key');
    expect(await programCount()).toBe(before);
  });

  it('lets exactly one of several concurrent writes of one new EPC through; the others are 409, none a 5xx', async () => {
    const institution = (await t.app.inject({ url: '/v1/programs?limit=1' })).json().data[0].institution;
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        t.app.inject({
          method: 'POST',
          url: '/v1/programs',
          headers: auth,
          payload: {
            cahiim_epc: 'RACE-EPC-1',
            name: `Race Program ${index}`,
            degree_level: 'associate',
            discipline: 'health_information_management',
            institution_id: institution.id,
            accreditation: { status: 'accredited' },
          },
        }),
      ),
    );
    const statuses = responses.map((response) => response.statusCode).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
    for (const response of responses.filter((item) => item.statusCode === 409)) expectBareProblem(response);
  });
});

describe('a database that breaks under the running app', () => {
  it('answers a read of a table that was dropped with a bare 500', async () => {
    const slug = (await t.app.inject({ url: '/v1/programs?limit=1&sort=-name' })).json().data[0].slug;
    await run('DROP TABLE accreditation_actions CASCADE');
    const response = await t.app.inject({ url: `/v1/programs/${slug}` });
    expect(response.statusCode).toBe(500);
    expectBareProblem(response);
  });

  it('answers with a bare 5xx when the connection is lost mid-query or the database is closed', async () => {
    if (t.database.kind === 'postgres') {
      // Hold a lock the app's query waits for, then terminate the backend running it (57P01), and
      // cancel the next one (57014): both a real loss of the statement, both 503. A read whose
      // connection was terminated (a restart's signature) runs once more on a new connection: that
      // one is terminated too.
      const admin = new pg.Client({ connectionString: t.url });
      await admin.connect();
      try {
        await admin.query('BEGIN');
        await admin.query('LOCK TABLE programs, program_documents IN ACCESS EXCLUSIVE MODE');
        for (const [kill, limit, times] of [
          ['pg_terminate_backend', 7, 2],
          ['pg_cancel_backend', 8, 1],
        ] as const) {
          const pending = t.app.inject({ url: `/v1/programs?limit=${limit}` });
          let answered = false;
          void pending.finally(() => {
            answered = true;
          });
          let killed = 0;
          for (let attempt = 0; attempt < 200 && !answered && killed < times; attempt += 1) {
            // Inside a transaction the statistics views keep their first snapshot: take a new one each time.
            await admin.query('SELECT pg_stat_clear_snapshot()');
            const { rows } = await admin.query(
              `SELECT ${kill}(pid) AS done FROM pg_stat_activity
                WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'`,
            );
            killed += rows.filter((row: { done: boolean }) => row.done).length;
            if (killed < times) await new Promise((resolve) => setTimeout(resolve, 50));
          }
          expect(killed, `${kill} found the waiting query`).toBeGreaterThanOrEqual(times);
          const response = await pending;
          expect(response.statusCode, kill).toBe(503);
          expect(response.headers['retry-after']).toMatch(/^\d+$/);
          expectBareProblem(response);
        }
      } finally {
        await admin.query('ROLLBACK').catch(() => {});
        await admin.end();
      }
    }
    if (t.database.kind === 'postgres') return;
    // An embedded database has no connection to lose: it goes away altogether.
    await t.database.close();
    databaseClosed = true;
    const response = await t.app.inject({ url: '/v1/programs?limit=9' });
    expect(response.statusCode).toBeGreaterThanOrEqual(500);
    expectBareProblem(response);
    const readiness = await t.app.inject({ url: '/readyz' });
    expect(readiness.statusCode).toBe(503);
    expectBareProblem(readiness);
  });
});
