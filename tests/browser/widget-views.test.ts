import { deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insetFor, type MapInset, project } from '../../src/web/map-projection.js';
import {
  axeProblems,
  cardIds,
  collectErrors,
  screenshot,
  startBrowser,
  startHostSite,
  startService,
  until,
} from './harness.js';

/**
 * The comparison, the map (over the service's state outlines, or over a tile server the host
 * site names) and the sample-data notice, against the API's answers.
 */

const ADMIN_KEY = 'widget-views-admin-key-0123456789abcdef';

let service: Awaited<ReturnType<typeof startService>>;
let site: Awaited<ReturnType<typeof startHostSite>>;
let browser: Awaited<ReturnType<typeof startBrowser>>;
let page: Page;
const tileRequests: string[] = [];

interface Program {
  id: string;
  name: string;
  source: string;
  institution: {
    name: string;
    campus: string | null;
    city: string;
    state: string;
    location: { lat: number; lon: number } | null;
  };
  accreditation: { status_label: string; next_review_year: number | null };
  outcomes: { metric: string; value: number; cohort_year: number; exam: string | null }[];
  tuition: { in_state_usd: number | null; out_of_state_usd: number | null };
  career_services: string[];
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

const finder = (selector: string, options?: { hasText: string }) => page.locator(`program-finder ${selector}`, options);

/** A 1×1 grey PNG, made here rather than shipped. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 200]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

beforeAll(async () => {
  service = await startService({ config: { ADMIN_API_KEY: ADMIN_KEY } });
  const png = tinyPng();
  site = await startHostSite(
    {
      '/tiles': {
        html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Admissions</title>
<script src="${service.origin}/widget.js" defer></script></head>
<body><h1>Programs in Florida</h1>
<program-finder state="FL" view="map" tiles="/tiles/{z}/{x}/{y}.png" tile-attribution="Test tiles"></program-finder></body></html>`,
      },
    },
    (path) => {
      if (!/^\/tiles\/\d+\/\d+\/\d+\.png$/.test(path)) return undefined;
      tileRequests.push(path);
      return { type: 'image/png', body: png };
    },
  );
  browser = await startBrowser();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await service?.close();
});

/** The comparison table as text: row label -> the value shown for each program (tags left out). */
const tableRows = () =>
  finder('[part=compare-table] tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      label: row.querySelector('th')?.firstChild?.textContent ?? '',
      differs: row.classList.contains('diff'),
      cells: [...row.querySelectorAll('td')].map((cell) => cell.firstChild?.textContent ?? ''),
    })),
  );

