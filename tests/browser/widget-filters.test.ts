import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardIds, collectErrors, screenshot, startBrowser, startService, until } from './harness.js';

/**
 * Every filter of the finder, used as a visitor uses it on GET /embed, against what the API
 * answers for the same parameters: the same programs in the same order, the same facet counts,
 * and the search kept in the page's address.
 */

let service: Awaited<ReturnType<typeof startService>>;
let browser: Awaited<ReturnType<typeof startBrowser>>;
let page: Page;
let errors: string[];

interface Listed {
  data: { id: string; name: string; distance_mi?: number | null; tuition: { in_state_usd: number | null } }[];
  meta: { total: number; sort: string };
}
interface Facets {
  total: number;
  facets: Record<string, Record<string, number>>;
}

const api = async <T>(path: string): Promise<T> => {
  const response = await fetch(`${service.origin}${path}`);
  expect(response.status, path).toBe(200);
  return response.json() as Promise<T>;
};

const finder = (selector: string) => page.locator(`program-finder ${selector}`);
const option = (facet: string, value: string) => finder(`[data-facet=${facet}] input[value="${value}"]`);

/** The counts the filter panel shows: facet -> value -> count. */
const shownFacets = () =>
  finder('[data-facet]').evaluateAll((groups) =>
    Object.fromEntries(
      groups.map((group) => [
        group.getAttribute('data-facet'),
        Object.fromEntries(
          [...group.querySelectorAll('label.opt')].flatMap((label) => {
            const count = label.querySelector('.n')?.textContent?.replace(/\D/g, '');
            return count ? [[label.getAttribute('data-value'), Number(count)]] : [];
          }),
        ),
      ]),
    ),
  );

/** Waits until the cards are the API's answer for `query`, then checks the counts and the address. */
async function expectSearch(query: string): Promise<Listed> {
  const expected = await api<Listed>(`/v1/programs?${query}`);
  const ids = expected.data.map((program) => program.id);
  await until(
    () => cardIds(page),
    (shown) => JSON.stringify(shown) === JSON.stringify(ids),
  );
  const total = expected.meta.total;
  expect(await finder('[part=count]').textContent()).toBe(
    total > ids.length ? `${total} programs found, showing ${ids.length}` : `${total} programs found`,
  );

  const facets = await api<Facets>(`/v1/programs/facets?${query.replace(/&?sort=[^&]*/, '')}`);
  const shown = await shownFacets();
  for (const [facet, counts] of Object.entries(facets.facets)) {
    expect(shown[facet], facet).toEqual(counts);
  }
  // The address holds the search: it can be shared and reloaded.
  const address = new URL(page.url()).searchParams;
  for (const [key, value] of new URLSearchParams(query)) expect(address.get(key), key).toBe(value);
  return expected;
}

async function openEmbed(query = '') {
  await page.goto(`${service.origin}/embed${query ? `?${query}` : ''}`);
  await expectSearch(query);
}

