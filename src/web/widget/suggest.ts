// Type-ahead from GET /v1/suggest on the search box, as an ARIA 1.2 combobox with a list box.
import { getJson } from './api.js';
import { h, uid } from './dom.js';

/**
 * Wires `input` (role=combobox) to `listbox`. `api()` gives the base URL, `tr()` the texts,
 * `onPick(item)` runs the search for a chosen suggestion. Optional: `keep(item)` which kinds to
 * offer, `text(item)` what the box then holds, `count(item)` a promise of how many programs the
 * suggestion would find under the current filters: those that would find none are left out, so
 * that no suggestion leads to an empty page.
 */
export function attachSuggest(
  input,
  listbox,
  { api, tr, onPick, keep = () => true, text = (item) => item.text, count },
) {
  let items = [];
  let active = -1;
  let timer = 0;
  let controller = null;

  const close = () => {
    items = [];
    active = -1;
    listbox.replaceChildren();
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const highlight = (index) => {
    active = index;
    for (const [i, option] of [...listbox.children].entries())
      option.setAttribute('aria-selected', String(i === index));
    const option = listbox.children[index];
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const pick = (index) => {
    const item = items[index];
    if (!item) return;
    close();
    input.value = text(item);
    onPick(item);
  };

  const show = (list) => {
    items = list;
    active = -1;
    const texts = tr();
    listbox.replaceChildren(
      ...list.map((item, i) =>
        h(
          'li',
          {
            id: uid('option'),
            role: 'option',
            'aria-selected': 'false',
            // mousedown would move focus away from the box before the click lands.
            onmousedown: (event) => event.preventDefault(),
            onclick: () => pick(i),
          },
          item.text,
          h(
            'span',
            { class: 'kind' },
            ` ${texts.t(`type:${item.type}`)}${item.state ? ` · ${item.state}` : ''}`,
            typeof item.n === 'number' ? ` · ${texts.t('nPrograms', { n: texts.number(item.n) })}` : '',
          ),
        ),
      ),
    );
    listbox.hidden = !list.length;
    input.setAttribute('aria-expanded', String(list.length > 0));
  };

  const fetchSuggestions = async () => {
    const q = input.value.trim();
    if (controller) controller.abort();
    if (q.length < 2) return close();
    controller = new AbortController();
    const { signal } = controller;
    try {
      const answer = await getJson(
        `${api()}/v1/suggest?${new URLSearchParams({ q: q.slice(0, 100), limit: '8' })}`,
        signal,
      );
      if (signal.aborted) return;
      if (!answer.ok || !Array.isArray(answer.body.data)) return close();
      let list = answer.body.data.filter(keep);
      if (count) {
        const counts = await Promise.all(list.map((item) => count(item, signal)));
        if (signal.aborted) return;
        list = list.map((item, i) => ({ ...item, n: counts[i] })).filter((item) => item.n !== 0);
      }
      if (input.matches(':focus')) show(list.slice(0, 8));
      else close();
    } catch {
      // Aborted by a newer keystroke.
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 150);
  });
  input.addEventListener('blur', () => {
    clearTimeout(timer);
    close();
  });
  input.addEventListener('keydown', (event) => {
    const open = !listbox.hidden && items.length > 0;
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      highlight((active + 1) % items.length);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      highlight(active <= 0 ? items.length - 1 : active - 1);
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  });

  return { close };
}
