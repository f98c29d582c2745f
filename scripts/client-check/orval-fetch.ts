import assert from 'node:assert/strict';
import { importCsv, newProgram, type Target, withoutVersion } from '../shared.js';
import {
  comparePrograms,
  createProgram,
  deleteProgram,
  getProgram,
  getProgramFacets,
  importPrograms,
  listPrograms,
  type ProgramListItem,
  suggest,
  updateProgram,
} from './api.js';

/**
 * The admissions site's scenario on orval's fetch client. Its functions request paths relative to the
 * page, as a site served from the API's own origin does; `baseUrl` is not used.
 */
export async function run({ apiKey }: Target): Promise<void> {
  const admin = { headers: { authorization: `Bearer ${apiKey}` } };

  // Filters, a sort, and every page by its cursor.
  const seen: ProgramListItem[] = [];
  let cursor: string | undefined;
  do {
    const answer = await listPrograms({ state: ['FL'], career_services: ['exam_prep'], sort: '-tuition', cursor });
    if (answer.status !== 200) throw new Error(`list: ${answer.status}`);
    // Asked without `fields`: whole programs (a ProgramList, not a ProgramFieldsList).
    assert.ok(!('fields' in answer.data), 'whole programs');
    seen.push(...answer.data.data);
    cursor = answer.data.meta.next_cursor ?? undefined;
  } while (cursor);
  const tuition: (number | null)[] = seen.map((program) => program.tuition.in_state_usd);
  assert.ok(tuition.length === seen.length);

  // Free text near a ZIP code.
  const nearby = await listPrograms({ q: 'health information', near: '33612' });
  if (nearby.status !== 200) throw new Error(`near: ${nearby.status}`);
  assert.ok(!('fields' in nearby.data), 'whole programs');
  assert.ok(nearby.data.data.every((program) => (program.distance_mi ?? 0) <= 50));

  // Facets.
  const facets = await getProgramFacets({ state: ['FL'] });
  if (facets.status !== 200) throw new Error(`facets: ${facets.status}`);
  const withPlacement: number = facets.data.facets.placement_assistance.true;
  assert.ok(withPlacement <= facets.data.total);

  // A program page by slug, then conditionally.
  const [first, second] = seen;
  assert.ok(first && second);
  const page = await getProgram(first.slug);
  if (page.status !== 200) throw new Error(`detail: ${page.status}`);
  const again = await getProgram(first.slug, { 'if-none-match': page.headers.get('etag') ?? '' });
  assert.equal(again.status, 304);

  // Compare.
  const compared = await comparePrograms({ ids: [second.slug, first.slug] });
  if (compared.status !== 200) throw new Error(`compare: ${compared.status}`);
  assert.equal(compared.data.data[0]?.id, second.id);

  // Type-ahead, narrowed by type.
  const suggestions = await suggest({ q: 'tampa' });
  if (suggestions.status !== 200) throw new Error(`suggest: ${suggestions.status}`);
  const cities: string[] = suggestions.data.data.flatMap((item) => (item.type === 'city' ? [item.state] : []));
  assert.ok(Array.isArray(cities));

  // Create, change one field with If-Match, delete.
  const created = await createProgram(newProgram('orval-fetch'), admin);
  if (created.status !== 201) throw new Error(`create: ${created.status}`);
  const patched = await updateProgram(
    created.data.id,
    { contact: { phone: '(555) 010-3000' } },
    { 'if-match': created.headers.get('etag') ?? '' },
    admin,
  );
  if (patched.status !== 200) throw new Error(`patch: ${patched.status}`);
  const expected = withoutVersion(created.data);
  expected.contact = { ...expected.contact, phone: '(555) 010-3000' };
  assert.deepEqual(withoutVersion(patched.data), expected);
  const deleted = await deleteProgram(created.data.id, undefined, admin);
  assert.equal(deleted.status, 204);

  // A CSV import.
  const imported = await importPrograms(
    importCsv('orval-fetch'),
    { dry_run: true },
    {
      headers: { ...admin.headers, 'content-type': 'text/csv' },
    },
  );
  if (imported.status !== 200) throw new Error(`import: ${imported.status}`);
  assert.equal(imported.data.rows, 1);
}
