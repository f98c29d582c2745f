import assert from 'node:assert/strict';
import axios from 'axios';
import { importCsv, newProgram, type Target, withoutVersion } from '../shared.js';
import { getHIMProgramFinderAPI, type ProgramListItem } from './api.js';

/**
 * The admissions site's scenario on orval's axios client. axios writes arrays in query strings as
 * `state[]=FL&state[]=TX`, which the API reads as `state=FL,TX`.
 */
export async function run({ baseUrl, apiKey }: Target): Promise<void> {
  axios.defaults.baseURL = baseUrl;
  const api = getHIMProgramFinderAPI();
  const admin = { headers: { Authorization: `Bearer ${apiKey}` } };

  // Filters, a sort, and every page by its cursor.
  const seen: ProgramListItem[] = [];
  let cursor: string | undefined;
  let total = 0;
  do {
    const { data } = await api.listPrograms({ state: ['FL', 'TX'], delivery_mode: ['online'], sort: 'name', cursor });
    // Asked without `fields`: whole programs (a ProgramList, not a ProgramFieldsList).
    assert.ok(!('fields' in data), 'whole programs');
    total = data.meta.total;
    seen.push(...data.data);
    cursor = data.meta.next_cursor ?? undefined;
  } while (cursor);
  assert.equal(seen.length, total);
  const states: string[] = seen.map((program) => program.institution.state);
  assert.ok(states.every((state) => state === 'FL' || state === 'TX'));

  // Free text near a ZIP code.
  const nearby = await api.listPrograms({ q: 'health information', near: '33612', radius_mi: 200 });
  assert.ok(!('fields' in nearby.data), 'whole programs');
  const scores: number[] = nearby.data.data.map((program) => program.score ?? 0);
  assert.ok(scores.length > 0);

  // Facets.
  const facets = await api.getProgramFacets({ state: ['FL'] });
  const online: number = facets.data.facets.delivery_mode.online;
  assert.ok(online <= facets.data.total);

  // A program page by slug, then conditionally: axios rejects a 304 unless told it is an answer.
  const [first, second] = seen;
  assert.ok(first && second);
  const page = await api.getProgram(first.slug);
  // The JSON record, not the JSON-LD a client asking for application/ld+json gets.
  assert.ok('accreditation' in page.data, 'the JSON record');
  const history: string[] = page.data.accreditation.history.map((action) => action.date);
  assert.ok(Array.isArray(history));
  const again = await api.getProgram(
    first.slug,
    { 'if-none-match': String(page.headers.etag) },
    { validateStatus: (status) => status === 200 || status === 304 },
  );
  assert.equal(again.status, 304);

  // Compare.
  const compared = await api.comparePrograms({ ids: [first.id, second.id] });
  assert.equal(compared.data.data[1]?.id, second.id);

  // Type-ahead, narrowed by type.
  const suggestions = await api.suggest({ q: 'tampa' });
  for (const suggestion of suggestions.data.data) {
    if (suggestion.type === 'institution') {
      const id: string = suggestion.id;
      const state: string = suggestion.state;
      assert.ok(id && state);
    }
  }

  // Create, change one field with If-Match, delete.
  const created = await api.createProgram(newProgram('orval-axios'), admin);
  const patched = await api.updateProgram(
    created.data.id,
    { internship: { min_hours: 160 } },
    { 'if-match': String(created.headers.etag) },
    { headers: { ...admin.headers, 'Content-Type': 'application/merge-patch+json' } },
  );
  const expected = withoutVersion(created.data);
  expected.internship = { ...expected.internship, min_hours: 160 };
  assert.deepEqual(withoutVersion(patched.data), expected);
  const deleted = await api.deleteProgram(created.data.id, undefined, admin);
  assert.equal(deleted.status, 204);

  // A CSV import, sent as text/csv.
  const imported = await api.importPrograms(
    importCsv('orval-axios'),
    { dry_run: true },
    { headers: { ...admin.headers, 'Content-Type': 'text/csv' } },
  );
  assert.equal(imported.data.rows, 1);
}
