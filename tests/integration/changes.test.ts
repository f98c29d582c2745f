import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, getJson, type TestApp } from '../helpers/app.js';

const ADMIN_KEY = 'test-admin-key-0123456789abcdef-changes';
const auth = { authorization: `Bearer ${ADMIN_KEY}` };

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ seed: false, config: { ADMIN_API_KEY: ADMIN_KEY } });
});
afterAll(() => t?.close());

interface Change {
  seq: number;
  op: string;
  program_id: string;
  at: string;
  actor?: string;
}

const header =
  'cahiim_epc,institution_name,city,state,program_name,degree_level,discipline,accreditation_status,tuition_in_state_usd';
const line = (index: number, tuition: number) =>
  `FEED-${index},Feed College,Tulsa,OK,Program ${index},associate,health_information_management,accredited,${tuition}`;

async function importCsv(lines: string[]) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/v1/imports',
    headers: { ...auth, 'content-type': 'text/csv' },
    payload: `${[header, ...lines].join('\n')}\n`,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** Every change after `since`, read `limit` at a time by following meta.next_since. */
async function readAll(since: string, limit: number) {
  const changes: Change[] = [];
  let next = since;
  for (let page = 0; page < 100; page += 1) {
    const { status, body } = await getJson(t.app, `/v1/changes?since=${next}&limit=${limit}`);
    expect(status).toBe(200);
    changes.push(...body.data);
    if (body.data.length === 0) {
      expect(body.meta.next_since).toBe(next);
      return changes;
    }
    next = body.meta.next_since;
  }
  throw new Error('the feed does not end');
}

describe('GET /v1/changes', () => {
  it('lists exactly the changes of a mixed batch, oldest first, and `since` resumes where a reader stopped', async () => {
    const start = await getJson(t.app, '/v1/changes');
    expect(start.status).toBe(200);
    expect(start.body).toEqual({ data: [], meta: { next_since: '0' } });

    await importCsv([line(1, 1000), line(2, 2000), line(3, 3000)]); // created ×3
    const ids = Object.fromEntries(
      (await getJson(t.app, '/v1/changes?limit=3')).body.data.map((change: Change, index: number) => [
        index + 1,
        change.program_id,
      ]),
    ) as Record<number, string>;
    await importCsv([line(1, 1000), line(2, 2500), line(3, 3000), line(4, 4000)]); // updated 2, created 4
    const program2 = await t.app.inject({ url: `/v1/programs/${ids[2]}` });
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/v1/programs/${ids[2]}`,
      headers: { ...auth, 'if-match': program2.headers.etag as string },
      payload: { credential: 'AAS' },
    }); // updated 2
    expect(patched.statusCode).toBe(200);
    const action = await t.app.inject({
      method: 'POST',
      url: `/v1/programs/${ids[3]}/accreditation-actions`,
      headers: auth,
      payload: { action: 'placed_on_probation', date: '2026-01-15', status: 'probation' },
    }); // updated 3
    expect(action.statusCode).toBe(201);
    const deleted = await t.app.inject({ method: 'DELETE', url: `/v1/programs/${ids[1]}`, headers: auth }); // deleted 1
    expect(deleted.statusCode).toBe(204);
    await importCsv([line(1, 1000)]); // the deleted program comes back as a new one

    const all = await readAll('0', 1000);
    const program4 = all[4]?.program_id as string;
    const program1again = all.at(-1)?.program_id as string;
    expect(all.map((change) => [change.op, change.program_id])).toEqual([
      ['created', ids[1]],
      ['created', ids[2]],
      ['created', ids[3]],
      ['updated', ids[2]],
      ['created', program4],
      ['updated', ids[2]],
      ['updated', ids[3]],
      ['deleted', ids[1]],
      ['created', program1again],
    ]);
    expect(program1again).not.toBe(ids[1]);
    const seqs = all.map((change) => change.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(all.every((change) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(change.at))).toBe(true);
    // The public feed says what and when, never who.
    expect(all.some((change) => 'actor' in change)).toBe(false);

    // Pages of 2, each resuming from the last: the same changes, none twice, none missed.
    expect(await readAll('0', 2)).toEqual(all);
    // A reader who stopped after the fifth change reads exactly the rest.
    expect(await readAll(String(all[4]?.seq), 3)).toEqual(all.slice(5));
  });

  it('shows admins who made each change', async () => {
    const response = await t.app.inject({ url: '/v1/admin/changes?limit=1000', headers: auth });
    expect(response.statusCode).toBe(200);
    // The catalogue's changes, after the reference data the start loads (actor `seed`).
    const feed = (response.json().data as Change[]).filter((change) => change.program_id !== null);
    expect(feed.length).toBeGreaterThan(0);
    expect(feed.every((change) => change.actor === 'admin')).toBe(true);
    const program = feed[0]?.program_id as string;
    const one = await t.app.inject({ url: `/v1/admin/changes?program_id=${program}`, headers: auth });
    expect(one.json().data.every((change: Change) => change.program_id === program)).toBe(true);
  });

  it('refuses a malformed since or limit, and unknown parameters', async () => {
    for (const query of [
      'since=-1',
      'since=1e3',
      'since=abc',
      'limit=0',
      'limit=1001',
      'actor=admin',
      'since=1&since=2',
    ]) {
      const { status, body } = await getJson(t.app, `/v1/changes?${query}`);
      expect(status, query).toBe(400);
      expect(body.code, query).toBe('invalid_parameter');
    }
  });
});

describe('changes to an institution alone', () => {
  it('are kept out of the public feed, shown to admins, and make cached institution lists fresh', async () => {
    const before = await getJson(t.app, '/v1/institutions?q=Lonely%20Campus%20College');
    expect(before.body.meta.total).toBe(0);
    const since =
      (await t.app.inject({ url: '/v1/admin/changes?limit=1000', headers: auth })).json().data.at(-1)?.seq ?? 0;
    const created = await t.app.inject({
      method: 'POST',
      url: '/v1/institutions',
      headers: { ...auth, 'content-type': 'application/json' },
      payload: { name: 'Lonely Campus College', city: 'Tulsa', state: 'OK' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const after = await getJson(t.app, '/v1/institutions?q=Lonely%20Campus%20College');
    expect(after.body.meta.total).toBe(1);

    const audited = await t.app.inject({ url: `/v1/admin/changes?since=${since}`, headers: auth });
    expect(audited.json().data).toEqual([
      expect.objectContaining({ op: 'created', program_id: null, institution_id: created.json().id, actor: 'admin' }),
    ]);
    const publicFeed = await getJson(t.app, `/v1/changes?since=${since}`);
    expect(publicFeed.body.data).toEqual([]);
  });
});
