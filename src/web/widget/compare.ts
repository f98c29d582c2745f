// Two to five programs side by side (GET /v1/programs/compare), rows that differ marked.
import {
  careersText,
  degreeText,
  internshipText,
  outcome,
  outcomeValue,
  passLabel,
  placeText,
  schoolText,
  statusText,
} from './cards.js';
import { h, hidden } from './dom.js';
import type { Translator } from './i18n.js';
import type { Program } from './types.js';

type Metric = Program['outcomes'][number]['metric'];
/** A row: its label, a program's text, the number to rank by and which way is better (ranked rows only). */
type Row = [string, (p: Program) => string] | [string, (p: Program) => string, (p: Program) => number | null, number];

const HIGH = 1;
const LOW = -1;

/**
 * The rows: [label, text of a program, number to rank by, which way is better]. Career services
 * get one row each, so a missing service stands out.
 */
function rows(tr: Translator, services: readonly string[]): Row[] {
  const rate = (metric: Metric) => (p: Program) => outcome(p, metric)?.value ?? null;
  const yesNo = (value: boolean | null) => (value == null ? tr.t('notReported') : tr.t(value ? 'yes' : 'no'));
  const money = (value: number | null) => (value == null ? tr.t('notReported') : tr.money(value));
  const or = (text: string | number | null | undefined) => String(text || tr.t('notReported'));
  return [
    [tr.t('institution'), (p) => schoolText(p.institution)],
    [tr.t('location'), (p) => placeText(p.institution)],
    [tr.t('degree'), (p) => degreeText(tr, p)],
    [tr.t('delivery'), (p) => or(tr.label('delivery_mode', p.delivery_mode))],
    [tr.t('accreditation'), (p) => statusText(tr, p.accreditation)],
    // Not ranked: a later review year says nothing about which program is better.
    [tr.t('nextReviewFull'), (p) => or(p.accreditation?.next_review_year)],
    [tr.t('internship'), (p) => internshipText(tr, p.internship)],
    [tr.t('f:placement_assistance'), (p) => yesNo(p.internship?.placement_assistance)],
    ...services.map(
      (service): Row => [
        tr.label('career_services', service),
        // As on the cards: a program that lists no career service has not reported them.
        (p) =>
          p.career_services?.length
            ? tr.t((p.career_services as readonly string[]).includes(service) ? 'yes' : 'no')
            : tr.t('notReported'),
      ],
    ),
    ...(['graduation_rate', 'employment_rate'] as const).map(
      (metric): Row => [
        tr.label('outcome_metric', metric),
        (p) => or(outcomeValue(tr, outcome(p, metric))),
        rate(metric),
        HIGH,
      ],
    ),
    [
      tr.label('outcome_metric', 'certification_pass_rate'),
      (p) => {
        const item = outcome(p, 'certification_pass_rate');
        return item ? `${passLabel(tr, item)}: ${outcomeValue(tr, item)}` : tr.t('notReported');
      },
      rate('certification_pass_rate'),
      HIGH,
    ],
    [tr.t('careersPay'), (p) => careersText(tr, p.careers)],
    [
      tr.t('inState', { v: tr.t('tuition') }),
      (p) => money(p.tuition?.in_state_usd),
      (p) => p.tuition?.in_state_usd ?? null,
      LOW,
    ],
    [
      tr.t('outState', { v: tr.t('tuition') }),
      (p) => money(p.tuition?.out_of_state_usd),
      (p) => p.tuition?.out_of_state_usd ?? null,
      LOW,
    ],
    [tr.t('creditHours'), (p) => or(p.credit_hours == null ? '' : tr.number(p.credit_hours))],
    [tr.t('duration'), (p) => or(p.duration_months == null ? '' : tr.t('months', { n: p.duration_months }))],
  ];
}

/** The comparison table of `programs` (full records, in the order chosen). `onRemove(program)` drops one. */
export function compareTable(
  programs: Program[],
  { tr, services, onRemove }: { tr: Translator; services: readonly string[]; onRemove: (program: Program) => void },
): HTMLTableElement {
  const table = h(
    'table',
    { part: 'compare-table' },
    h('caption', { class: 'vh' }, tr.t('comparing', { n: programs.length })),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, tr.t('criterion')),
        programs.map((p) =>
          h(
            'th',
            { scope: 'col', 'data-id': p.id },
            h('span', { class: 'pname' }, p.name),
            h(
              'button',
              { type: 'button', class: 'link', onclick: () => onRemove(p) },
              tr.t('remove', { name: '' }).trim(),
              hidden(` ${p.name}, ${schoolText(p.institution)}`),
            ),
          ),
        ),
      ),
    ),
    h(
      'tbody',
      null,
      rows(tr, services).map(([label, text, rank, better]) => {
        const texts = programs.map(text);
        const differs = new Set(texts).size > 1;
        const numbers = rank ? programs.map(rank) : [];
        const known = numbers.filter((n): n is number => n != null);
        const top = differs && known.length ? (better === HIGH ? Math.max(...known) : Math.min(...known)) : null;
        return h(
          'tr',
          { class: differs ? 'diff' : null },
          h('th', { scope: 'row' }, label, differs ? h('span', { class: 'tag' }, ` ${tr.t('differs')}`) : null),
          texts.map((value, i) =>
            h(
              'td',
              { class: top != null && numbers[i] === top ? 'best' : null },
              value,
              top != null && numbers[i] === top ? h('span', { class: 'tag' }, ` ${tr.t('best')}`) : null,
            ),
          ),
        );
      }),
    ),
  );
  return table;
}