beforeAll(async () => {
  service = await startService();
  browser = await startBrowser();
  page = await browser.context.newPage();
  errors = collectErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

describe('the filter panel', () => {
  const cases: [string, string, () => Promise<void>][] = [
    ['degree level', 'degree_level=associate', () => option('degree_level', 'associate').check()],
    ['discipline', 'discipline=health_informatics', () => option('discipline', 'health_informatics').check()],
    [
      'delivery mode, either of two',
      'delivery_mode=online,hybrid',
      async () => {
        await option('delivery_mode', 'online').check();
        await option('delivery_mode', 'hybrid').check();
      },
    ],
    ['state', 'state=TX', () => option('state', 'TX').check()],
    [
      'accreditation status',
      'accreditation_status=probation',
      () => option('accreditation_status', 'probation').check(),
    ],
    ['internship format', 'internship_format=virtual', () => option('internship_format', 'virtual').check()],
    ['placement assistance', 'placement_assistance=true', () => option('placement_assistance', 'true').check()],
    [
      'career services, all of two',
      'career_services=exam_prep,mentoring',
      async () => {
        await option('career_services', 'exam_prep').check();
        await option('career_services', 'mentoring').check();
      },
    ],
    [
      'maximum tuition',
      'max_tuition=10000',
      async () => void (await finder('select[name=max_tuition]').selectOption('10000')),
    ],
    [
      'minimum graduation rate',
      'min_graduation_rate=70',
      async () => void (await finder('select[name=min_graduation_rate]').selectOption('70')),
    ],
    [
      'minimum employment rate',
      'min_employment_rate=80',
      async () => void (await finder('select[name=min_employment_rate]').selectOption('80')),
    ],
    [
      'minimum pass rate',
      'min_pass_rate=80',
      async () => void (await finder('select[name=min_pass_rate]').selectOption('80')),
    ],
  ];

  it.each(cases)('%s: the cards and counts are the API answer for %s', async (_name, query, act) => {
    await openEmbed();
    await act();
    await expectSearch(query);
  });

  it('combines filters, and a reload of the address restores the search', async () => {
    await openEmbed();
    await option('degree_level', 'associate').check();
    await option('placement_assistance', 'true').check();
    await finder('select[name=max_tuition]').selectOption('15000');
    const query = 'degree_level=associate&placement_assistance=true&max_tuition=15000';
    const expected = await expectSearch(query);
    expect(expected.meta.total).toBeGreaterThan(0);
    await screenshot(page, 'embed-filters');

    await page.reload();
    await expectSearch(query);
    expect(await option('degree_level', 'associate').isChecked()).toBe(true);
    expect(await option('placement_assistance', 'true').isChecked()).toBe(true);
    expect(await finder('select[name=max_tuition]').inputValue()).toBe('15000');

    await finder('button.clear').click();
    await expectSearch('');
    expect(new URL(page.url()).search).toBe('');
  });

  it('shows counts for every choice even while one is chosen (disjunctive)', async () => {
    await openEmbed('state=TX,OK');
    const facets = await api<Facets>('/v1/programs/facets?state=TX,OK');
    // Other states keep their counts, so a visitor can see what adding one would give.
    expect(Object.keys(facets.facets.state ?? {}).length).toBeGreaterThan(2);
    expect(await option('state', 'TX').isChecked()).toBe(true);
    expect(await option('state', 'OK').isChecked()).toBe(true);
  });
});

describe('searching near a ZIP code, sorting and type-ahead', () => {
  it('finds programs within a radius of a ZIP code, nearest first, with their distance', async () => {
    await openEmbed();
    await finder('input[name=near]').fill('33614');
    await finder('input[name=near]').press('Enter');
    // Fully online programs are kept, as a program one can take from anywhere.
    const nearby = await expectSearch('near=33614&include_online=true');
    expect(nearby.meta.sort).toBe('distance');
    expect(await finder('select[name=sort]').inputValue()).toBe('distance');

    await finder('select[name=radius_mi]').selectOption('100');
    const wider = await expectSearch('near=33614&radius_mi=100&include_online=true');
    expect(wider.meta.total).toBeGreaterThan(nearby.meta.total);
    const distances = await finder('ul.cards > li .dist').allTextContents();
    const miles = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
    expect(distances).toEqual(
      wider.data.map((program) =>
        program.distance_mi === null
          ? 'Online, from anywhere'
          : `${miles.format(program.distance_mi ?? Number.NaN)} mi away`,
      ),
    );
    await screenshot(page, 'embed-near');
  });

  it('sorts as the API sorts', async () => {
    await openEmbed('state=CA');
    for (const sort of ['tuition', '-graduation_rate', '-pass_rate', '-name', 'next_review']) {
      await finder('select[name=sort]').selectOption(sort);
      await expectSearch(`state=CA&sort=${sort}`);
    }
    const byTuition = await (async () => {
      await finder('select[name=sort]').selectOption('tuition');
      return expectSearch('state=CA&sort=tuition');
    })();
    const tuitions = byTuition.data.map((program) => program.tuition.in_state_usd).filter((value) => value !== null);
    expect(tuitions).toEqual([...tuitions].sort((a, b) => (a ?? 0) - (b ?? 0)));
  });

  it('suggests as the visitor types, and searches for the suggestion chosen with the keyboard', async () => {
    await openEmbed();
    const suggestions = await api<{ data: { text: string }[] }>('/v1/suggest?q=tamp&limit=8');
    expect(suggestions.data.length).toBeGreaterThan(0);
    const box = finder('input[name=q]');
    await box.focus();
    await box.pressSequentially('tamp', { delay: 30 });
    const options = finder('[role=listbox] [role=option]');
    await options.first().waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    const texts = await options.evaluateAll((items) => items.map((item) => item.firstChild?.textContent ?? ''));
    expect(texts).toEqual(suggestions.data.map((item) => item.text));

    await page.keyboard.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(await options.first().getAttribute('id')).toBe(active);
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    const chosen = suggestions.data[0]?.text ?? '';
    expect(await box.inputValue()).toBe(chosen);
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    const found = await expectSearch(`q=${encodeURIComponent(chosen)}`);
    expect(found.meta.sort).toBe('relevance');
    await screenshot(page, 'embed-typeahead');
    expect(errors).toEqual([]);
  });
});
