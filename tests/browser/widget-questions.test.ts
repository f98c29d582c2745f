import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeProblems,
  cardIds,
  collectErrors,
  screenshot,
  scrollsSideways,
  startBrowser,
  startHostSite,
  startService,
  until,
} from './harness.js';

/**
 * The questions a student asks, in the finder: online programs near home, a required internship,
 * a place the finder does not know, suggestions and empty pages that lead somewhere, a phone, a
 * dark host page, an iframe that grows with its content, the events a host site counts, and Back.
 */

let service: Awaited<ReturnType<typeof startService>>;
let site: Awaited<ReturnType<typeof startHostSite>>;
let browser: Awaited<ReturnType<typeof startBrowser>>;
let page: Page;

interface Program {
  id: string;
  slug: string;
  name: string;
  delivery_mode: string;
  distance_mi?: number | null;
  institution: { name: string; location: { lat: number; lon: number } | null };
}
interface Listed {
  data: Program[];
  meta: { total: number; next_cursor: string | null };
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
const total = async (query: string) => (await api<Listed>(`/v1/programs?${query}&limit=1&fields=id`)).meta.total;

const finder = (selector: string, options?: { hasText: string }) => page.locator(`program-finder ${selector}`, options);
const option = (facet: string, value: string) => finder(`[data-facet=${facet}] input[value="${value}"]`);

/** Waits until the cards are the API's answer for `query`. */
async function expectCards(query: string): Promise<Listed> {
  const expected = await api<Listed>(`/v1/programs?${query}`);
  const ids = expected.data.map((program) => program.id);
  await until(
    () => cardIds(page),
    (shown) => JSON.stringify(shown) === JSON.stringify(ids),
  );
  return expected;
}

const hostPage = (body: string, head = '') => ({
  html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Admissions</title>${head}
<script src="${service.origin}/widget.js" defer></script></head><body>${body}</body></html>`,
});

beforeAll(async () => {
  service = await startService();
  site = await startHostSite({
    '/presets': hostPage(
      '<h1>Programs</h1><program-finder degree-level="bachelor,master" state="ZZ"></program-finder>',
    ),
    '/dark': hostPage(
      '<h1>Programs</h1><program-finder theme="dark" state="FL"></program-finder>',
      '<style>body{background:#101010;color:#f0f0f0}</style>',
    ),
    '/events': hostPage(
      '<h1>Programs</h1><program-finder state="FL"></program-finder>',
      `<script>window.seen=[];for(const type of ['pf-results','pf-select','pf-compare','pf-outbound'])document.addEventListener(type,(e)=>window.seen.push({type,detail:e.detail}));</script>`,
    ),
    '/iframe': {
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Admissions</title></head>
<body><h1>Programs</h1>
<iframe id="pf" src="${service.origin}/embed?state=TX&limit=5" title="HIM programs" style="width:100%;border:0"></iframe>
<script>window.heights=[];addEventListener('message',e=>{if(e.origin==='${service.origin}'&&e.data?.type==='pf-height'){window.heights.push(e.data.height);document.getElementById('pf').style.height=e.data.height+'px'}})</script>
</body></html>`,
    },
  });
  browser = await startBrowser();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await service?.close();
});