describe('comparing programs', () => {
  it('shows the chosen programs side by side with the values of GET /v1/programs/compare, differences marked', async () => {
    const errors = collectErrors(page);
    await page.goto(`${service.origin}/embed?state=FL`);
    const listed = await api<Listed>('/v1/programs?state=FL');
    await until(
      () => cardIds(page),
      (ids) => ids.length === listed.data.length,
    );
    const picks = [0, 3, 5, 8].map((i) => listed.data[i] as Program);
    // From the keyboard: Space on each card's compare box.
    for (const program of picks) {
      await finder(`li[data-id="${program.id}"] input.pick`).focus();
      await page.keyboard.press('Space');
    }
    expect(await finder('[part=compare-tray]').textContent()).toContain('4 of 5 chosen');
    await finder('[part=compare-button]').focus();
    await page.keyboard.press('Enter');
    await finder('[part=compare-table]').waitFor();
    // Focus moved to the comparison's heading.
    expect(await finder('.compare h2').evaluate((heading) => heading.getRootNode().activeElement === heading)).toBe(
      true,
    );

    const compared = await api<{ data: Program[] }>(`/v1/programs/compare?ids=${picks.map((p) => p.id).join(',')}`);
    expect(
      await finder('[part=compare-table] thead th[data-id]').evaluateAll((cells) =>
        cells.map((c) => c.getAttribute('data-id')),
      ),
    ).toEqual(compared.data.map((program) => program.id));
    const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
    const rate = (program: Program, metric: string) => {
      const item = program.outcomes.find((o) => o.metric === metric);
      return item ? `${item.value}% (${item.cohort_year})` : 'Not reported';
    };
    const expected: Record<string, (program: Program) => string> = {
      Institution: (p) => [p.institution.name, p.institution.campus].filter(Boolean).join(' – '),
      Location: (p) => `${p.institution.city}, ${p.institution.state}`,
      Accreditation: (p) => p.accreditation.status_label,
      'Next comprehensive review': (p) => String(p.accreditation.next_review_year ?? 'Not reported'),
      'Graduation rate': (p) => rate(p, 'graduation_rate'),
      'Employment rate': (p) => rate(p, 'employment_rate'),
      'Certification exam pass rate': (p) => {
        const item = p.outcomes.find((o) => o.metric === 'certification_pass_rate');
        return item
          ? `${item.exam ? `${item.exam} pass rate` : 'Exam pass rate'}: ${item.value}% (${item.cohort_year})`
          : 'Not reported';
      },
      'Tuition in-state': (p) =>
        p.tuition.in_state_usd === null ? 'Not reported' : money.format(p.tuition.in_state_usd),
      'Tuition out-of-state': (p) =>
        p.tuition.out_of_state_usd === null ? 'Not reported' : money.format(p.tuition.out_of_state_usd),
      // As on the cards: no career service listed is "Not reported", not "No".
      'Exam preparation': (p) =>
        p.career_services.length ? (p.career_services.includes('exam_prep') ? 'Yes' : 'No') : 'Not reported',
      Mentoring: (p) =>
        p.career_services.length ? (p.career_services.includes('mentoring') ? 'Yes' : 'No') : 'Not reported',
    };
    const rows = await tableRows();
    for (const [label, value] of Object.entries(expected)) {
      const row = rows.find((r) => r.label === label);
      expect(row, label).toBeDefined();
      const values = compared.data.map(value);
      expect(row?.cells, label).toEqual(values);
      expect(row?.differs, label).toBe(new Set(values).size > 1);
    }
    // The best value of a row that differs is marked: the lowest tuition.
    const tuitions = compared.data.map((p) => p.tuition.in_state_usd).filter((v): v is number => v !== null);
    if (new Set(tuitions).size > 1) {
      const best = await finder('[part=compare-table] tbody tr.diff td.best').allTextContents();
      expect(best.some((text) => text.startsWith(money.format(Math.min(...tuitions))))).toBe(true);
    }
    // A later review year is no better than an earlier one: never marked best.
    const review = finder('[part=compare-table] tbody tr', { hasText: 'Next comprehensive review' });
    expect(await review.locator('td.best').count()).toBe(0);
    await screenshot(page, 'compare');
    expect(await axeProblems(page)).toEqual([]);

    // Only the rows that differ, then a program removed.
    await finder('.compare .bar input[type=checkbox]').check();
    const visible = await finder('[part=compare-table] tbody tr:visible').count();
    expect(visible).toBe(rows.filter((r) => r.differs).length);
    await finder(`[part=compare-table] thead th[data-id="${picks[0]?.id}"] button`).click();
    expect(await finder('[part=compare-table] thead th[data-id]').count()).toBe(3);

    await finder('.compare .bar button').click();
    expect(await finder('[part=compare]').isHidden()).toBe(true);
    expect(await finder('[part=compare-tray]').textContent()).toContain('3 of 5 chosen');
    expect(errors).toEqual([]);
  });

  it('lets no more than five programs be chosen', async () => {
    await page.goto(`${service.origin}/embed?state=CA`);
    await until(
      () => cardIds(page),
      (ids) => ids.length === 20,
    );
    const boxes = finder('ul.cards input.pick');
    for (let i = 0; i < 5; i += 1) await boxes.nth(i).check();
    expect(await boxes.nth(5).isDisabled()).toBe(true);
    await boxes.nth(0).uncheck();
    expect(await boxes.nth(5).isDisabled()).toBe(false);
  });
});

