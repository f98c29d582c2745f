// Type-ahead from GET /v1/suggest on the search box, as an ARIA 1.2 combobox with a list box.
import { getJson } from './api.js';
import { h, uid } from './dom.js';
import type { Translator } from './i18n.js';
import type { Suggestion, SuggestionList } from './types.js';

interface SuggestOptions<T extends Suggestion> {
  api: () => string;
  tr: () => Translator;
  onPick: (item: T) => void;
  keep?: (item: Suggestion) => item is T;
  text?: (item: T) => string;
  count?: (item: T, signal: AbortSignal) => Promise<number | null>;
}

/**
 * Wires `input` (role=combobox) to `listbox`. `api()` gives the base URL, `tr()` the texts,
 * `onPick(item)` runs the search for a chosen suggestion. Optional: `keep(item)` which kinds to
 * offer, `text(item)` what the box then holds, `count(item)` a promise of how many programs the
 * suggestion would find under the current filters: those that would find none are left out, so
 * that no suggestion leads to an empty page.
 */
export function attachSuggest<T extends Suggestion = Suggestion>(
  input: HTMLInputElement,
  listbox: HTMLElement,
  { api, tr, onPick, keep = (item): item is T => Boolean(item), text = (item) => item.text, count }: SuggestOptions<T>,
) {
  let items: (T & { n?: number | null })[] = [];
  let active = -1;
  let timer = 0;
  let controller: AbortController | null = null;

  const close = () => {
    items = [];
    active = -1;
    listbox.replaceChildren();
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const highlight = (index: number) => {
    active = index;
    for (const [i, option] of [...listbox.children].entries())
      option.setAttribute('aria-selected', String(i === index));
    const option = listbox.children[index];
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const pick = (index: number) => {
    const item = items[index];
    if (!item) return;
    close();
    input.value = text(item);
    onPick(item);
  };

  const show = (list: (T & { n?: number | null })[]) => {
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
            onmousedown: (event: MouseEvent) => event.preventDefault(),
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
      const answer = await getJson<SuggestionList>(
        `${api()}/v1/suggest?${new URLSearchParams({ q: q.slice(0, 100), limit: '8' })}`,
        signal,
      );
      if (signal.aborted) return;
      if (!answer.ok || !Array.isArray(answer.body.data)) return close();
      let list: (T & { n?: number | null })[] = answer.body.data.filter(keep);
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
    timer = window.setTimeout(fetchSuggestions, 150);
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
