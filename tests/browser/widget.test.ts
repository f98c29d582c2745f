import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, screenshot, startBrowser, startHostSite, startService } from './harness.js';

/**
 * The widget as an admissions site uses it: a page of another origin loads widget.js from the
 * API and shows <program-finder>; another frames GET /embed. Both under the browser's real
 * CORS, CSP and framing rules.
 */

let service: Awaited<ReturnType<typeof startService>>;
let site: Awaited<ReturnType<typeof startHostSite>>;
let browser: Awaited<ReturnType<typeof startBrowser>>;

interface Listed {
  data: { name: string; urls: { program: string | null } }[];
  meta: { total: number };
}

const api = async (path: string): Promise<Listed> =>
  (await fetch(`${service.origin}${path}`)).json() as Promise<Listed>;
const links = (body: Listed) => body.data.map((program) => program.urls.program);

const results = (page: Page) => page.locator('program-finder li[part=result]');
const cardLinks = (page: Page) =>
  results(page).evaluateAll((items) => items.map((item) => item.querySelector('h3 a')?.getAttribute('href') ?? null));

beforeAll(async () => {
  service = await startService();
  const apiOrigin = service.origin;
  site = await startHostSite({
    // A strict host policy: the widget needs nothing but its script and its API.
    '/': {
      csp: `default-src 'none'; script-src ${apiOrigin}; connect-src ${apiOrigin}`,
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Admissions</title>
<script src="${apiOrigin}/widget.js" defer></script></head>
<body><h1>Find a program</h1><program-finder limit="5"></program-finder></body></html>`,
    },
    '/unknown-state': {
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Admissions</title>
<script src="${apiOrigin}/widget.js" defer></script></head>
<body><program-finder state="ZZ"></program-finder></body></html>`,
    },
    '/themed': {
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Admissions</title>
<style>program-finder{--pf-accent:#7a1f5c;--pf-font:Georgia,serif}</style>
<script src="${apiOrigin}/widget.js" defer></script></head>
<body><program-finder limit="3"></program-finder></body></html>`,
    },
    '/iframe': {
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Admissions</title></head>
<body><h1>Texas associate programs</h1>
<iframe src="${apiOrigin}/embed?state=TX&degree_level=associate&limit=3" title="HIM programs" width="1000" height="700"></iframe>
</body></html>`,
    },
  });
  browser = await startBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await service?.close();
});

describe('<program-finder> on a page of another origin', () => {
  it('shows the programs the API lists, with their details and the vocabulary labels', async () => {
    const expected = await api('/v1/programs?limit=5');
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${site.origin}/`);

    await results(page).nth(4).waitFor();
    expect(await results(page).count()).toBe(5);
    expect(await cardLinks(page)).toEqual(links(expected));
    expect(await page.locator('program-finder [part=count]').textContent()).toBe(
      `${expected.meta.total} programs found, showing 5`,
    );

    const first = expected.data[0] as unknown as {
      institution: { name: string; campus: string | null; city: string; state: string };
    };
    const card = results(page).first();
    expect(await card.locator('p').first().textContent()).toBe(
      [first.institution.name, first.institution.campus].filter(Boolean).join(' – '),
    );
    expect(await card.locator('.loc').textContent()).toBe(`${first.institution.city}, ${first.institution.state}`);
    // Filter options carry the labels of GET /v1/vocabularies, fetched across origins.
    await page.locator('program-finder [data-facet=degree_level] label', { hasText: "Master's" }).waitFor();
    await screenshot(page, 'widget-cross-origin');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('searches as the user types', async () => {
    const before = await api('/v1/programs?limit=5');
    const expected = await api('/v1/programs?q=Ravilde&limit=5');
    expect(expected.meta.total).not.toBe(before.meta.total);
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${site.origin}/`);
    await results(page).nth(4).waitFor();

    await page.locator('program-finder [part=search]').pressSequentially('Ravilde');
    const count = page.locator('program-finder [part=count]');
    await count.filter({ hasText: `${expected.meta.total} programs found` }).waitFor();
    expect(await cardLinks(page)).toEqual(links(expected));
    await screenshot(page, 'widget-search');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('appends the next page with "More", from the keyboard, and moves focus to it', async () => {
    const expected = await api('/v1/programs?limit=10');
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${site.origin}/`);
    await results(page).nth(4).waitFor();

    await page.locator('program-finder [part=more]').focus();
    await page.keyboard.press('Enter');
    await results(page).nth(9).waitFor();
    expect(await cardLinks(page)).toEqual(links(expected));
    expect(await page.locator('program-finder [part=count]').textContent()).toBe(
      `${expected.meta.total} programs found, showing 10`,
    );
    // Focus moved into the shadow root, to the first of the new results.
    const focused = await results(page).evaluateAll((items) => {
      const root = items[0]?.getRootNode() as unknown as { activeElement: (typeof items)[number] } | undefined;
      return root ? items.indexOf(root.activeElement) : -1;
    });
    expect(focused).toBe(5);
    await screenshot(page, 'widget-more');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leaves out a preset the API does not know, with a warning for the developer and nothing for the visitor', async () => {
    const expected = await api('/v1/programs');
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(`${site.origin}/unknown-state`);
    await results(page)
      .nth(expected.data.length - 1)
      .waitFor();
    expect(await cardLinks(page)).toEqual(links(expected));
    expect(await page.locator('program-finder [part=error]').isHidden()).toBe(true);
    expect(warnings).toEqual([expect.stringContaining('state="ZZ"')]);
    // The browser logs the refused request itself; nothing else may go wrong.
    expect(errors.filter((error) => !error.includes('400 (Bad Request)'))).toEqual([]);
    await page.close();
  });
});

describe('<program-finder> in the hands of the host page', () => {
  it('takes its colours and font from CSS custom properties', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/themed`);
    await results(page).nth(2).waitFor();
    const style = await page.locator('program-finder form button[type=submit]').evaluate((element) => {
      const computed = element.ownerDocument.defaultView?.getComputedStyle(element);
      return { background: computed?.backgroundColor, font: computed?.fontFamily };
    });
    expect(style).toEqual({ background: 'rgb(122, 31, 92)', font: 'Georgia, serif' });
    await page.close();
  });

  it('searches again when the page changes its attributes, and changes language with lang', async () => {
    const expected = await api('/v1/programs?state=FL&limit=3');
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${site.origin}/themed`);
    await results(page).nth(2).waitFor();
    await page.locator('program-finder').evaluate((element) => {
      element.setAttribute('state', 'FL');
      element.setAttribute('lang', 'es');
    });
    const count = page.locator('program-finder [part=count]');
    await count.filter({ hasText: `${expected.meta.total} programas encontrados, se muestran 3` }).waitFor();
    expect(await cardLinks(page)).toEqual(links(expected));
    expect(await page.locator('program-finder [data-facet=state] input[value=FL]').isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('GET /embed in an iframe on another origin', () => {
  it('renders the finder with the filters of its URL', async () => {
    const expected = await api('/v1/programs?state=TX&degree_level=associate&limit=3');
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${site.origin}/iframe`);

    const frame = page.frameLocator('iframe');
    const items = frame.locator('program-finder li[part=result]');
    await items.nth(2).waitFor();
    expect(await items.count()).toBe(3);
    expect(
      await items.evaluateAll((list) => list.map((item) => item.querySelector('h3 a')?.getAttribute('href') ?? null)),
    ).toEqual(links(expected));
    for (const place of await items.locator('.loc').allTextContents()) expect(place).toMatch(/, TX$/);
    expect(await frame.locator('program-finder [part=count]').textContent()).toBe(
      `${expected.meta.total} programs found, showing 3`,
    );
    expect(await frame.locator('program-finder [data-facet=degree_level] input[value=associate]').isChecked()).toBe(
      true,
    );
    expect(await frame.locator('program-finder [data-facet=state] input[value=TX]').isChecked()).toBe(true);
    await screenshot(page, 'embed-iframe');
    expect(errors).toEqual([]);
    await page.close();
  });
});
