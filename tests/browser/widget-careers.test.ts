import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeProblems,
  cardIds,
  collectErrors,
  screenshot,
  scrollsSideways,
  startBrowser,
  startService,
  until,
} from './harness.js';

/**
 * Where programs lead, in the finder: the occupations of each card with their BLS median pay and
 * its source, the pay chart and the outcome charts of the details, the careers row of the
 * comparison and the Careers filter. Every figure checked is the one the API answers.
 */

const ADMIN_KEY = 'widget-careers-admin-key-0123456789abcdef';

let service: Awaited<ReturnType<typeof startService>>;
let browser: Awaited<ReturnType<typeof startBrowser>>;
let page: Page;

interface Career {
  soc_code: string;
  title: string;
  median_annual_wage_usd: number | null;
  projected_growth_pct: number | null;
  projection_period: string | null;
  wage_reference: string | null;
  wage_source_url: string | null;
}
interface Occupation extends Career {
  wage_p10_usd: number | null;
  wage_p90_usd: number | null;
  source_urls: { wages: string | null; projection: string | null };
}
interface Outcome {
  metric: string;
  value: number;
  cohort_year: number;
  exam: string | null;
}
interface Program {
  id: string;
  name: string;
  careers: Career[];
  outcomes: Outcome[];
  outcome_history?: Outcome[];
}
interface Listed {
  data: Program[];
  meta: { total: number };
}
interface Facets {
  facets: Record<string, Record<string, number>>;
}

const api = async <T>(path: string): Promise<T> => {
  const response = await fetch(`${service.origin}${path}`);
  expect(response.status, path).toBe(200);
  return response.json() as Promise<T>;
};

const finder = (selector: string) => page.locator(`program-finder ${selector}`);
const card = (id: string) => `ul.cards > li[data-id="${id}"]`;

/** The text a sighted visitor reads: visually hidden texts ("opens in a new tab") left out. */
const visibleTexts = (selector: string) =>
  finder(selector).evaluateAll((nodes) =>
    nodes.map((node) => {
      const copy = node.cloneNode(true) as typeof node;
      for (const hidden of copy.querySelectorAll('.vh')) hidden.remove();
      return copy.textContent ?? '';
    }),
  );

/** The rows of the visually hidden tables under `selector`: one list of cell texts per row. */
const hiddenRows = (selector: string) =>
  finder(`${selector} .vh table tbody tr`).evaluateAll((rows) =>
    rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')),
  );

const formats = (locale: string) => {
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const monthYear = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    money: (n: number) => money.format(n),
    percent: (n: number) => `${number.format(n)}%`,
    /** "May 2020" as the API gives it, in the page's language. */
    release: (text: string) => {
      const [month = '', year = ''] = text.split(' ');
      return monthYear.format(Date.UTC(Number(year), months.indexOf(month.slice(0, 3))));
    },
  };
};
const en = formats('en-US');
const es = formats('es-US');

/** The line a card shows for an occupation, in English. */
const careerLine = (career: Career) =>
  career.median_annual_wage_usd === null
    ? `${career.title}, median pay not published`
    : `${career.title}, median ${en.money(career.median_annual_wage_usd)} a year (BLS${career.wage_reference ? `, ${en.release(career.wage_reference)}` : ''})`;

const growthText = (o: Occupation) =>
  o.projected_growth_pct === null
    ? 'Projected growth not published'
    : `Projected growth ${o.projected_growth_pct > 0 ? '+' : ''}${en.percent(o.projected_growth_pct)}${o.projection_period ? ` (${o.projection_period})` : ''}`;

/** The program whose outcomes get earlier cohorts (set in beforeAll) and the query that lists it first. */
let charted: Program;
const chartedQuery = 'occupation=11-9111';

