// A program as a card: what students choose on, and on demand the whole record.
import { type Attrs, type Child, h, hidden, safeUrl, uid } from './dom.js';
import type { Translator } from './i18n.js';
import type { CardProgram } from './search.js';
import type { Career, Institution, ProgramDetail, ProgramListItem } from './types.js';

type Outcome = ProgramListItem['outcomes'][number];
type Accreditation = Pick<ProgramListItem['accreditation'], 'status' | 'status_label'>;
type Internship = ProgramListItem['internship'];
type CareerService = ProgramListItem['career_services'][number];
/** What a card does when used: the element's side of it. */
export interface CardContext {
  tr: Translator;
  chosen: ReadonlyMap<string, unknown>;
  canChoose: () => boolean;
  onChoose: (program: CardProgram, on: boolean) => void;
  onDetails: (program: CardProgram, panel: HTMLElement, button: HTMLButtonElement) => void;
}

/** The latest value of an outcome metric, or null. */
export const outcome = (program: { outcomes: readonly Outcome[] }, metric: Outcome['metric']): Outcome | null =>
  (program.outcomes || []).find((o) => o && o.metric === metric) || null;

/** "Probationary Accreditation" (English) or the Spanish label with CAHIIM's wording beside it. */
export function statusText(tr: Translator, accreditation: Accreditation): string {
  const official = accreditation.status_label || tr.label('accreditation_status', accreditation.status);
  if (tr.lang === 'en') return official;
  const translated = tr.label('accreditation_status', accreditation.status);
  return translated && translated !== official ? `${translated} (${official})` : official;
}

export function schoolText(institution: Pick<Institution, 'name' | 'campus'>): string {
  return [institution.name, institution.campus].filter(Boolean).join(' – ');
}

export function placeText(institution: Pick<Institution, 'city' | 'state'>): string {
  return [institution.city, institution.state].filter(Boolean).join(', ');
}

export function internshipText(tr: Translator, internship: Internship | null | undefined): string {
  if (!internship || internship.required == null) return tr.t('notReported');
  const parts = [tr.t(internship.required ? 'required' : 'notRequired')];
  if (internship.min_hours != null) parts.push(tr.t('hours', { n: tr.number(internship.min_hours) }));
  if (internship.formats?.length)
    parts.push(internship.formats.map((f) => tr.label('internship_format', f)).join(', '));
  if (internship.placement_assistance != null)
    parts.push(tr.t(internship.placement_assistance ? 'placement' : 'noPlacement'));
  return parts.join(' · ');
}

export function careerText(tr: Translator, services: readonly CareerService[] | null | undefined): string {
  return services?.length ? services.map((s) => tr.label('career_services', s)).join(', ') : tr.t('notReported');
}

/** "84.2% (2024)", or null when the program has not published it. */
export function outcomeValue(tr: Translator, item: Outcome | null): string | null {
  return item ? tr.t('cohort', { v: tr.percent(item.value), year: item.cohort_year }) : null;
}

export function passLabel(tr: Translator, item: Outcome | null): string {
  return item?.exam ? tr.t('passRate', { exam: item.exam }) : tr.t('examPass');
}

export function outcomesText(tr: Translator, program: { outcomes: readonly Outcome[] }): string {
  const parts = (['graduation_rate', 'employment_rate'] as const).flatMap((metric) => {
    const value = outcomeValue(tr, outcome(program, metric));
    return value ? [`${tr.t(`o:${metric}`)} ${value}`] : [];
  });
  const pass = outcome(program, 'certification_pass_rate');
  if (pass) parts.push(`${passLabel(tr, pass)} ${outcomeValue(tr, pass)}`);
  return parts.length ? parts.join(' · ') : tr.t('notReported');
}

export function tuitionText(tr: Translator, tuition: ProgramListItem['tuition'] | null | undefined): string {
  const parts: string[] = [];
  if (tuition?.in_state_usd != null) parts.push(tr.t('inState', { v: tr.money(tuition.in_state_usd) }));
  if (tuition?.out_of_state_usd != null) parts.push(tr.t('outState', { v: tr.money(tuition.out_of_state_usd) }));
  return parts.length ? parts.join(' · ') : tr.t('notReported');
}

/** An occupation's title in this language (BLS's English one when there is no other). */
export const careerTitle = (tr: Translator, career: Pick<Career, 'soc_code' | 'title'>) =>
  tr.label('occupation', career.soc_code, career.title);

