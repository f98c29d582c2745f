// The filter panel: a group of choices per filter, each with the count GET /v1/programs/facets gives it.
import { h, uid } from './dom.js';
import type { Translator } from './i18n.js';
import {
  BOOLEAN,
  type BooleanKey,
  MULTI,
  type MultiKey,
  type Search,
  SINGLE,
  SINGLE_KEYS,
  type SingleKey,
} from './search.js';
import type { ProgramFacets } from './types.js';

/** What the panel shows, and where a change goes. */
interface PanelContext {
  tr: Translator;
  search: Search;
  facets: ProgramFacets | null;
  onChange: <K extends MultiKey | SingleKey>(key: K, value: Search[K]) => void;
}

/** The counts of a facet by value (a filter the API counts nothing for has none). */
const countsOf = (facets: ProgramFacets | null, key: MultiKey | BooleanKey): Partial<Record<string, number>> =>
  facets?.facets?.[key] ?? {};
const isBoolean = (key: SingleKey): key is BooleanKey => (BOOLEAN as string[]).includes(key);

/**
 * Renders the panel's groups into `panel` for a search and its facets (null until they arrive).
 * `onChange(key, value)` gets a list for multi-valued filters, a string for the others.
 * Focus and the scroll position of long lists survive re-rendering.
 */
export function renderFilters(panel: HTMLElement, { tr, search, facets, onChange }: PanelContext) {
  const focused = (panel.getRootNode() as Document | ShadowRoot).activeElement as HTMLInputElement | null;
  const focusKey = focused && panel.contains(focused) ? `${focused.name}=${focused.value}` : null;
  const scrolled = [...panel.querySelectorAll<HTMLElement>('[data-scroll]')].map(
    (box) => [box.dataset.scroll, box.scrollTop] as const,
  );

  panel.replaceChildren(
    ...MULTI.map((key) => multiGroup(key, { tr, search, facets, onChange })),
    ...SINGLE_KEYS.map((key) => singleGroup(key, { tr, search, facets, onChange })),
  );

  for (const [key, top] of scrolled) {
    const box = panel.querySelector(`[data-scroll="${key}"]`);
    if (box) box.scrollTop = top;
  }
  if (focusKey) {
    for (const input of panel.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input,select')) {
      if (
        `${input.name}=${input.value}` === focusKey ||
        (input.tagName === 'SELECT' && focusKey.startsWith(`${input.name}=`))
      ) {
        input.focus();
        break;
      }
    }
  }
}

/** The values a multi-valued filter offers: the facet's (states only where there are matches) and any chosen. */
function valuesOf(key: MultiKey, { tr, search, facets }: PanelContext) {
  const counts = countsOf(facets, key);
  const values = Object.keys(counts);
  for (const value of search[key]) if (!values.includes(value)) values.push(value);
  if (key === 'state' || key === 'occupation')
    values.sort((a, b) => tr.label(key, a).localeCompare(tr.label(key, b), tr.lang));
  return { values, counts };
}

const countText = (tr: Translator, n: number | undefined) => (typeof n === 'number' ? ` (${tr.number(n)})` : '');

function multiGroup(key: MultiKey, context: PanelContext) {
  const { tr, search, onChange } = context;
  const { values, counts } = valuesOf(key, context);
  const chosen = new Set(search[key]);
  const options = values.map((value) =>
    h(
      'label',
      { class: 'opt', 'data-value': value, title: tr.description(key, value) || null },
      h('input', {
        type: 'checkbox',
        name: key,
        value,
        checked: chosen.has(value),
        onchange: (event: Event) => {
          const next = search[key].filter((v) => v !== value);
          if ((event.target as HTMLInputElement).checked) next.push(value);
          onChange(key, next);
        },
      }),
      h(
        'span',
        null,
        value === 'any' ? tr.t('any') : tr.label(key, value),
        h('span', { class: 'n' }, countText(tr, counts[value])),
      ),
    ),
  );
  return h(
    'fieldset',
    { class: 'group', 'data-facet': key },
    h('legend', null, tr.t(`f:${key}`)),
    key === 'accreditation_status' ? h('p', { class: 'hint' }, tr.t('statusHint')) : null,
    // The states make a long list: it scrolls in a box of its own.
    key === 'state' ? h('div', { class: 'scroll', 'data-scroll': key }, options) : options,
  );
}

function singleGroup(key: SingleKey, { tr, search, facets, onChange }: PanelContext) {
  const id = uid(key);
  const value = search[key];
  if (isBoolean(key)) {
    const counts = countsOf(facets, key);
    const choice = (v: string, text: string) =>
      h(
        'label',
        { class: 'opt', 'data-value': v || 'any' },
        h('input', { type: 'radio', name: key, value: v, checked: value === v, onchange: () => onChange(key, v) }),
        h('span', null, text, h('span', { class: 'n' }, v ? countText(tr, counts[v]) : '')),
      );
    return h(
      'fieldset',
      { class: 'group', 'data-facet': key },
      h('legend', null, tr.t(`f:${key}`)),
      choice('', tr.t('any')),
      choice('true', tr.t('yes')),
      choice('false', tr.t('no')),
    );
  }
  const choices = [...SINGLE[key]];
  if (value && !choices.includes(value)) choices.push(value);
  const show = (v: string) => (key === 'max_tuition' ? tr.money(Number(v)) : tr.percent(Number(v)));
  return h(
    'div',
    { class: 'group field', 'data-facet': key },
    h('label', { for: id }, tr.t(`f:${key}`)),
    h(
      'select',
      { id, name: key, onchange: (event: Event) => onChange(key, (event.target as HTMLSelectElement).value) },
      h('option', { value: '' }, tr.t('any')),
      choices
        .sort((a, b) => Number(a) - Number(b))
        .map((v) => h('option', { value: v, selected: v === value }, show(v))),
    ),
  );
}
