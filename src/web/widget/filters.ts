// The filter panel: a group of choices per filter, each with the count GET /v1/programs/facets gives it.
import { BOOLEAN, MULTI, SINGLE } from './api.js';
import { h, uid } from './dom.js';

/**
 * Renders the panel's groups into `panel` for a search and its facets (null until they arrive).
 * `onChange(key, value)` gets a list for multi-valued filters, a string for the others.
 * Focus and the scroll position of long lists survive re-rendering.
 */
export function renderFilters(panel, { tr, search, facets, onChange }) {
  const focused = panel.getRootNode().activeElement;
  const focusKey = focused && panel.contains(focused) ? `${focused.name}=${focused.value}` : null;
  const scrolled = [...panel.querySelectorAll('[data-scroll]')].map((box) => [box.dataset.scroll, box.scrollTop]);

  panel.replaceChildren(
    ...MULTI.map((key) => multiGroup(key, { tr, search, facets, onChange })),
    ...Object.keys(SINGLE).map((key) => singleGroup(key, { tr, search, facets, onChange })),
  );

  for (const [key, top] of scrolled) {
    const box = panel.querySelector(`[data-scroll="${key}"]`);
    if (box) box.scrollTop = top;
  }
  if (focusKey) {
    for (const input of panel.querySelectorAll('input,select')) {
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
function valuesOf(key, { tr, search, facets }) {
  const counts = facets?.facets?.[key] || {};
  const values = Object.keys(counts);
  for (const value of search[key]) if (!values.includes(value)) values.push(value);
  if (key === 'state' || key === 'occupation')
    values.sort((a, b) => tr.label(key, a).localeCompare(tr.label(key, b), tr.lang));
  return { values, counts };
}

const countText = (tr, n) => (typeof n === 'number' ? ` (${tr.number(n)})` : '');

function multiGroup(key, { tr, search, facets, onChange }) {
  const { values, counts } = valuesOf(key, { tr, search, facets });
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
        onchange: (event) => {
          const next = search[key].filter((v) => v !== value);
          if (event.target.checked) next.push(value);
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

function singleGroup(key, { tr, search, facets, onChange }) {
  const id = uid(key);
  const value = search[key];
  if (BOOLEAN.includes(key)) {
    const counts = facets?.facets?.[key] || {};
    const choice = (v, text) =>
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
  const show = (v) => (key === 'max_tuition' ? tr.money(Number(v)) : tr.percent(Number(v)));
  return h(
    'div',
    { class: 'group field', 'data-facet': key },
    h('label', { for: id }, tr.t(`f:${key}`)),
    h(
      'select',
      { id, name: key, onchange: (event) => onChange(key, event.target.value) },
      h('option', { value: '' }, tr.t('any')),
      choices
        .sort((a, b) => Number(a) - Number(b))
        .map((v) => h('option', { value: v, selected: v === value }, show(v))),
    ),
  );
}