/** "BLS, May 2020": the release a wage comes from. */
export const wageRef = (tr: Translator, reference: string | null | undefined) =>
  reference ? `BLS, ${tr.month(reference)}` : 'BLS';

/** "Medical Records Specialists, median $44,090 a year (BLS, May 2020)", its source one click away. */
export function careerLine(tr: Translator, career: Career): Child[] {
  const median = career.median_annual_wage_usd;
  const ref = wageRef(tr, career.wage_reference);
  return [
    h('span', { class: 'occ' }, careerTitle(tr, career)),
    ', ',
    median == null
      ? tr.t('medianNone')
      : [tr.t('medianPay', { v: tr.money(median) }), ' (', externalLink(tr, career.wage_source_url, ref) || ref, ')'],
  ];
}

/** The first three occupations a program leads to, then how many more (the details list them all). */
function careersList(tr: Translator, careers: readonly Career[] | null | undefined): Child {
  if (!careers?.length) return tr.t('notReported');
  return [
    h(
      'ul',
      { class: 'careers' },
      careers.slice(0, 3).map((career) => h('li', null, careerLine(tr, career))),
    ),
    careers.length > 3 ? h('span', { class: 'n' }, tr.t('moreCareers', { n: careers.length - 3 })) : null,
  ];
}

/** One line per occupation: "Medical Records Specialists: $44,090 (May 2020)". */
export function careersText(tr: Translator, careers: readonly Career[] | null | undefined): string {
  if (!careers?.length) return tr.t('notReported');
  return careers
    .map((career) => {
      const median = career.median_annual_wage_usd;
      const ref = career.wage_reference ? ` (${tr.month(career.wage_reference)})` : '';
      return `${careerTitle(tr, career)}: ${median == null ? tr.t('medianNone') : tr.money(median) + ref}`;
    })
    .join('\n');
}

/** "Associate · A.A.S. · Health Information Management", each part once ("Certificate" is often both level and credential). */
export function degreeText(
  tr: Translator,
  program: Pick<ProgramListItem, 'degree_level' | 'credential' | 'discipline'>,
): string {
  const parts = [
    tr.label('degree_level', program.degree_level),
    program.credential,
    tr.label('discipline', program.discipline),
  ].filter((part): part is string => Boolean(part));
  return parts.filter((part, i) => parts.findIndex((p) => p.toLowerCase() === part.toLowerCase()) === i).join(' · ');
}

const fact = (term: string, value: Child, attrs?: Attrs) => h('div', attrs, h('dt', null, term), h('dd', null, value));

export function externalLink(
  tr: Translator,
  url: string | null | undefined,
  text: string,
  attrs?: Record<string, unknown>,
): HTMLAnchorElement | null {
  const href = safeUrl(url);
  return href
    ? h('a', { href, target: '_blank', rel: 'noopener', ...attrs }, text, hidden(` ${tr.t('newTab')}`))
    : null;
}

/**
 * A card. `ctx`: { tr, chosen (a Set of ids), canChoose (a function), onChoose(program, on),
 * onDetails(program, panel, button) }.
 */
