import assert from 'node:assert/strict';
import { importCsv, importRow, newProgram, type Target, withoutVersion } from '../shared.js';
import { client } from './client/client.gen.js';
import {
  comparePrograms,
  createProgram,
  deleteProgram,
  getProgram,
  getProgramFacets,
  type ImportProgramsErrors,
  type ImportProgramsResponses,
  importPrograms,
  listPrograms,
  type ProgramListItem,
  suggest,
  updateProgram,
} from './client/index.js';

/** The admissions site's scenario on @hey-api/openapi-ts with its fetch client. */
export async function run({ baseUrl, apiKey }: Target): Promise<void> {
  client.setConfig({ baseUrl, auth: () => apiKey });

  // Filters, a sort, and every page by its cursor.
  const seen: ProgramListItem[] = [];
  let cursor: string | undefined;
  let total = 0;
  do {
    const { data, error } = await listPrograms({
      query: { state: ['FL', 'TX'], degree_level: ['associate'], sort: 'name', limit: 7, cursor },
    });
    if (error) throw new Error(`list: ${error.detail}`);
    // Asked without `fields`: whole programs (a ProgramList, not a ProgramFieldsList).
    assert.ok(!('fields' in data), 'whole programs');
    total = data.meta.total;
    seen.push(...data.data);
    cursor = data.meta.next_cursor ?? undefined;
  } while (cursor);
  assert.equal(seen.length, total);
  const names: string[] = seen.map((program) => `${program.name} (${program.institution.city})`);
  assert.equal(names.length, total);

  // Free text near a ZIP code.
  const nearby = await listPrograms({ query: { q: 'health information', near: '33612', radius_mi: 200 } });
  if (nearby.error) throw new Error(`near: ${nearby.error.detail}`);
  assert.ok(!('fields' in nearby.data), 'whole programs');
  const miles: number[] = nearby.data.data.map((program) => program.distance_mi ?? Number.NaN);
  assert.ok(miles.length > 0);

  // Facets.
  const facets = await getProgramFacets({ query: { state: ['FL'] } });
  if (facets.error) throw new Error(`facets: ${facets.error.detail}`);
  const associate: number = facets.data.facets.degree_level.associate;
  assert.ok(associate <= facets.data.total);

  // A program page by slug, then conditionally.
  const [first, second] = seen;
  assert.ok(first && second);
  const page = await getProgram({ path: { id_or_slug: first.slug } });
  if (page.error) throw new Error(`detail: ${page.error.detail}`);
  const nextReview: number | null = page.data.accreditation.next_review_year;
  assert.ok(nextReview === null || nextReview > 2000);
  const etag = page.response.headers.get('etag') ?? '';
  const again = await getProgram({ path: { id_or_slug: first.slug }, headers: { 'if-none-match': etag } });
  assert.equal(again.response.status, 304);

  // Compare.
  const compared = await comparePrograms({ query: { ids: [first.id, second.slug] } });
  if (compared.error) throw new Error(`compare: ${compared.error.detail}`);
  assert.equal(compared.data.data.length, 2);

  // Type-ahead, narrowed by type.
  const suggestions = await suggest({ query: { q: 'tampa' } });
  if (suggestions.error) throw new Error(`suggest: ${suggestions.error.detail}`);
  for (const suggestion of suggestions.data.data) {
    if (suggestion.type === 'program') {
      const id: string = suggestion.id;
      const state: null = suggestion.state;
      assert.ok(id && state === null);
    }
  }

  // Create, change one field with If-Match, delete.
  const created = await createProgram({ body: newProgram('hey-api') });
  if (created.error) throw new Error(`create: ${created.error.detail}`);
  const createdEtag = created.response.headers.get('etag') ?? '';
  const patched = await updateProgram({
    path: { id_or_slug: created.data.id },
    headers: { 'if-match': createdEtag },
    body: { accreditation: { next_review_year: 2031 } },
  });
  if (patched.error) throw new Error(`patch: ${patched.error.detail}`);
  const expected = withoutVersion(created.data);
  expected.accreditation = { ...expected.accreditation, next_review_year: 2031 };
  assert.deepEqual(withoutVersion(patched.data), expected);

  const deleted = await deleteProgram({ path: { id_or_slug: created.data.id } });
  assert.equal(deleted.response.status, 204);

  // A CSV import, sent as text/csv. The SDK function types the body by the JSON media type (an array of
  // rows), so CSV text goes through the client itself, with the operation's own response types.
  const imported = await client.post<ImportProgramsResponses, ImportProgramsErrors>({
    url: '/v1/imports',
    security: [{ scheme: 'bearer', type: 'http' }],
    body: importCsv('hey-api'),
    query: { dry_run: true },
    headers: { 'Content-Type': 'text/csv' },
    bodySerializer: (body) => body as string,
  });
  if (imported.error) throw new Error(`import: ${imported.error.detail}`);
  assert.equal(imported.data.rows, 1);

  // Typed JSON rows go through the SDK function.
  const rows = await importPrograms({ body: [importRow('hey-api')], query: { dry_run: true } });
  if (rows.error) throw new Error(`JSON import: ${rows.error.detail}`);
  assert.equal(rows.data.created, 1);
}
