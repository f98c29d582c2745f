// Charts drawn by hand in SVG: outcomes over cohort years, and pay by occupation. Positions are
// percentages of the width, so a chart fits a phone without shrinking its text. Every picture has a
// <title>, and a table only screen readers get holds each figure it shows.
import { careerTitle, externalLink, outcomeValue, passLabel, wageRef } from './cards.js';
import { type Attrs, type Child, h, svg, uid } from './dom.js';
import type { Translator } from './i18n.js';
import type { Career, Occupation, ProgramDetail } from './types.js';

type Outcome = ProgramDetail['outcome_history'][number];

/** A table for screen readers, in a box of its own so that it never widens the page. */
const hiddenTable = (caption: string, head: string[], rows: [Child, ...Child[]][]) =>
  h(
    'div',
    { class: 'vh' },
    h(
      'table',
      null,
      h('caption', null, caption),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          head.map((text) => h('th', { scope: 'col' }, text)),
        ),
      ),
      h(
        'tbody',
        null,
        rows.map(([first, ...rest]) =>
          h(
            'tr',
            null,
            h('th', { scope: 'row' }, first),
            rest.map((text) => h('td', null, text)),
          ),
        ),
      ),
    ),
  );

/** An <svg> that is one picture, named by its <title>. */
function picture(label: string, attrs: Attrs, ...children: Child[]) {
  const id = uid('t');
  return svg(
    'svg',
    { role: 'img', 'aria-labelledby': id, width: '100%', ...attrs },
    svg('title', { id }, label),
    children,
  );
}

// ---- Outcomes over cohort years -------------------------------------------------------------

const HEIGHT = 104;
const TOP = 24; // y of 100 %
const BASE = 80; // y of 0 %

/** A small chart per outcome metric of `outcome_history`: a line when there are two years or more. */
export function outcomeCharts(tr: Translator, program: Partial<Pick<ProgramDetail, 'outcome_history' | 'outcomes'>>) {
  const byMetric = new Map<Outcome['metric'], Outcome[]>();
  for (const item of program.outcome_history || program.outcomes || []) {
    if (!item) continue;
    const items = byMetric.get(item.metric) ?? [];
    items.push(item);
    byMetric.set(item.metric, items);
  }
  if (!byMetric.size) return null;
  return [
    h('h4', null, tr.t('trends')),
    h(
      'div',
      { class: 'charts' },
      [...byMetric].map(([metric, items]) =>
        trend(
          tr,
          metric,
          items.sort((a, b) => a.cohort_year - b.cohort_year),
        ),
      ),
    ),
  ];
}

function trend(tr: Translator, metric: Outcome['metric'], items: Outcome[]) {
  const oldest = items[0];
  const last = items[items.length - 1];
  if (!oldest || !last) return null;
  const name = last.exam ? passLabel(tr, last) : tr.label('outcome_metric', metric);
  const caption = h('figcaption', null, name);
  if (items.length < 2)
    return h('figure', { class: 'trend', 'data-metric': metric }, caption, h('p', null, outcomeValue(tr, last)));

  const first = oldest.cohort_year;
  const x = (year: number) => `${24 + ((year - first) / (last.cohort_year - first)) * 64}%`;
  const y = (value: number) => BASE - (value / 100) * (BASE - TOP);
  // Beyond six years only the first and the last are labelled (the table has them all).
  const labelled = (i: number) => items.length <= 6 || i === 0 || i === items.length - 1;
  const rate = (item: Outcome) =>
    tr.percent(item.value) + (item.exam && item.exam !== last.exam ? ` (${item.exam})` : '');
  return h(
    'figure',
    { class: 'trend', 'data-metric': metric },
    caption,
    picture(
      tr.t('trendOf', { m: name, from: first, to: last.cohort_year }),
      { height: HEIGHT },
      [100, 50, 0].map((value) => [
        svg('line', { class: 'grid', x1: '17%', x2: '100%', y1: y(value), y2: y(value) }),
        svg('text', { class: 'tick', x: 0, y: y(value) + 4 }, tr.percent(value)),
      ]),
      items.slice(1).map((item, i) => {
        const previous = items[i] ?? item;
        return svg('line', {
          class: 'ln',
          x1: x(previous.cohort_year),
          y1: y(previous.value),
          x2: x(item.cohort_year),
          y2: y(item.value),
        });
      }),
      items.map((item, i) => [
        svg('circle', { class: 'pt', cx: x(item.cohort_year), cy: y(item.value), r: 3.5 }),
        labelled(i) && [
          svg('text', { class: 'val', x: x(item.cohort_year), y: y(item.value) - 8 }, tr.percent(item.value)),
          svg('text', { class: 'tick mid', x: x(item.cohort_year), y: HEIGHT - 4 }, item.cohort_year),
        ],
      ]),
    ),
    hiddenTable(
      name,
      [tr.t('cohortYear'), tr.t('rate')],
      items.map((item) => [item.cohort_year, rate(item)]),
    ),
  );
}