export function card(program: CardProgram, ctx: CardContext): HTMLLIElement {
  const { tr } = ctx;
  const { institution, accreditation } = program;
  const headingId = uid('name');
  const detailsId = uid('details');
  const name = program.name || '';
  const out = { 'data-out': 'program', 'data-id': program.id };
  const link = externalLink(tr, program.urls?.program, name, out);

  const review =
    accreditation.next_review_year != null ? ` · ${tr.t('nextReview', { year: accreditation.next_review_year })}` : '';
  // A search near a place that keeps online programs answers those beyond the radius with a null distance.
  const distance =
    typeof program.distance_mi === 'number'
      ? tr.t('away', { n: tr.number(program.distance_mi) })
      : program.distance_mi === null && program.delivery_mode === 'online'
        ? tr.t('anywhere')
        : '';

  const checkbox = h('input', {
    type: 'checkbox',
    class: 'pick',
    checked: ctx.chosen.has(program.id),
    disabled: !ctx.chosen.has(program.id) && !ctx.canChoose(),
    onchange: () => ctx.onChoose(program, checkbox.checked),
  });
  const details = h('div', { id: detailsId, class: 'details', hidden: true });
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'link',
      'aria-expanded': 'false',
      'aria-controls': detailsId,
      onclick: () => ctx.onDetails(program, details, toggle),
    },
    tr.t('details'),
    hidden(` ${name}`),
  );

  return h(
    'li',
    { part: 'result', class: 'card', 'data-id': program.id, tabindex: '-1', 'aria-labelledby': headingId },
    h(
      'h3',
      { id: headingId },
      link || name,
      program.credential ? h('span', { class: 'cred' }, ` ${program.credential}`) : null,
    ),
    h('p', { class: 'school' }, schoolText(institution)),
    h(
      'p',
      { class: 'meta' },
      h('span', { class: 'loc' }, placeText(institution)),
      distance ? h('span', { class: 'dist' }, distance) : null,
    ),
    h(
      'p',
      { class: 'status', 'data-status': accreditation.status },
      h('span', { class: 'vh' }, `${tr.t('accreditation')}: `),
      h('strong', null, statusText(tr, accreditation)),
      review,
    ),
    h(
      'dl',
      { class: 'facts' },
      fact(tr.t('degree'), degreeText(tr, program)),
      fact(tr.t('delivery'), tr.label('delivery_mode', program.delivery_mode) || tr.t('notReported')),
      fact(tr.t('internship'), internshipText(tr, program.internship)),
      fact(tr.t('careerServices'), careerText(tr, program.career_services)),
      fact(tr.t('outcomes'), outcomesText(tr, program)),
      fact(tr.t('careers'), careersList(tr, program.careers), { class: 'jobs' }),
      fact(tr.t('tuition'), tuitionText(tr, program.tuition)),
    ),
    h(
      'div',
      { class: 'actions' },
      toggle,
      h('label', { class: 'choose' }, checkbox, ` ${tr.t('compare')}`, hidden(` ${name}`)),
      externalLink(tr, program.urls?.program, tr.t('website'), { class: 'site', ...out }),
    ),
    details,
  );
}

/**
 * The whole record (GET /v1/programs/{id}), accreditation history included; `charts` (pay by
 * occupation, outcomes over the years) go before the history.
 */
export function detailsContent(tr: Translator, program: ProgramDetail, charts: Child): Child[] {
  const { institution, accreditation } = program;
  const known = <T>(value: T | null | undefined | '') => (value == null || value === '' ? null : value);
  const rows: [string, Child][] = [
    [tr.t('credential'), known(program.credential)],
    [tr.t('discipline'), tr.label('discipline', program.discipline)],
    [tr.t('cip'), known(program.cip_code)],
    [tr.t('epc'), known(program.cahiim_epc)],
    [tr.t('creditHours'), program.credit_hours == null ? null : tr.number(program.credit_hours)],
    [tr.t('duration'), program.duration_months == null ? null : tr.t('months', { n: program.duration_months })],
    [tr.t('institution'), schoolText(institution)],
    [tr.t('control'), tr.label('institution_control', institution.control) || null],
    [
      tr.t('institutionWebsite'),
      externalLink(tr, institution.website, institution.website || '', {
        'data-out': 'institution',
        'data-id': program.id,
      }),
    ],
    [tr.t('cahiimStatus'), known(accreditation.status_label)],
    [tr.t('statusSince'), accreditation.status_since ? tr.date(accreditation.status_since) : null],
    [
      tr.t('initial'),
      accreditation.initial_accreditation_date ? tr.date(accreditation.initial_accreditation_date) : null,
    ],
    [tr.t('nextReviewFull'), known(accreditation.next_review_year)],
    [
      tr.t('outcomesPage'),
      externalLink(tr, program.urls?.outcomes, tr.t('allOutcomes'), { 'data-out': 'outcomes', 'data-id': program.id }),
    ],
    [
      tr.t('contact'),
      [program.contact?.name, program.contact?.email, program.contact?.phone].filter(Boolean).join(' · ') || null,
    ],
    [tr.t('source'), tr.label('source', program.source)],
    [tr.t('updated'), program.updated_at ? tr.date(program.updated_at) : null],
  ];
  const history = accreditation.history || [];
  return [
    program.description ? h('p', { class: 'desc' }, program.description) : null,
    h(
      'dl',
      { class: 'record' },
      rows.map(([term, value]) => fact(term, value ?? tr.t('notReported'))),
    ),
    charts,
    h('h4', null, tr.t('history')),
    history.length
      ? h(
          'ol',
          { class: 'history' },
          history.map((action) =>
            h(
              'li',
              null,
              h('time', { datetime: action.date }, tr.date(action.date)),
              ` — ${tr.label('accreditation_action', action.action)}`,
              action.note ? `: ${action.note}` : '',
            ),
          ),
        )
      : h('p', null, tr.t('notReported')),
  ];
}
