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
 * The finder for everyone: in Spanish as in English, by keyboard alone, with a screen reader
 * (axe-core, announcements), and on a 375 px phone without sideways scrolling.
 */

let service: Awaited<ReturnType<typeof startService>>;
let site: Awaited<ReturnType<typeof startHostSite>>;
let browser: Awaited<ReturnType<typeof startBrowser>>;
let page: Page;

interface Program {
  id: string;
  name: string;
  accreditation: {
    status: string;
    status_label: string;
    next_review_year: number | null;
    history?: { action: string }[];
  };
}
interface Listed {
  data: Program[];
  meta: { total: number };
}

const api = async <T>(path: string): Promise<T> => {
  const response = await fetch(`${service.origin}${path}`);
  expect(response.status, path).toBe(200);
  return response.json() as Promise<T>;
};

const finder = (selector: string) => page.locator(`program-finder ${selector}`);
const isFocused = (selector: string) =>
  finder(selector).evaluate((element) => element.getRootNode().activeElement === element);

const hostPage = (lang: string, element: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Admissions</title>
<script src="${service.origin}/widget.js" defer></script></head>
<body><main><h1>Health information programs</h1>${element}</main></body></html>`;

beforeAll(async () => {
  service = await startService();
  site = await startHostSite({
    '/': { html: hostPage('en', '<program-finder limit="5"></program-finder>') },
    '/es': {
      html: hostPage('es-PR', '<program-finder state="PR,FL" accreditation-status="accredited"></program-finder>'),
    },
    '/es-attribute': { html: hostPage('en', '<program-finder lang="es" limit="3"></program-finder>') },
  });
  browser = await startBrowser();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await service?.close();
});

describe('Spanish', () => {
  it("speaks the page's language, with CAHIIM's wording kept beside the status", async () => {
    const errors = collectErrors(page);
    const expected = await api<Listed>('/v1/programs?state=PR,FL&accreditation_status=accredited');
    await page.goto(`${site.origin}/es`);
    await until(
      () => cardIds(page),
      (ids) => ids.length === expected.data.length,
    );
    expect(await finder('[part=count]').textContent()).toBe(
      `${expected.meta.total} programas encontrados${expected.meta.total > 20 ? ', se muestran 20' : ''}`,
    );
    expect(await finder('[data-facet=degree_level] legend').textContent()).toBe('Nivel de título');
    expect(await finder('[data-facet=degree_level] label[data-value=associate]').textContent()).toMatch(
      /^Asociado \(\d+\)$/,
    );
    expect(await finder('[data-facet=state] label[data-value=PR]').textContent()).toMatch(/^Puerto Rico \(\d+\)$/);
    expect(await finder('[part=notice]').textContent()).toContain('Datos de muestra');
    const first = expected.data[0] as Program;
    expect(await finder('ul.cards > li .status strong').first().textContent()).toBe(
      `Acreditado (${first.accreditation.status_label})`,
    );
    expect(await finder('ul.cards > li dt').first().textContent()).toBe('Título');
    expect(await finder('label[for^=pf-q]').textContent()).toBe('Buscar programas');

    // The whole record, in Spanish.
    await finder('ul.cards > li .actions button').first().click();
    const detail = await api<Program>(`/v1/programs/${first.id}`);
    await finder('ul.cards > li .details ol.history li').first().waitFor();
    expect(await finder('ul.cards > li .details h4').last().textContent()).toBe('Historial de acreditación');
    expect(await finder('ul.cards > li .details ol.history li').count()).toBe(detail.accreditation.history?.length);
    await screenshot(page, 'widget-spanish');
    expect(await axeProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('follows a lang attribute, and /embed?lang=es', async () => {
    await page.goto(`${site.origin}/es-attribute`);
    await until(
      () => cardIds(page),
      (ids) => ids.length === 3,
    );
    expect(await finder('[part=more]').textContent()).toBe('Más programas');

    await page.goto(`${service.origin}/embed?lang=es&degree_level=master`);
    await until(
      () => cardIds(page),
      (ids) => ids.length > 0,
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.title()).toBe('Buscador de programas HIM');
    expect(await finder('[data-facet=degree_level] label[data-value=master]').textContent()).toMatch(/^Maestría/);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('es');
  });
});

describe('accessibility', () => {
  it('has no serious or critical axe-core violation on a host page, on /embed, or with a card expanded', async () => {
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`${site.origin}/`);
    await until(
      () => cardIds(page),
      (ids) => ids.length === 5,
    );
    expect(await axeProblems(page)).toEqual([]);

    await page.goto(`${service.origin}/embed?state=NY`);
    await until(
      () => cardIds(page),
      (ids) => ids.length > 0,
    );
    expect(await axeProblems(page)).toEqual([]);
    await finder('ul.cards > li .actions button').first().click();
    await finder('ul.cards > li .details ol.history').first().waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await screenshot(page, 'embed-details');
  });

  it('works by keyboard alone: search, filter, expand, choose, compare, map', async () => {
    await page.goto(`${service.origin}/embed`);
    await until(
      () => cardIds(page),
      (ids) => ids.length === 20,
    );
    // Tab from the top of the page reaches the skip link to the results, the language switch, then the search box.
    await page.keyboard.press('Tab');
    expect(await isFocused('a.skip')).toBe(true);
    await page.keyboard.press('Tab');
    expect(await isFocused('[part=language]')).toBe(true);
    await page.keyboard.press('Tab');
    expect(await isFocused('input[name=q]')).toBe(true);
    await page.keyboard.type('informatics');
    await page.keyboard.press('Enter');
    const searched = await api<Listed>('/v1/programs?q=informatics');
    await until(
      () => cardIds(page),
      (ids) => JSON.stringify(ids) === JSON.stringify(searched.data.map((p) => p.id)),
    );
    // The result count is announced.
    await until(
      () => finder('[role=status]').last().textContent(),
      (text) => text === `${searched.meta.total} programs found${searched.meta.total > 20 ? ', showing 20' : ''}`,
    );

    await finder('[data-facet=degree_level] input[value=master]').focus();
    await page.keyboard.press('Space');
    const filtered = await api<Listed>('/v1/programs?q=informatics&degree_level=master');
    await until(
      () => cardIds(page),
      (ids) => JSON.stringify(ids) === JSON.stringify(filtered.data.map((p) => p.id)),
    );
    // Focus stays on the box just used, although the panel was drawn again.
    expect(await isFocused('[data-facet=degree_level] input[value=master]')).toBe(true);

    const details = finder('ul.cards > li .actions button').first();
    await details.focus();
    await page.keyboard.press('Enter');
    expect(await details.getAttribute('aria-expanded')).toBe('true');
    await finder('ul.cards > li .details ol.history').first().waitFor();
    await page.keyboard.press('Enter');
    expect(await details.getAttribute('aria-expanded')).toBe('false');

    for (const index of [0, 1]) {
      await finder('ul.cards > li input.pick').nth(index).focus();
      await page.keyboard.press('Space');
    }
    await finder('[part=compare-button]').focus();
    await page.keyboard.press('Enter');
    await finder('[part=compare-table]').waitFor();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await isFocused('.compare .bar button')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await finder('[part=compare]').isHidden()).toBe(true);

    await finder('.views button').nth(1).focus();
    await page.keyboard.press('Enter');
    const dot = finder('circle.dot').first();
    await dot.focus();
    await page.keyboard.press('Enter');
    await finder('.picked li[part=result]').waitFor();
  });
});

describe('on a 375 px wide phone', () => {
  it('never scrolls sideways: list, details, map and comparison', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${service.origin}/embed?state=CA`);
    await until(
      () => cardIds(page),
      (ids) => ids.length === 20,
    );
    // The filters fold away on a narrow screen.
    expect(await finder('details.filters').getAttribute('open')).toBeNull();
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'phone-list');

    // They open in a drawer over the page, closed by its "Show N results" button.
    await finder('details.filters summary').click();
    expect(await scrollsSideways(page)).toBe(false);
    await finder('[part=show-results]').click();
    await finder('ul.cards > li .actions button').first().click();
    await finder('ul.cards > li .details ol.history').first().waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'phone-details');

    await page.locator('program-finder .views button', { hasText: 'Map' }).click();
    await finder('circle.dot').first().focus();
    await page.keyboard.press('Enter');
    await finder('.picked li[part=result]').waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'phone-map');

    await page.locator('program-finder .views button', { hasText: 'List' }).click();
    for (let i = 0; i < 5; i += 1) await finder('ul.cards > li input.pick').nth(i).check();
    await finder('[part=compare-button]').click();
    await finder('[part=compare-table]').waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'phone-compare');
    expect(await axeProblems(page)).toEqual([]);
  });
});