describe('online programs and required internships', () => {
  it('keeps fully online programs in a search near a ZIP code, as "Online, from anywhere", in English and Spanish', async () => {
    const errors = collectErrors(page);
    await page.goto(`${service.origin}/embed?near=60601&radius_mi=100&limit=100`);
    const listed = await expectCards('near=60601&radius_mi=100&include_online=true&limit=100');
    const facets = await api<Facets>('/v1/programs/facets?near=60601&radius_mi=100&include_online=true');
    expect(facets.facets.delivery_mode?.online).toBeGreaterThan(0);
    expect(await finder('[data-facet=delivery_mode] label[data-value=online] .n').textContent()).toBe(
      ` (${facets.facets.delivery_mode?.online})`,
    );
    expect(await finder('[part=count]').textContent()).toContain(`${listed.meta.total} programs found`);
    // Past the programs in range come those one can take from anywhere.
    const anywhere = listed.data.filter((program) => program.distance_mi === null);
    expect(anywhere.length).toBeGreaterThan(0);
    for (const program of anywhere) {
      expect(program.delivery_mode).toBe('online');
      expect(await finder(`li[data-id="${program.id}"] .dist`).textContent()).toBe('Online, from anywhere');
    }

    // Leaving them out is one click.
    await finder('input[name=include_online]').uncheck();
    await expectCards('near=60601&radius_mi=100&include_online=false');
    expect(new URL(page.url()).searchParams.get('include_online')).toBe('false');

    await page.goto(`${service.origin}/embed?near=60601&radius_mi=100&include_online=true&lang=es&limit=100`);
    await expectCards('near=60601&radius_mi=100&include_online=true&limit=100');
    expect(await finder(`li[data-id="${anywhere[0]?.id}"] .dist`).textContent()).toBe(
      'En línea, desde cualquier lugar',
    );
    expect(await finder('input[name=include_online]').isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('filters on a required internship, with the counts of the facet', async () => {
    await page.goto(`${service.origin}/embed`);
    await expectCards('');
    const facets = await api<Facets>('/v1/programs/facets');
    const counts = facets.facets.internship_required ?? {};
    for (const value of ['true', 'false']) {
      expect(await finder(`[data-facet=internship_required] label[data-value=${value}] .n`).textContent()).toBe(
        ` (${counts[value]})`,
      );
    }
    await option('internship_required', 'true').check();
    const required = await expectCards('internship_required=true');
    expect(required.meta.total).toBe(counts.true);
    expect(new URL(page.url()).searchParams.get('internship_required')).toBe('true');
    for (const text of await finder('ul.cards > li .facts').allTextContents()) expect(text).toContain('Required');
  });
});

describe('no developer text, no dead end', () => {
  it('keeps the filters and results when a place is not found, says so in Spanish, and takes a city from the list', async () => {
    const errors = collectErrors(page);
    await page.goto(`${service.origin}/embed?state=IL&lang=es`);
    const shown = await expectCards('state=IL');
    await finder('input[name=near]').fill('Xyzzyville');
    await finder('input[name=near]').press('Enter');
    const problem = finder('[part=place-error]');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('No encontramos «Xyzzyville»');
    expect(await problem.textContent()).not.toMatch(/must be|lat,lon/);
    expect(await finder('input[name=near]').getAttribute('aria-invalid')).toBe('true');
    expect(await cardIds(page)).toEqual(shown.data.map((p) => p.id));
    expect(await option('state', 'IL').isChecked()).toBe(true);
    expect(await finder('[part=error]').isHidden()).toBe(true);

    // A city typed and chosen from the list becomes a place.
    await finder('input[name=near]').fill('');
    await finder('input[name=near]').pressSequentially('Chica', { delay: 30 });
    const city = finder('[role=listbox] [role=option]', { hasText: 'Chicago' });
    await city.first().waitFor();
    await city.first().click();
    await until(
      () => finder('input[name=near]').inputValue(),
      (value) => value === 'Chicago, IL',
    );
    await until(
      async () => new URL(page.url()).searchParams.get('near'),
      (near) => Boolean(near && /^-?\d+\.\d+,-?\d+\.\d+$/.test(near)),
    );
    const near = new URL(page.url()).searchParams.get('near') as string;
    await expectCards(`state=IL&near=${near}&include_online=true`);
    expect(await problem.isHidden()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('ignores an unknown preset value with one warning for the developer, and shows the rest', async () => {
    const warnings: string[] = [];
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
      if (message.type() === 'error' && !message.text().includes('400 (Bad Request)')) errors.push(message.text());
    });
    await page.goto(`${site.origin}/presets`);
    await expectCards('degree_level=master');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('degree-level="bachelor"');
    expect(warnings[0]).toContain('state="ZZ"');
    expect(await finder('[part=error]').isHidden()).toBe(true);
    expect(await option('degree_level', 'master').isChecked()).toBe(true);
    expect(errors).toEqual([]);
    page.removeAllListeners('console');
  });

  it('renders /embed with bad parameters as the finder with a notice in words', async () => {
    await page.goto(`${service.origin}/embed?degree_level=bachelor&state=TX&radius_mi=10&lang=es`);
    await expectCards('state=TX');
    const notice = page.locator('p.ignored');
    expect(await notice.textContent()).toContain('no se pudo usar');
    expect(await notice.getAttribute('data-ignored')).toBe('degree_level,radius_mi');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.content()).not.toContain('invalid_parameter');
  });

  it('suggests only what finds programs under the current filters, with how many', async () => {
    await page.goto(`${service.origin}/embed`);
    await expectCards('');
    const suggestions = await api<{ data: { text: string }[] }>('/v1/suggest?q=pitts&limit=8');
    const counts = await Promise.all(suggestions.data.map((item) => total(`q=${encodeURIComponent(item.text)}`)));
    const dead = suggestions.data.filter((_, i) => counts[i] === 0).map((item) => item.text);
    expect(dead).toContain('Pittsburgh');
    const box = finder('input[name=q]');
    await box.focus();
    await box.pressSequentially('pitts', { delay: 30 });
    const offered = suggestions.data.flatMap((item, i) => (counts[i] ? [[item.text, counts[i]] as const] : []));
    await until(
      () =>
        finder('[role=listbox] [role=option]').evaluateAll((items) =>
          items.map((item) => [item.firstChild?.textContent ?? '', item.querySelector('.kind')?.textContent ?? '']),
        ),
      (items) => items.length === offered.length,
    );
    const texts = await finder('[role=listbox] [role=option]').evaluateAll((items) =>
      items.map((item) => item.textContent ?? ''),
    );
    for (const [i, [text, n]] of offered.entries()) {
      expect(texts[i]).toContain(text);
      expect(texts[i]).toContain(`${n} programs`);
    }
    for (const text of dead) expect(texts.join(' ')).not.toContain(text);
  });

  it('offers the ways out of an empty page, each with the count the API gives', async () => {
    const query = 'near=59001&radius_mi=10&include_online=false';
    expect(await total(query)).toBe(0);
    await page.goto(`${service.origin}/embed?${query}`);
    const ways = finder('[part=ways-out] button');
    await ways.first().waitFor();
    const expected: [string, number][] = [];
    for (const r of [25, 50, 100, 250, 500]) {
      const n = await total(`near=59001&radius_mi=${r}&include_online=false`);
      if (n) {
        expected.push([`Search within ${r} miles`, n]);
        break;
      }
    }
    expected.push(['Include online programs', await total('near=59001&radius_mi=10&include_online=true')]);
    const any = await total(`${query}&accreditation_status=any`);
    if (any) expected.push(['Include every accreditation status', any]);
    expect(await ways.allTextContents()).toEqual(expected.map(([text, n]) => `${text} (${n} programs)`));
    await screenshot(page, 'ways-out');
    expect(await axeProblems(page)).toEqual([]);
    await ways.filter({ hasText: 'Include online programs' }).click();
    await expectCards('near=59001&radius_mi=10&include_online=true');
    expect(await finder('input[name=include_online]').isChecked()).toBe(true);
  });
});

describe('on a 375 px phone', () => {
  it('opens the filters in a drawer with "Show N results", keeps the compare bar on screen, and every target at least 24 px', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${service.origin}/embed?state=CA`);
    const listed = await expectCards('state=CA');

    // The skip link is the first stop and leads to the results.
    await page.keyboard.press('Tab');
    expect(await finder('a.skip').evaluate((a) => a.getRootNode().activeElement === a)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await finder('[part=count]').evaluate((p) => p.getRootNode().activeElement === p)).toBe(true);

    await finder('details.filters summary').click();
    const drawer = finder('dialog[part=drawer]');
    expect(await drawer.isVisible()).toBe(true);
    const show = finder('[part=show-results]');
    expect(await show.textContent()).toBe(`Show ${listed.meta.total} results`);
    expect(await show.isVisible()).toBe(true);
    await option('degree_level', 'associate').check();
    const associate = await expectCards('state=CA&degree_level=associate');
    await until(
      () => show.textContent(),
      (text) => text === `Show ${associate.meta.total} results`,
    );
    const box = await show.boundingBox();
    expect((box?.y ?? 9999) + (box?.height ?? 0)).toBeLessThanOrEqual(740);
    await screenshot(page, 'phone-drawer');
    await show.click();
    expect(await drawer.isVisible()).toBe(false);
    expect(await finder('[part=count]').evaluate((p) => p.getRootNode().activeElement === p)).toBe(true);

    for (let i = 0; i < 3; i += 1) await finder('ul.cards > li input.pick').nth(i).check();
    await finder('ul.cards > li').nth(6).scrollIntoViewIfNeeded();
    const tray = await finder('[part=compare-tray]').boundingBox();
    expect(tray).not.toBeNull();
    expect((tray?.y ?? 0) + (tray?.height ?? 0)).toBeLessThanOrEqual(741);
    expect(tray?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'phone-tray');

    const small = await page.locator('program-finder').evaluate((host) => {
      interface Target {
        tagName: string;
        className: string;
        getBoundingClientRect(): { width: number; height: number };
      }
      const root = host.shadowRoot as unknown as { querySelectorAll(selector: string): Iterable<Target> };
      const targets = root.querySelectorAll(
        'button, input, select, summary, [role=option], .actions a, h3 a, a.skip:focus',
      );
      return [...targets].flatMap((target) => {
        const box = target.getBoundingClientRect();
        if (!box.width && !box.height) return []; // not shown
        return box.width < 24 || box.height < 24
          ? [`${target.tagName} ${target.className} ${Math.round(box.width)}x${Math.round(box.height)}`]
          : [];
      });
    });
    expect(small).toEqual([]);
    expect(await axeProblems(page)).toEqual([]);
    await page.setViewportSize({ width: 1200, height: 900 });
  });
});

describe('host sites', () => {
  it('has its own dark background on a dark page, and with the dark system setting, with no serious contrast failure', async () => {
    await page.goto(`${site.origin}/dark`);
    await expectCards('state=FL');
    const colours = await page
      .locator('program-finder')
      .evaluate((host) => host.ownerDocument.defaultView?.getComputedStyle(host).backgroundColor);
    expect(colours).toBe('rgb(20, 23, 27)');
    await finder('ul.cards > li .actions button').first().click();
    await finder('ul.cards > li .details ol.history').first().waitFor();
    await screenshot(page, 'dark-host');
    expect(await axeProblems(page)).toEqual([]);

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${service.origin}/embed?state=TX`);
    await expectCards('state=TX');
    expect(
      await page
        .locator('program-finder')
        .evaluate((host) => host.ownerDocument.defaultView?.getComputedStyle(host).backgroundColor),
    ).toBe('rgb(20, 23, 27)');
    expect(await axeProblems(page)).toEqual([]);
    await page.goto(`${service.origin}/embed?state=TX&theme=light`);
    await expectCards('state=TX');
    expect(
      await page
        .locator('program-finder')
        .evaluate((host) => host.ownerDocument.defaultView?.getComputedStyle(host).backgroundColor),
    ).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('tells the framing page its height, so the iframe grows with its content', async () => {
    await page.goto(`${site.origin}/iframe`);
    const frame = page.frameLocator('iframe');
    await frame.locator('program-finder li[part=result]').nth(4).waitFor();
    const heights = await until(
      () => page.evaluate(() => (globalThis as unknown as { heights: number[] }).heights),
      (list) => list.length > 0 && (list.at(-1) ?? 0) > 600,
    );
    const content = await frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    expect(heights.at(-1)).toBe(content);
    const frameBox = await page.locator('iframe').boundingBox();
    expect(Math.round(frameBox?.height ?? 0)).toBe(content);
    // Opening details makes it taller, and the frame follows.
    await frame.locator('program-finder ul.cards > li .actions button').first().click();
    await frame.locator('program-finder .details ol.history').first().waitFor();
    await until(
      () => page.evaluate(() => (globalThis as unknown as { heights: number[] }).heights.at(-1) ?? 0),
      (h) => h > content,
    );
  });

  it('emits pf-select, pf-compare and pf-outbound with their documented details, and pf-results without internal parameters', async () => {
    await page.goto(`${site.origin}/events`);
    const listed = await expectCards('state=FL');
    const seen = () =>
      page.evaluate(
        () => (globalThis as unknown as { seen: { type: string; detail: Record<string, unknown> }[] }).seen,
      );
    const results = (await seen()).filter((event) => event.type === 'pf-results');
    expect(results.at(-1)?.detail).toEqual({
      total: listed.meta.total,
      shown: listed.data.length,
      append: false,
      next_cursor: listed.meta.next_cursor,
      query: 'state=FL',
    });

    const [first, second] = listed.data as [Program, Program];
    await finder(`li[data-id="${first.id}"] .actions button`).click();
    await until(seen, (events) => events.some((event) => event.type === 'pf-select'));
    expect((await seen()).find((event) => event.type === 'pf-select')?.detail).toEqual({
      id: first.id,
      slug: first.slug,
      name: first.name,
      institution: first.institution.name,
    });

    await finder(`li[data-id="${first.id}"] input.pick`).check();
    await finder(`li[data-id="${second.id}"] input.pick`).check();
    await finder('[part=compare-button]').click();
    await until(seen, (events) => events.some((event) => event.type === 'pf-compare'));
    expect((await seen()).find((event) => event.type === 'pf-compare')?.detail).toEqual({
      ids: [first.id, second.id],
      programs: [first, second].map((p) => ({ id: p.id, slug: p.slug, name: p.name })),
    });
    await finder('.compare .bar button').click();

    const link = finder(`li[data-id="${first.id}"] .actions a.site`);
    const href = await link.getAttribute('href');
    const popup = page.context().waitForEvent('page');
    await link.click();
    await (await popup).close();
    await until(seen, (events) => events.some((event) => event.type === 'pf-outbound'));
    expect((await seen()).find((event) => event.type === 'pf-outbound')?.detail).toEqual({
      kind: 'program',
      url: href,
      id: first.id,
      name: first.name,
    });
  });

  it('switches language with a visible button, kept in the address', async () => {
    await page.goto(`${service.origin}/embed?state=TX`);
    await expectCards('state=TX');
    await finder('[part=language]').click();
    await until(
      () => finder('[part=count]').textContent(),
      (text) => Boolean(text?.includes('programas encontrados')),
    );
    expect(new URL(page.url()).searchParams.get('lang')).toBe('es');
    expect(await finder('[part=language]').textContent()).toBe('English');
    expect(await finder('[part=language]').evaluate((b) => b.getRootNode().activeElement === b)).toBe(true);
  });
});

describe('the map and the address', () => {
  it('shows every match on the map, not only the loaded page', async () => {
    await page.goto(`${service.origin}/embed?state=CA,TX,FL&limit=10`);
    const listed = await expectCards('state=CA,TX,FL&limit=10');
    expect(listed.meta.total).toBeGreaterThan(10);
    const all = await api<Listed>('/v1/programs?state=CA,TX,FL&limit=100');
    expect(all.meta.total).toBeLessThanOrEqual(100);
    await page.locator('program-finder .views button', { hasText: 'Map' }).click();
    const located = all.data.filter((program) => program.institution.location);
    await until(
      () => finder('circle.dot').count(),
      (n) => n === located.length,
    );
    expect(await finder('[part=map] .caption').textContent()).toContain(
      `${located.length} of ${all.meta.total} programs on the map`,
    );
    expect(new URL(page.url()).searchParams.get('view')).toBe('map');
    // A dot of a program not on the loaded page still shows its card.
    const later = located.find((program) => !listed.data.some((p) => p.id === program.id)) as Program;
    await finder(`circle.dot[data-id="${later.id}"]`).focus();
    await page.keyboard.press('Enter');
    await finder(`.picked li[data-id="${later.id}"]`).waitFor();
  });

  it('keeps filters, view, choice and comparison in the address; Back undoes the last change', async () => {
    await page.goto(`${service.origin}/embed?state=TX`);
    const tx = await expectCards('state=TX');
    await option('degree_level', 'associate').check();
    await expectCards('state=TX&degree_level=associate');
    await option('discipline', 'health_information_management').check();
    await expectCards('state=TX&degree_level=associate&discipline=health_information_management');

    await page.goBack();
    await expectCards('state=TX&degree_level=associate');
    expect(await option('discipline', 'health_information_management').isChecked()).toBe(false);
    expect(await option('degree_level', 'associate').isChecked()).toBe(true);
    await page.goBack();
    await expectCards('state=TX');
    expect(await option('degree_level', 'associate').isChecked()).toBe(false);

    const [a, b] = tx.data as [Program, Program];
    await finder(`li[data-id="${a.id}"] input.pick`).check();
    await finder(`li[data-id="${b.id}"] input.pick`).check();
    expect(new URL(page.url()).searchParams.get('chosen')).toBe(`${a.id},${b.id}`);
    await finder('[part=compare-button]').click();
    await finder('[part=compare-table]').waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('compare');

    // A reload opens the same comparison; Back returns to the list with both still chosen.
    await page.reload();
    await finder('[part=compare-table]').waitFor();
    await page.goBack();
    await until(
      () => finder('[part=compare]').isHidden(),
      (hidden) => hidden,
    );
    expect(await finder(`li[data-id="${a.id}"] input.pick`).isChecked()).toBe(true);
    await page.goBack();
    expect(await finder(`li[data-id="${b.id}"] input.pick`).isChecked()).toBe(false);
  });
});