// ---- Pay by occupation ----------------------------------------------------------------------

const STEPS = [10e3, 20e3, 25e3, 50e3, 100e3, 250e3, 500e3, 1e6];

/**
 * For each occupation a program leads to, a bar from the 10th to the 90th percentile of yearly
 * pay with the median marked, on one scale; with the release, the projected growth and the page
 * each figure comes from. `occupations`: soc_code -> the record of GET /v1/occupations (or null:
 * the program's own careers then give the median alone).
 */
export function payChart(
  tr: Translator,
  careers: readonly Career[] | null | undefined,
  occupations: ReadonlyMap<string, Occupation> | null | undefined,
) {
  if (!careers?.length) return null;
  const rows: (Career & Partial<Occupation>)[] = careers.map((career) => ({
    ...career,
    ...occupations?.get(career.soc_code),
  }));
  const top = Math.max(0, ...rows.map((f) => f.wage_p90_usd ?? f.median_annual_wage_usd ?? 0));
  const step = STEPS.find((s) => top / s <= 4) || 1e7;
  const max = Math.ceil(top / step) * step || step;
  const x = (value: number) => `${2 + (value / max) * 96}%`;
  const ticks: number[] = [];
  for (let value = 0; value <= max; value += step) ticks.push(value);
  const money = (value: number | null | undefined) => (value == null ? tr.t('notPublished') : tr.money(value));
  const growthOf = (f: Partial<Occupation>) => {
    if (f.projected_growth_pct == null) return tr.t('growthNone');
    const v = (f.projected_growth_pct > 0 ? '+' : '') + tr.percent(f.projected_growth_pct);
    return f.projection_period ? tr.t('growth', { v, period: f.projection_period }) : `${tr.t('growthH')} ${v}`;
  };

  const list = h(
    'ul',
    { class: 'pay' },
    rows.map((f) => {
      const title = careerTitle(tr, f);
      const [lo, mid, hi] = [f.wage_p10_usd ?? null, f.median_annual_wage_usd, f.wage_p90_usd ?? null];
      const ref = wageRef(tr, f.wage_reference);
      const range = lo != null && hi != null ? { lo, hi } : null;
      const wages: Child[] = [tr.t('medianV', { v: money(mid) })];
      if (mid != null || range) {
        wages.push(range ? tr.t('range', { lo: tr.money(range.lo), hi: tr.money(range.hi) }) : tr.t('rangeNone'));
        wages.push(externalLink(tr, f.source_urls?.wages ?? f.wage_source_url, ref) || ref);
      }
      const growth: Child[] = [growthOf(f)];
      if (f.projected_growth_pct != null) growth.push(externalLink(tr, f.source_urls?.projection, tr.t('projections')));
      const figures = (
        [
          [tr.t('p10'), lo],
          [tr.t('median'), mid],
          [tr.t('p90'), hi],
        ] as const
      )
        .map(([term, value]) => `${term.toLowerCase()} ${money(value)}`)
        .join(', ');
      return h(
        'li',
        { 'data-soc': f.soc_code },
        h('span', { class: 'occ' }, title),
        mid != null || range
          ? picture(
              `${title}: ${figures} (${ref})`,
              { height: 22, class: 'bar' },
              ticks.map((value) => svg('line', { class: 'grid', x1: x(value), x2: x(value), y1: 0, y2: 22 })),
              range &&
                svg('rect', {
                  class: 'rng',
                  x: x(range.lo),
                  y: 6,
                  width: `${((range.hi - range.lo) / max) * 96}%`,
                  height: 10,
                }),
              mid != null && svg('circle', { class: 'med', cx: x(mid), cy: 11, r: 6 }),
            )
          : null,
        [wages, growth].map((parts) =>
          h(
            'span',
            { class: 'figs' },
            parts.filter(Boolean).flatMap((part, i) => (i ? [' · ', part] : [part])),
          ),
        ),
      );
    }),
  );

  return [
    h('h4', null, tr.t('payTitle')),
    h(
      'figure',
      { class: 'paychart' },
      h('figcaption', null, tr.t('payCaption')),
      list,
      top > 0 &&
        svg(
          'svg',
          { class: 'axis', width: '100%', height: 16, 'aria-hidden': 'true' },
          ticks.map((value, i) =>
            svg(
              'text',
              { class: `tick${i === 0 ? '' : i === ticks.length - 1 ? ' end' : ' mid'}`, x: x(value), y: 12 },
              tr.compactMoney(value),
            ),
          ),
        ),
      hiddenTable(
        tr.t('payTitle'),
        [tr.t('occupation'), tr.t('p10'), tr.t('median'), tr.t('p90'), tr.t('growthH')],
        rows.map((f) => [
          careerTitle(tr, f),
          money(f.wage_p10_usd),
          money(f.median_annual_wage_usd),
          money(f.wage_p90_usd),
          growthOf(f),
        ]),
      ),
    ),
  ];
}
