import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/client.js';
import { prepareData } from '../../src/services/seed.js';
import { createTestApp, getJson, type TestApp } from '../helpers/app.js';

/**
 * Reads send each program's stored document; these tests hold the store to the records: written in
 * the write's transaction, rolled back with it, and re-rendered when a release changes the shape.
 */

const ADMIN_KEY = 'test-admin-key-0123456789abcdef-documents';
const auth = { authorization: `Bearer ${ADMIN_KEY}` };

let t: TestApp;
let app: FastifyInstance;

beforeAll(async () => {
  t = await createTestApp({ seed: true, config: { ADMIN_API_KEY: ADMIN_KEY, RESPONSE_CACHE_SIZE: 0 } });
  app = t.app;
});
afterAll(() => t?.close());

const storedDocument = async (id: string) =>
  (
    await queryRows<{ document: string; version_tag: string }>(
      t.database.primary,
      sql`SELECT document, version_tag FROM program_documents WHERE program_id = ${id}::uuid`,
    )
  )[0];

const run = (statement: string) => queryRows(t.database.primary, sql.raw(statement));

async function firstProgram(query = '') {
  const { body } = await getJson(app, `/v1/programs?limit=1${query}`);
  return body.data[0];
}

describe('stored program documents', () => {
  it('stores one document per program, equal to what every read answers', async () => {
    const [counts] = await queryRows<{ programs: number; documents: number }>(
      t.database.primary,
      sql`SELECT (SELECT count(*)::int FROM programs) AS programs, (SELECT count(*)::int FROM program_documents) AS documents`,
    );
    expect(counts?.documents).toBe(counts?.programs);
    const listed = await firstProgram();
    const detail = await getJson(app, `/v1/programs/${listed.id}`);
    const { history: _history, ...accreditation } = detail.body.accreditation;
    const { outcome_history: _outcomeHistory, ...record } = detail.body;
    expect({ ...record, accreditation }).toEqual(listed);
    expect(JSON.parse((await storedDocument(listed.id))?.document ?? 'null')).toEqual(listed);
    const compared = await getJson(app, `/v1/programs/compare?ids=${listed.id},${detail.body.slug}`);
    expect(compared.status).toBe(400); // the same program twice
  });

  it('re-renders a program when it, its institution or its outcomes change, in the same transaction', async () => {
    const program = await firstProgram('&state=TX');
    const { headers } = await getJson(app, `/v1/programs/${program.id}`);
    const patched = await app.inject({
      method: 'PATCH',
      url: `/v1/programs/${program.id}`,
      headers: { ...auth, 'content-type': 'application/merge-patch+json', 'if-match': String(headers.etag) },
      payload: {
        tuition: { in_state_usd: 1234 },
        outcomes: [{ metric: 'employment_rate', value: 91.25, cohort_year: 2025 }],
      },
    });
    expect(patched.statusCode).toBe(200);
    const stored = JSON.parse((await storedDocument(program.id))?.document ?? 'null');
    expect(stored.tuition.in_state_usd).toBe(1234);
    expect(stored.outcomes).toEqual([{ metric: 'employment_rate', value: 91.25, cohort_year: 2025, exam: null }]);
    expect(patched.json()).toMatchObject({ tuition: stored.tuition, outcomes: stored.outcomes });

    const institution = await getJson(app, `/v1/institutions/${program.institution.id}`);
    const renamed = await app.inject({
      method: 'PATCH',
      url: `/v1/institutions/${program.institution.id}`,
      headers: {
        ...auth,
        'content-type': 'application/merge-patch+json',
        'if-match': String(institution.headers.etag),
      },
      payload: { campus: 'Riverside Campus' },
    });
    expect(renamed.statusCode).toBe(200);
    for (const { id } of institution.body.programs) {
      expect(JSON.parse((await storedDocument(id))?.document ?? 'null').institution.campus).toBe('Riverside Campus');
    }
  });

  it('leaves the stored document as it was when a write fails after rendering it', async () => {
    const program = await firstProgram('&state=OK');
    const before = await storedDocument(program.id);
    const { headers } = await getJson(app, `/v1/programs/${program.id}`);
    // A check that fails only at COMMIT, after the documents were rendered: the latest a write can fail.
    await run(`CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS
                 $$ BEGIN RAISE EXCEPTION 'refused at commit'; END $$`);
    await run(`CREATE CONSTRAINT TRIGGER refuse_change AFTER INSERT ON changes
                 DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    try {
      const failed = await app.inject({
        method: 'PATCH',
        url: `/v1/programs/${program.id}`,
        headers: { ...auth, 'content-type': 'application/merge-patch+json', 'if-match': String(headers.etag) },
        payload: { name: 'Renamed Program', tuition: { in_state_usd: 1 } },
      });
      expect(failed.statusCode).toBeGreaterThanOrEqual(500);
      expect(failed.body).not.toContain('refused at commit');
    } finally {
      await run('DROP TRIGGER refuse_change ON changes');
      await run('DROP FUNCTION refuse_change()');
    }
    expect(await storedDocument(program.id)).toEqual(before);
    expect((await getJson(app, `/v1/programs/${program.id}`)).body.name).toBe(program.name);
  });

  it('re-renders documents of another shape, or missing, when the service prepares the database', async () => {
    const [a, b] = (await getJson(app, '/v1/programs?limit=2&state=FL')).body.data;
    const expected = [await storedDocument(a.id), await storedDocument(b.id)];
    await queryRows(
      t.database.primary,
      sql`UPDATE program_documents SET document = '{}', render_version = 'an-older-release' WHERE program_id = ${a.id}::uuid`,
    );
    await queryRows(t.database.primary, sql`DELETE FROM program_documents WHERE program_id = ${b.id}::uuid`);
    await prepareData(t.database.primary, { seedOnEmpty: true });
    expect([await storedDocument(a.id), await storedDocument(b.id)]).toEqual(expected);
  });
});