describe('the map', () => {
  it('shows one dot per match with coordinates (every page, not only the one loaded), each where its institution is, inside its state', async () => {
    const errors = collectErrors(page);
    await page.goto(`${service.origin}/embed?state=TX,OK,LA&limit=15`);
    const page1 = await api<Listed>('/v1/programs?state=TX,OK,LA&limit=15');
    await until(
      () => cardIds(page),
      (ids) => ids.length === page1.data.length,
    );
    const listed = await api<Listed>('/v1/programs?state=TX,OK,LA&limit=100');
    expect(listed.meta.total).toBe(listed.data.length);
    await page.locator('program-finder .views button', { hasText: 'Map' }).click();
    const dots = finder('circle.dot');
    const located = listed.data.filter((program) => program.institution.location);
    await until(
      () => dots.count(),
      (n) => n === located.length,
    );
    expect(await finder('[part=map] .caption').textContent()).toContain(
      `${located.length} of ${listed.meta.total} programs on the map`,
    );

    const shapes = await api<{ insets: MapInset[] }>('/widget/us-map.json');
    const placed = await dots.evaluateAll((circles) =>
      circles.map((circle) => ({
        id: circle.getAttribute('data-id') ?? '',
        x: Number(circle.getAttribute('cx')),
        y: Number(circle.getAttribute('cy')),
        r: Number(circle.getAttribute('r')),
      })),
    );
    expect(placed.map((dot) => dot.id).sort()).toEqual(located.map((program) => program.id).sort());
    for (const program of located) {
      const { lon, lat } = program.institution.location as { lon: number; lat: number };
      const [x, y] = project(insetFor(shapes.insets, program.institution.state) as MapInset, lon, lat);
      const dot = placed.find((d) => d.id === program.id) as (typeof placed)[number];
      // Programs of one campus sit in a ring round its point.
      expect(Math.hypot(dot.x - x, dot.y - y), program.name).toBeLessThan(dot.r * 6);
      const inside = await finder(`.land path[data-state=${program.institution.state}]`).evaluate(
        (path, point) => {
          const shape = path as unknown as { isPointInFill: (p: unknown) => boolean };
          return shape.isPointInFill(
            new (globalThis as unknown as { DOMPoint: new (x: number, y: number) => unknown }).DOMPoint(
              point.x,
              point.y,
            ),
          );
        },
        { x, y },
      );
      expect(inside, `${program.institution.city}, ${program.institution.state}`).toBe(true);
    }

    // Choosing a dot (from the keyboard) shows its card under the map.
    const chosen = located[7] as Program;
    await finder(`circle.dot[data-id="${chosen.id}"]`).focus();
    await page.keyboard.press('Enter');
    await finder(`.picked li[data-id="${chosen.id}"]`).waitFor();
    expect(await finder(`circle.dot[data-id="${chosen.id}"]`).getAttribute('aria-pressed')).toBe('true');
    expect(await finder('.picked h3').textContent()).toContain(chosen.name);
    await screenshot(page, 'map');
    expect(await axeProblems(page)).toEqual([]);

    expect(errors).toEqual([]);
  });

  it('draws a tile server the host site names, with the dots on the right tiles', async () => {
    const errors = collectErrors(page);
    tileRequests.length = 0;
    await page.goto(`${site.origin}/tiles`);
    const listed = await api<Listed>('/v1/programs?state=FL');
    const dots = finder('circle.dot');
    await until(
      () => dots.count(),
      (n) => n === listed.data.length,
    );
    const images = await finder('.tiles image').evaluateAll((items) =>
      items.map((image) => ({
        href: image.getAttribute('href') ?? '',
        x: Number(image.getAttribute('x')),
        y: Number(image.getAttribute('y')),
      })),
    );
    expect(images.length).toBeGreaterThan(0);
    const zoom = Number(/\/tiles\/(\d+)\//.exec(images[0]?.href ?? '')?.[1]);
    // Every dot lies on the tile that holds its coordinates (Web Mercator).
    const spread = await dots.evaluateAll((circles) =>
      circles.map((c) => ({
        id: c.getAttribute('data-id'),
        x: Number(c.getAttribute('cx')),
        y: Number(c.getAttribute('cy')),
      })),
    );
    for (const program of listed.data) {
      const { lon, lat } = program.institution.location as { lon: number; lat: number };
      const size = 256 * 2 ** zoom;
      const sin = Math.sin((lat * Math.PI) / 180);
      const [wx, wy] = [((lon + 180) / 360) * size, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size];
      const tile = images.find((image) =>
        image.href.endsWith(`/${zoom}/${Math.floor(wx / 256)}/${Math.floor(wy / 256)}.png`),
      );
      expect(tile, program.name).toBeDefined();
      const dot = spread.find((d) => d.id === program.id) as { x: number; y: number };
      const [px, py] = [(tile?.x ?? 0) + (wx % 256), (tile?.y ?? 0) + (wy % 256)];
      expect(Math.hypot(dot.x - px, dot.y - py), program.name).toBeLessThan(40);
    }
    await until(
      async () => tileRequests.length,
      (n) => n >= images.length,
    );
    expect(await finder('[part=map] .credit').textContent()).toBe('Test tiles');
    expect(await finder('.land').count()).toBe(0);
    await screenshot(page, 'map-tiles');
    expect(errors).toEqual([]);
  });
});

describe('the sample-data notice', () => {
  it('shows while sample programs are shown, and not for imported ones; a program without coordinates gets no dot', async () => {
    const rows = [
      {
        institution_name: 'Zzyzx Polytechnic',
        city: 'Austin',
        state: 'TX',
        zip: '78701',
        lat: 30.2711,
        lon: -97.7437,
        program_name: 'Zzyzx Health Informatics',
        degree_level: 'master',
        discipline: 'health_informatics',
        accreditation_status: 'accredited',
      },
      {
        institution_name: 'Zzyzx Community College',
        city: 'Waco',
        state: 'TX',
        program_name: 'Zzyzx Health Information Technology',
        degree_level: 'associate',
        discipline: 'health_information_management',
        accreditation_status: 'accredited',
      },
    ];
    const imported = await fetch(`${service.origin}/v1/imports?dry_run=false`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify(rows),
    });
    expect(imported.status).toBe(200);
    expect(((await imported.json()) as { created: number }).created).toBe(2);

    await page.goto(`${service.origin}/embed`);
    const notice = finder('[part=notice]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('fictional');

    const found = await api<Listed>('/v1/programs?q=Zzyzx');
    expect(found.data.map((program) => program.source)).toEqual(['import', 'import']);
    await finder('input[name=q]').fill('Zzyzx');
    await finder('input[name=q]').press('Enter');
    await until(
      () => cardIds(page),
      (ids) => JSON.stringify(ids) === JSON.stringify(found.data.map((program) => program.id)),
    );
    expect(await notice.isHidden()).toBe(true);
    await screenshot(page, 'imported-no-notice');

    await page.locator('program-finder .views button', { hasText: 'Map' }).click();
    await until(
      () => finder('circle.dot').count(),
      (n) => n === 1,
    );
    expect(await finder('[part=map] .caption').textContent()).toContain('1 without a location');

    await page.locator('program-finder .views button', { hasText: 'List' }).click();
    await finder('input[name=q]').fill('');
    await finder('input[name=q]').press('Enter');
    await notice.waitFor();
  });
});