beforeAll(async () => {
  service = await startService({ config: { ADMIN_API_KEY: ADMIN_KEY } });
  // The sample data has one cohort per metric: earlier cohorts are added to one program, all but
  // its last metric, so that its details draw lines and show one single value.
  const first = (await api<Listed>(`/v1/programs?${chartedQuery}&limit=1`)).data[0] as Program;
  const read = await fetch(`${service.origin}/v1/programs/${first.id}`);
  const latest = first.outcomes;
  expect(latest.length).toBeGreaterThan(1);
  const outcomes = latest.flatMap((item, i) =>
    i === latest.length - 1
      ? [item]
      : [
          { ...item, cohort_year: item.cohort_year - 3, value: Math.max(0, item.value - 6.5) },
          { ...item, cohort_year: item.cohort_year - 2, value: Math.min(100, item.value + 2) },
          item,
        ],
  );
  const patched = await fetch(`${service.origin}/v1/programs/${first.id}`, {
    method: 'PATCH',
    headers: {
      authorization: `Bearer ${ADMIN_KEY}`,
      'content-type': 'application/merge-patch+json',
      'if-match': read.headers.get('etag') ?? '',
    },
    body: JSON.stringify({ outcomes }),
  });
  expect(patched.status).toBe(200);
  charted = (await patched.json()) as Program;
  browser = await startBrowser();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

describe('careers on the cards', () => {
  it('names the first three occupations with their median pay and its source one click away', async () => {
    const errors = collectErrors(page);
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`${service.origin}/embed`);
    const listed = await api<Listed>('/v1/programs');
    await until(
      () => cardIds(page),
      (ids) => JSON.stringify(ids) === JSON.stringify(listed.data.map((p) => p.id)),
    );
    // The page shows every case: more than three occupations, pay not published, no occupation at all.
    const careers = listed.data.flatMap((p) => p.careers);
    expect(listed.data.some((p) => p.careers.length > 3)).toBe(true);
    expect(careers.some((c) => c.median_annual_wage_usd === null)).toBe(true);
    expect(careers.some((c) => c.median_annual_wage_usd !== null && c.wage_source_url)).toBe(true);

    for (const program of listed.data) {
      const box = `${card(program.id)} .jobs`;
      expect(await finder(`${box} dt`).textContent()).toBe('Careers');
      if (!program.careers.length) {
        expect(await finder(`${box} dd`).textContent(), program.name).toBe('Not reported');
        continue;
      }
      const shown = program.careers.slice(0, 3);
      expect(await visibleTexts(`${box} ul.careers > li`), program.name).toEqual(shown.map(careerLine));
      const links = await finder(`${box} ul.careers > li`).evaluateAll((items) =>
        items.map((item) => {
          const a = item.querySelector('a');
          return a && { href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel') };
        }),
      );
      expect(links, program.name).toEqual(
        shown.map((c) =>
          c.median_annual_wage_usd !== null && c.wage_source_url
            ? { href: c.wage_source_url, target: '_blank', rel: 'noopener' }
            : null,
        ),
      );
      const more = program.careers.length - 3;
      expect(await finder(`${box} dd > .n`).allTextContents(), program.name).toEqual(more > 0 ? [`+${more} more`] : []);
    }
    await screenshot(finder(card(listed.data[0]?.id ?? '')), 'careers-card');
    expect(errors).toEqual([]);
  });
});

describe('a page that opens on one program', () => {
  it('shows its card above the results with the details open, and carries its JSON-LD', async () => {
    const errors = collectErrors(page);
    await page.goto(`${service.origin}/embed?program=${charted.id}`);
    const featured = `.featured ${card(charted.id)}`;
    await finder(`${featured} .details .paychart`).waitFor();
    expect(await finder(`${featured} .actions button`).getAttribute('aria-expanded')).toBe('true');
    expect(await finder(`${featured} .details figure.trend`).count()).toBeGreaterThan(0);
    const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
    const document = JSON.parse(jsonLd ?? 'null');
    expect(document).toMatchObject({ '@type': 'EducationalOccupationalProgram', name: charted.name });
    expect(await axeProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the details', () => {
  it('draws each outcome over its cohort years and the pay of each occupation, with text alternatives', async () => {
    const errors = collectErrors(page);
    await page.goto(`${service.origin}/embed?${chartedQuery}`);
    await finder(card(charted.id)).waitFor();
    const toggle = finder(`${card(charted.id)} .actions button`);
    await toggle.focus();
    await page.keyboard.press('Enter');
    const details = `${card(charted.id)} .details`;
    await finder(`${details} .paychart`).waitFor();
    const detail = await api<Program>(`/v1/programs/${charted.id}`);
    const { data: occupations } = await api<{ data: Occupation[] }>('/v1/occupations');

    // Outcomes: a line per metric with two cohorts or more, the value alone for one.
    const history = detail.outcome_history ?? [];
    const metrics = [...new Set(history.map((o) => o.metric))];
    expect(
      await finder(`${details} figure.trend`).evaluateAll((f) => f.map((x) => x.getAttribute('data-metric'))),
    ).toEqual(metrics);
    const labels: Record<string, string> = {
      graduation_rate: 'Graduation rate',
      employment_rate: 'Employment rate',
      retention_rate: 'Retention rate',
    };
    let lines = 0;
    for (const metric of metrics) {
      const items = history.filter((o) => o.metric === metric).sort((a, b) => a.cohort_year - b.cohort_year);
      const last = items[items.length - 1] as Outcome;
      const name = last.exam ? `${last.exam} pass rate` : (labels[metric] ?? '');
      const figure = `${details} figure.trend[data-metric=${metric}]`;
      expect(await finder(`${figure} figcaption`).textContent()).toBe(name);
      if (items.length < 2) {
        expect(await finder(`${figure} svg`).count()).toBe(0);
        expect(await finder(`${figure} p`).textContent()).toBe(`${en.percent(last.value)} (${last.cohort_year})`);
        continue;
      }
      lines += 1;
      const chart = finder(`${figure} svg[role=img]`);
      const titleId = await chart.getAttribute('aria-labelledby');
      expect(await finder(`${figure} svg title`).getAttribute('id')).toBe(titleId);
      expect(await finder(`${figure} svg title`).textContent()).toBe(
        `${name} by cohort year, ${items[0]?.cohort_year}–${last.cohort_year}`,
      );
      expect(await finder(`${figure} line.ln`).count()).toBe(items.length - 1);
      expect(await hiddenRows(figure)).toEqual(items.map((o) => [String(o.cohort_year), en.percent(o.value)]));
      // Each point sits at its value on the scale its gridlines draw (100 %, 50 %, 0 %).
      const ys = await finder(`${figure} circle.pt`).evaluateAll((c) => c.map((x) => Number(x.getAttribute('cy'))));
      const grid = await finder(`${figure} line.grid`).evaluateAll((l) => l.map((x) => Number(x.getAttribute('y1'))));
      const [top, , bottom] = grid as [number, number, number];
      expect(ys).toEqual(items.map((o) => bottom - (o.value / 100) * (bottom - top)));
    }
    expect(lines).toBeGreaterThan(0);
    expect(metrics.length).toBeGreaterThan(lines);

    // Pay: a bar from the 10th to the 90th percentile, the median marked, the sources linked.
    const figures = detail.careers.map((c) => occupations.find((o) => o.soc_code === c.soc_code) as Occupation);
    expect(figures.some((o) => o.wage_p10_usd !== null && o.wage_p90_usd !== null)).toBe(true);
    expect(figures.some((o) => o.median_annual_wage_usd !== null && o.wage_p10_usd === null)).toBe(true);
    const money = (n: number | null) => (n === null ? 'not published' : en.money(n));
    expect(await hiddenRows(`${details} .paychart`)).toEqual(
      figures.map((o) => [
        o.title,
        money(o.wage_p10_usd),
        money(o.median_annual_wage_usd),
        money(o.wage_p90_usd),
        growthText(o),
      ]),
    );
    for (const o of figures) {
      const row = `${details} .paychart li[data-soc="${o.soc_code}"]`;
      expect(await finder(`${row} .occ`).textContent()).toBe(o.title);
      const ref = `BLS${o.wage_reference ? `, ${en.release(o.wage_reference)}` : ''}`;
      const range = o.wage_p10_usd !== null && o.wage_p90_usd !== null;
      const figs = await visibleTexts(`${row} .figs`);
      expect(figs[0]).toBe(
        o.median_annual_wage_usd === null && !range
          ? 'Median: not published'
          : `Median: ${money(o.median_annual_wage_usd)} · ${
              range
                ? `10th–90th percentile ${en.money(o.wage_p10_usd as number)}–${en.money(o.wage_p90_usd as number)}`
                : '10th–90th percentile not published'
            } · ${ref}`,
      );
      expect(figs[1]).toBe(
        `${growthText(o)}${o.projected_growth_pct !== null && o.source_urls.projection ? ' · BLS projections' : ''}`,
      );
      const hrefs = await finder(`${row} a`).evaluateAll((links) =>
        links.map((a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]),
      );
      expect(hrefs).toEqual(
        [
          o.median_annual_wage_usd !== null || range ? o.source_urls.wages : null,
          o.projected_growth_pct === null ? null : o.source_urls.projection,
        ]
          .filter(Boolean)
          .map((href) => [href, '_blank', 'noopener']),
      );
      if (o.median_annual_wage_usd === null && !range) {
        expect(await finder(`${row} svg`).count()).toBe(0);
        continue;
      }
      expect(await finder(`${row} svg[role=img] title`).textContent()).toBe(
        `${o.title}: 10th percentile ${money(o.wage_p10_usd)}, median ${money(o.median_annual_wage_usd)}, 90th percentile ${money(o.wage_p90_usd)} (${ref})`,
      );
      // The marks stand where the figures say, on the scale shared by every row.
      const marks = await finder(`${row} svg`).evaluate((chart) => {
        const box = (selector: string) =>
          (chart.querySelector(selector) as unknown as { getBBox(): { x: number; width: number } } | null)?.getBBox();
        const width = (chart as unknown as { getBoundingClientRect(): { width: number } }).getBoundingClientRect()
          .width;
        const median = box('circle.med');
        const range = box('rect.rng');
        return {
          width,
          median: median ? median.x + median.width / 2 : null,
          lo: range?.x ?? null,
          hi: range ? range.x + range.width : null,
        };
      });
      if (range) {
        const share =
          ((o.median_annual_wage_usd as number) - (o.wage_p10_usd as number)) /
          ((o.wage_p90_usd as number) - (o.wage_p10_usd as number));
        expect(
          ((marks.median as number) - (marks.lo as number)) / ((marks.hi as number) - (marks.lo as number)),
        ).toBeCloseTo(share, 2);
      } else expect(marks.lo).toBeNull();
    }
    // One scale: the axis ends at or past the highest figure shown.
    const ticks = await finder(`${details} .paychart svg.axis text`).allTextContents();
    expect(ticks[0]).toBe('$0');
    expect(await finder(`${details} .paychart svg.axis`).getAttribute('aria-hidden')).toBe('true');

    // The accreditation history stays last; the pieces of the details are in reach of the keyboard.
    expect(await finder(`${details} h4`).allTextContents()).toEqual([
      'Pay by occupation',
      'Outcomes by cohort year',
      'Accreditation history',
    ]);
    await screenshot(finder(card(charted.id)), 'careers-details');
    expect(await axeProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('fits a 375 px phone without sideways scrolling', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${service.origin}/embed?${chartedQuery}`);
    await finder(`${card(charted.id)} .actions button`).click();
    await finder(`${card(charted.id)} .details .paychart`).waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(finder(card(charted.id)), 'careers-phone');
    expect(await axeProblems(page)).toEqual([]);
    await page.setViewportSize({ width: 1200, height: 900 });
  });
});

describe('the comparison', () => {
  it('has a careers row: each occupation with its median pay, per program', async () => {
    await page.goto(`${service.origin}/embed`);
    const listed = await api<Listed>('/v1/programs');
    await until(
      () => cardIds(page),
      (ids) => ids.length === listed.data.length,
    );
    // Programs that lead to different occupations, one of them to none.
    const picks = [
      listed.data.find((p) => p.careers.length > 3),
      listed.data.find((p) => p.careers.length > 0 && p.careers.length <= 3),
      listed.data.find((p) => p.careers.length === 0),
    ].filter((p): p is Program => Boolean(p));
    expect(picks.length).toBe(3);
    for (const program of picks) await finder(`${card(program.id)} input.pick`).check();
    await finder('[part=compare-button]').click();
    await finder('[part=compare-table]').waitFor();
    const compared = await api<{ data: Program[] }>(`/v1/programs/compare?ids=${picks.map((p) => p.id).join(',')}`);
    const row = await finder('[part=compare-table] tbody tr').evaluateAll((rows) =>
      rows
        .map((r) => ({
          label: r.querySelector('th')?.firstChild?.textContent ?? '',
          differs: r.classList.contains('diff'),
          cells: [...r.querySelectorAll('td')].map((cell) => cell.firstChild?.textContent ?? ''),
        }))
        .find((r) => r.label === 'Careers, median pay'),
    );
    const expected = compared.data.map((p) =>
      p.careers.length
        ? p.careers
            .map(
              (c) =>
                `${c.title}: ${
                  c.median_annual_wage_usd === null
                    ? 'median pay not published'
                    : `${en.money(c.median_annual_wage_usd)}${c.wage_reference ? ` (${en.release(c.wage_reference)})` : ''}`
                }`,
            )
            .join('\n')
        : 'Not reported',
    );
    expect(row?.cells).toEqual(expected);
    expect(row?.differs).toBe(true);
    await screenshot(page, 'careers-compare');
    expect(await axeProblems(page)).toEqual([]);
  });
});

describe('the Careers filter', () => {
  it('lists every occupation by title with its count, narrows the results as the API does, and keeps it in the address', async () => {
    const errors = collectErrors(page);
    await page.goto(`${service.origin}/embed`);
    await until(
      () => cardIds(page),
      (ids) => ids.length === 20,
    );
    const { data: occupations } = await api<{ data: Occupation[] }>('/v1/occupations');
    const group = '[data-facet=occupation]';
    expect(await finder(`${group} legend`).textContent()).toBe('Careers');
    const facets = await api<Facets>('/v1/programs/facets');
    const counts = facets.facets.occupation ?? {};
    expect(Object.keys(counts).sort()).toEqual(occupations.map((o) => o.soc_code).sort());
    const shown = await finder(`${group} label.opt`).evaluateAll((labels) =>
      labels.map((label) => [label.getAttribute('data-value'), label.textContent]),
    );
    expect(shown).toEqual(
      [...occupations]
        .sort((a, b) => a.title.localeCompare(b.title, 'en'))
        .map((o) => [o.soc_code, `${o.title} (${counts[o.soc_code]})`]),
    );

    // From the keyboard: Space on a choice.
    const [a, b] = ['29-2072', '11-9111'];
    await finder(`${group} input[value="${a}"]`).focus();
    await page.keyboard.press('Space');
    const one = await api<Listed>(`/v1/programs?occupation=${a}`);
    // The count the filter showed is the total of the same query.
    expect(one.meta.total).toBe(counts[a]);
    await until(
      () => cardIds(page),
      (ids) => JSON.stringify(ids) === JSON.stringify(one.data.map((p) => p.id)),
    );
    expect(await finder('[part=count]').textContent()).toBe(
      `${one.meta.total} programs found${one.meta.total > 20 ? ', showing 20' : ''}`,
    );
    for (const id of await cardIds(page)) {
      const program = one.data.find((p) => p.id === id) as Program;
      expect(program.careers.map((c) => c.soc_code)).toContain(a);
    }
    expect(new URL(page.url()).searchParams.get('occupation')).toBe(a);

    await finder(`${group} input[value="${b}"]`).check();
    const two = await api<Listed>(`/v1/programs?occupation=${a},${b}`);
    await until(
      () => finder('[part=count]').textContent(),
      (text) => text === `${two.meta.total} programs found${two.meta.total > 20 ? ', showing 20' : ''}`,
    );
    expect(await cardIds(page)).toEqual(two.data.map((p) => p.id));
    expect(new URL(page.url()).searchParams.get('occupation')).toBe(`${a},${b}`);
    // The counts are those of the same query.
    const narrowed = await api<Facets>(`/v1/programs/facets?occupation=${a},${b}`);
    const narrowedCounts = await finder(`${group} label.opt`).evaluateAll((labels) =>
      Object.fromEntries(
        labels.map((label) => [
          label.getAttribute('data-value'),
          Number(label.querySelector('.n')?.textContent?.replace(/\D/g, '')),
        ]),
      ),
    );
    expect(narrowedCounts).toEqual(narrowed.facets.occupation);

    // A reload of the address restores the filter.
    await page.reload();
    await until(
      () => cardIds(page),
      (ids) => JSON.stringify(ids) === JSON.stringify(two.data.map((p) => p.id)),
    );
    expect(await finder(`${group} input[value="${a}"]`).isChecked()).toBe(true);
    expect(await finder(`${group} input[value="${b}"]`).isChecked()).toBe(true);
    expect(await finder('details.filters summary').textContent()).toBe('Filters (2 active)');
    await screenshot(page, 'careers-filter');
    expect(await axeProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('in Spanish', () => {
  it('says it all in Spanish: the filter, the cards, the pay and the outcomes', async () => {
    const errors = collectErrors(page);
    const soc = '29-2072';
    await page.goto(`${service.origin}/embed?lang=es&${chartedQuery}`);
    const listed = await api<Listed>(`/v1/programs?${chartedQuery}`);
    await until(
      () => cardIds(page),
      (ids) => JSON.stringify(ids) === JSON.stringify(listed.data.map((p) => p.id)),
    );
    const { data: occupations } = await api<{ data: Occupation[] }>('/v1/occupations');
    const o = occupations.find((x) => x.soc_code === soc) as Occupation;
    const title = 'Especialistas en registros médicos';
    expect(await finder('[data-facet=occupation] legend').textContent()).toBe('Ocupaciones');
    expect(await finder(`[data-facet=occupation] label[data-value="${soc}"]`).textContent()).toMatch(
      new RegExp(`^${title} \\(\\d+\\)$`),
    );

    const box = `${card(charted.id)} .jobs`;
    expect(await finder(`${box} dt`).textContent()).toBe('Ocupaciones');
    const index = charted.careers.findIndex((c) => c.soc_code === soc);
    expect(index).toBeGreaterThanOrEqual(0);
    const line = (await visibleTexts(`${box} ul.careers > li`))[index];
    expect(line).toBe(
      o.median_annual_wage_usd === null
        ? `${title}, salario mediano no publicado`
        : `${title}, salario mediano de ${es.money(o.median_annual_wage_usd)} al año (BLS${o.wage_reference ? `, ${es.release(o.wage_reference)}` : ''})`,
    );

    await finder(`${card(charted.id)} .actions button`).click();
    const details = `${card(charted.id)} .details`;
    await finder(`${details} .paychart`).waitFor();
    expect(await finder(`${details} h4`).allTextContents()).toEqual([
      'Salario por ocupación',
      'Resultados por año de cohorte',
      'Historial de acreditación',
    ]);
    expect(await finder(`${details} .paychart figcaption`).textContent()).toBe(
      'Salario anual en Estados Unidos: del percentil 10 al 90, con la mediana marcada',
    );
    expect(await finder(`${details} .paychart .vh th[scope=col]`).allTextContents()).toEqual([
      'Ocupación',
      'Percentil 10',
      'Mediana',
      'Percentil 90',
      'Crecimiento previsto',
    ]);
    expect(await finder(`${details} .paychart li[data-soc="${soc}"] .occ`).textContent()).toBe(title);
    const figs = await visibleTexts(`${details} .paychart li[data-soc="${soc}"] .figs`);
    if (o.median_annual_wage_usd !== null) expect(figs[0]).toContain(`Mediana: ${es.money(o.median_annual_wage_usd)}`);
    if (o.wage_p10_usd === null) expect(figs[0]).toContain('Percentiles 10 y 90 no publicados');
    expect(await finder(`${details} figure.trend[data-metric=graduation_rate] figcaption`).textContent()).toBe(
      'Tasa de graduación',
    );
    expect(await finder(`${details} figure.trend .vh th[scope=col]`).first().textContent()).toBe('Año de cohorte');
    await screenshot(finder(card(charted.id)), 'careers-spanish');
    expect(await axeProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
