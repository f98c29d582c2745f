// <program-finder>: search, filter, compare and map CAHIIM-accredited HIM programs.
import {
  activeFilters,
  DEFAULT_RADIUS,
  defaultSort,
  emptySearch,
  getJson,
  loadOccupations,
  loadUsMap,
  loadVocabularies,
  MULTI,
  PARAMS,
  parseValue,
  RADII,
  SINGLE,
  SORTS,
  toQuery,
} from './api.js';
import { card, detailsContent } from './cards.js';
import { outcomeCharts, payChart } from './charts.js';
import { compareTable } from './compare.js';
import { h, uid } from './dom.js';
import { renderFilters } from './filters.js';
import { pickLanguage, translator } from './i18n.js';
import { renderMap } from './map.js';
import { CSS } from './styles.js';
import { attachSuggest } from './suggest.js';

// document.currentScript is only set while the script is first evaluated: capture it now.
const SCRIPT = document.currentScript?.src;
const ORIGIN = SCRIPT ? new URL(SCRIPT, location.href).origin : location.origin;
const MAX_COMPARE = 5;
const attributeOf = (key) => key.replace(/_/g, '-');

// Constructed stylesheets are not subject to the host page's CSP style-src; <style> is the fallback.
let sheet = null;
try {
  sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
} catch {
  sheet = null;
}

export class ProgramFinder extends HTMLElement {
  static get observedAttributes() {
    return ['api', 'lang', 'view', 'tiles', 'tile-attribution', 'program', ...PARAMS.map(attributeOf)];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    if (sheet) this.shadowRoot.adoptedStyleSheets = [sheet];
    this._search = emptySearch();
    this._items = []; // the programs shown, pages appended
    this._total = 0;
    this._cursor = null;
    this._facets = null;
    this._vocab = null;
    this._view = 'list';
    this._chosen = new Map(); // id -> program, in the order chosen for comparison
    this._compared = null; // the full records while the comparison shows
    this._picked = null; // the program whose card the map shows
    this._records = new Map(); // id -> Promise of the full record
    this._key = ''; // the list URL shown or in flight, to skip repeats
    this._ctrl = null; // AbortController of the search in flight
  }

  connectedCallback() {
    if (!this._el) {
      for (const key of PARAMS) this._search[key] = parseValue(key, this.getAttribute(attributeOf(key)));
      this._view = this.getAttribute('view') === 'map' ? 'map' : 'list';
      this._build();
      this._feature(this.getAttribute('program'));
    }
    this._run();
  }

  /** `program` (an id or slug): that program's card, its details open, above the results. */
  async _feature(idOrSlug) {
    this._el.featured.replaceChildren();
    if (!idOrSlug) return;
    const answer = await this._record(idOrSlug);
    if (!answer.ok) return;
    const item = card(answer.body, this._cardContext());
    this._el.featured.replaceChildren(h('ul', { class: 'cards' }, item));
    item.querySelector('button[aria-controls]')?.click();
  }

  disconnectedCallback() {
    clearTimeout(this._timer);
    clearTimeout(this._loadingTimer);
    if (this._ctrl) {
      this._ctrl.abort();
      this._ctrl = null;
      this._key = '';
    }
  }

  attributeChangedCallback(name, old, value) {
    if (old === value || !this._el) return; // before the first connect, connectedCallback reads them all
    if (name === 'lang') return this._rebuild();
    if (name === 'view') return this._setView(value === 'map' ? 'map' : 'list');
    if (name === 'tiles' || name === 'tile-attribution') return this._renderMap();
    if (name === 'program') return this._feature(value);
    const key = PARAMS.find((k) => attributeOf(k) === name);
    if (key) this._search[key] = parseValue(key, value);
    if (name === 'api') {
      this._records.clear();
      this._facets = null;
      this._key = '';
    }
    this._syncControls();
    // Several attributes changed together make one search.
    if (this._queued) return;
    this._queued = true;
    queueMicrotask(() => {
      this._queued = false;
      if (this.isConnected) this._run();
    });
  }

  get _api() {
    return (this.getAttribute('api') || ORIGIN).trim().replace(/\/+$/, '');
  }

  get _lang() {
    return pickLanguage(this.getAttribute('lang') || this.closest('[lang]')?.lang || document.documentElement.lang);
  }

  get _tr() {
    if (!this._translator || this._translator.lang !== this._lang || this._translatorVocab !== this._vocab) {
      this._translator = translator(this._lang, this._vocab);
      this._translatorVocab = this._vocab;
    }
    return this._translator;
  }

  get _tiles() {
    return (this.getAttribute('tiles') || '').trim();
  }

  // ---- The page -----------------------------------------------------------------------------

  _build() {
    const tr = this._tr;
    const id = { q: uid('q'), near: uid('near'), radius: uid('radius'), sort: uid('sort'), box: uid('suggest') };
    const e = {};
    this._el = e;
    e.notice = h('p', { class: 'notice', part: 'notice', role: 'note', hidden: true }, tr.t('sample'));
    e.q = h('input', {
      id: id.q,
      name: 'q',
      part: 'search',
      type: 'search',
      maxlength: '200',
      autocomplete: 'off',
      enterkeyhint: 'search',
      placeholder: tr.t('searchHint'),
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': id.box,
      oninput: () => this._debounce(250),
    });
    e.suggestions = h('ul', { id: id.box, role: 'listbox', 'aria-label': tr.t('suggestions'), hidden: true });
    e.near = h('input', {
      id: id.near,
      name: 'near',
      part: 'near',
      type: 'text',
      inputmode: 'numeric',
      autocomplete: 'postal-code',
      maxlength: '40',
      // A search starts once five digits (or nothing) are typed; anything else waits for Enter.
      oninput: () => /^(\d{5})?$/.test(e.near.value.trim()) && this._debounce(300),
      onchange: () => this._run(),
    });
    e.radius = h('select', {
      id: id.radius,
      name: 'radius_mi',
      part: 'radius',
      onchange: () => this._set('radius_mi', e.radius.value),
    });
    e.sort = h('select', { id: id.sort, name: 'sort', part: 'sort', onchange: () => this._set('sort', e.sort.value) });
    const field = (forId, text, control, cls) =>
      h('div', { class: cls || 'field' }, h('label', { for: forId }, text), control);
    e.form = h(
      'form',
      {
        class: 'top',
        part: 'form',
        role: 'search',
        onsubmit: (event) => {
          event.preventDefault();
          this._suggest.close();
          this._run();
        },
      },
      field(
        id.q,
        tr.t('search'),
        [h('div', { class: 'row' }, e.q, h('button', { type: 'submit' }, tr.t('searchButton'))), e.suggestions],
        'field q',
      ),
      field(id.near, tr.t('near'), e.near),
      field(id.radius, tr.t('radius'), e.radius),
      field(id.sort, tr.t('sortBy'), e.sort),
    );
    this._suggest = attachSuggest(e.q, e.suggestions, {
      api: () => this._api,
      tr: () => this._tr,
      onPick: () => this._run(),
    });

    e.summary = h('summary');
    e.panel = h('div', { class: 'panel' });
    e.filters = h(
      'details',
      { class: 'filters', part: 'filters', open: this.getBoundingClientRect().width >= 760 },
      e.summary,
      h('button', { type: 'button', class: 'link clear', onclick: () => this._clearFilters() }, tr.t('clearFilters')),
      e.panel,
    );

    e.count = h('p', { class: 'count', part: 'count' });
    e.listButton = h(
      'button',
      { type: 'button', 'aria-pressed': 'true', onclick: () => this._setView('list') },
      tr.t('list'),
    );
    e.mapButton = h(
      'button',
      { type: 'button', 'aria-pressed': 'false', onclick: () => this._setView('map') },
      tr.t('map'),
    );
    e.trayText = h('span');
    e.compareButton = h('button', { type: 'button', part: 'compare-button', onclick: () => this._openCompare() });
    e.tray = h(
      'div',
      { class: 'tray', part: 'compare-tray', hidden: true },
      e.trayText,
      e.compareButton,
      h('button', { type: 'button', class: 'quiet', onclick: () => this._clearChoice() }, tr.t('clearChoice')),
    );
    e.error = h('p', { class: 'error', part: 'error', role: 'alert', hidden: true });
    e.featured = h('div', { class: 'featured', part: 'featured' });
    e.list = h('ul', { class: 'cards', part: 'list', 'aria-label': tr.t('programs') });
    e.map = h('div', { class: 'mapbox', part: 'map' });
    e.picked = h('div', { class: 'picked', 'aria-live': 'polite' });
    e.mapView = h('div', { hidden: true }, e.map, e.picked);
    e.more = h(
      'button',
      { type: 'button', class: 'more', part: 'more', hidden: true, onclick: () => this._more() },
      tr.t('more'),
    );
    e.results = h(
      'section',
      { class: 'results' },
      h('h2', { class: 'vh' }, tr.t('results')),
      h(
        'div',
        { class: 'head' },
        e.count,
        h('div', { class: 'views', role: 'group', 'aria-label': tr.t('view') }, e.listButton, e.mapButton),
      ),
      e.tray,
      e.error,
      e.featured,
      e.list,
      e.mapView,
      e.more,
    );
    e.layout = h('div', { class: 'layout' }, e.filters, e.results);

    e.compareHeading = h('h2', { tabindex: '-1' });
    e.onlyDiff = h('input', {
      type: 'checkbox',
      onchange: () => e.table?.classList.toggle('only-diff', e.onlyDiff.checked),
    });
    e.tableBox = h('div', { class: 'wrap', tabindex: '0', role: 'region', 'aria-label': tr.t('scrollTable') });
    e.compare = h(
      'section',
      { class: 'compare', part: 'compare', hidden: true },
      h(
        'div',
        { class: 'bar' },
        h('button', { type: 'button', class: 'quiet', onclick: () => this._closeCompare() }, tr.t('back')),
        h('label', null, e.onlyDiff, tr.t('onlyDiff')),
      ),
      e.compareHeading,
      e.tableBox,
    );
    e.status = h('p', { class: 'vh', role: 'status' });

    // The language the widget speaks, whatever the page around it speaks (screen readers follow it).
    this.shadowRoot.replaceChildren(
      ...(sheet ? [] : [h('style', null, CSS)]),
      h('div', { lang: tr.lang }, e.notice, e.form, e.layout, e.compare, e.status),
    );
    this._syncControls();
    this._setView(this._view);
  }

  /** A new language: everything is drawn again, keeping the search, the results and the choice. */
  _rebuild() {
    const focusedSearch = this.shadowRoot.activeElement === this._el.q;
    this._build();
    this._renderResults();
    this._feature(this.getAttribute('program'));
    if (this._compared) this._showCompare();
    if (focusedSearch) this._el.q.focus();
  }

  _syncControls() {
    const { _tr: tr, _el: e, _search: s } = this;
    if (e.q.value.trim() !== s.q) e.q.value = s.q;
    if (e.near.value.trim() !== s.near) e.near.value = s.near;
    const radii = [...RADII];
    if (s.radius_mi && !radii.includes(s.radius_mi)) radii.push(s.radius_mi);
    e.radius.replaceChildren(
      ...radii.sort((a, b) => a - b).map((r) => h('option', { value: r }, tr.t('miles', { n: tr.number(Number(r)) }))),
    );
    e.radius.value = s.radius_mi || DEFAULT_RADIUS;
    this._renderSort();
    this._renderFilters();
  }

  _renderSort() {
    const { _tr: tr, _search: s } = this;
    const sorts = SORTS.filter((sort) => (sort !== 'relevance' || s.q) && (sort !== 'distance' || s.near));
    if (s.sort && !sorts.includes(s.sort)) sorts.push(s.sort);
    this._el.sort.replaceChildren(...sorts.map((sort) => h('option', { value: sort }, tr.t(`sort:${sort}`))));
    this._el.sort.value = s.sort || defaultSort(s);
  }

  _renderFilters() {
    const tr = this._tr;
    const n = activeFilters(this._search);
    this._el.summary.replaceChildren(
      tr.t('filters'),
      n ? ` (${n === 1 ? tr.t('activeFilter1') : tr.t('activeFilters', { n })})` : '',
    );
    renderFilters(this._el.panel, {
      tr,
      search: this._search,
      facets: this._facets,
      onChange: (key, value) => this._set(key, value),
    });
  }

  // ---- Searching ----------------------------------------------------------------------------

  _set(key, value) {
    this._search[key] = value;
    this._run();
  }

  _clearFilters() {
    for (const key of MULTI) this._search[key] = [];
    for (const key of Object.keys(SINGLE)) this._search[key] = '';
    this._run();
  }

  _debounce(ms) {
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this._run(), ms);
  }

  /** Starts the search the controls show, unless it is already shown or on its way. */
  async _run() {
    clearTimeout(this._timer);
    const s = this._search;
    s.q = this._el.q.value.trim().slice(0, 200);
    s.near = this._el.near.value.trim();
    // A sort that needs what is no longer there falls back to the API's default.
    if ((s.sort === 'relevance' && !s.q) || (s.sort === 'distance' && !s.near)) s.sort = '';
    const api = this._api;
    const query = toQuery(s, 'list');
    const url = `${api}/v1/programs?${query}`;
    this._renderSort();
    this._renderFilters();
    if (url === this._key) return;
    this._key = url;
    this._syncAddress();
    await this._fetch(url, `${api}/v1/programs/facets?${toQuery(s, 'filters')}`, false);
  }

  _more() {
    if (!this._cursor || this._ctrl) return;
    // Move focus to the new results only when the button was used (it may disappear).
    this._focusNew = this.shadowRoot.activeElement === this._el.more;
    const url = new URL(this._key, location.href);
    url.searchParams.set('cursor', this._cursor);
    this._fetch(url.href, null, true);
  }

  async _fetch(url, facetsUrl, more) {
    // An older answer must never overwrite a newer one.
    if (this._ctrl) this._ctrl.abort();
    const ctrl = new AbortController();
    this._ctrl = ctrl;
    this._busy(true);
    let answers;
    try {
      answers = await Promise.all([
        getJson(url, ctrl.signal),
        facetsUrl ? getJson(facetsUrl, ctrl.signal) : null,
        loadVocabularies(this._api),
        loadOccupations(this._api),
      ]);
    } catch {
      return; // aborted: a newer search is on its way
    }
    if (ctrl !== this._ctrl) return;
    this._ctrl = null;
    this._busy(false);
    const [list, facets, vocab, occupations] = answers;
    this._vocabulary(vocab, occupations);
    if (facets) this._facets = facets.ok ? facets.body : null;
    if (list.ok && Array.isArray(list.body.data)) this._show(list.body, more);
    else this._fail(list, more);
    if (!more) this._renderFilters();
  }

  /** The vocabularies with the occupations as one more (their titles label the Careers filter). */
  _vocabulary(vocab, occupations) {
    if ((!vocab || vocab === this._vocabAnswer) && (!occupations || occupations === this._occupationsAnswer)) return;
    this._vocabAnswer = vocab || this._vocabAnswer;
    this._occupationsAnswer = occupations || this._occupationsAnswer;
    const list = Array.isArray(this._occupationsAnswer?.data) ? this._occupationsAnswer.data : [];
    this._occupations = new Map(list.map((o) => [o.soc_code, o]));
    this._vocab = {
      ...this._vocabAnswer,
      occupation: list.map((o) => ({ value: o.soc_code, label: o.title, description: o.description })),
    };
  }

  _busy(on) {
    const e = this._el;
    e.results.setAttribute('aria-busy', String(on));
    // aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
    e.more.setAttribute('aria-disabled', String(on));
    clearTimeout(this._loadingTimer);
    // Announced only when it takes a while: a screen reader should not hear it at every keystroke.
    if (on) this._loadingTimer = setTimeout(() => this._announce(this._tr.t('loading')), 400);
  }

  _announce(text) {
    // Emptied first, so that the same text twice is announced twice.
    this._el.status.textContent = '';
    setTimeout(() => {
      this._el.status.textContent = text;
    }, 50);
  }

  _show(body, more) {
    const meta = body.meta || {};
    if (!more) {
      this._items = [];
      this._picked = null;
    }
    const first = this._items.length;
    this._items.push(...body.data.filter(Boolean));
    this._total = typeof meta.total === 'number' ? meta.total : this._items.length;
    this._cursor = meta.next_cursor || null;
    this._el.error.hidden = true;
    this._renderResults(more ? first : 0);
    this._renderSort();
    this._announce(this._el.count.textContent);
    if (more && this._focusNew) this._el.list.children[first]?.focus();
    this._emit('pf-results', {
      total: this._total,
      shown: this._items.length,
      append: more,
      next_cursor: this._cursor,
      query: new URL(this._key, location.href).search.slice(1),
    });
  }

  _fail(answer, more) {
    this._key = ''; // the same search may be tried again
    if (!more) {
      // Results that do not match the filters now shown must not stay.
      this._items = [];
      this._total = 0;
      this._cursor = null;
      this._renderResults();
      this._el.count.textContent = '';
    }
    const detail = answer.body?.detail || answer.body?.title;
    const message = !answer.status
      ? this._tr.t('unreachable')
      : typeof detail === 'string' && detail
        ? detail
        : this._tr.t('failed', { n: answer.status });
    this._el.error.textContent = message;
    this._el.error.hidden = false;
    this._emit('pf-error', { status: answer.status, message, problem: answer.status ? answer.body : null });
  }

  _emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** On /embed (attribute url-state) the address bar holds the search, so it can be shared and reloaded. */
  _syncAddress() {
    if (!this.hasAttribute('url-state')) return;
    const params = toQuery(this._search, 'url');
    const lang = new URLSearchParams(location.search).get('lang');
    if (lang) params.set('lang', lang);
    const next = `${location.pathname}${params.size ? `?${params}` : ''}${location.hash}`;
    if (next !== `${location.pathname}${location.search}${location.hash}`)
      history.replaceState(history.state, '', next);
  }

  // ---- Results: list and map ----------------------------------------------------------------

  _cardContext() {
    return {
      tr: this._tr,
      chosen: this._chosen,
      canChoose: () => this._chosen.size < MAX_COMPARE,
      onChoose: (program, on) => this._choose(program, on),
      onDetails: (program, panel, button) => this._toggleDetails(program, panel, button),
    };
  }

  /** Draws the cards from index `from` on (0: all of them), the count, the notice and the map. */
  _renderResults(from = 0) {
    const e = this._el;
    const ctx = this._cardContext();
    const cards = this._items.slice(from).map((program) => card(program, ctx));
    if (from) e.list.append(...cards);
    else e.list.replaceChildren(...cards);
    e.list.hidden = this._view !== 'list' || !this._items.length;
    e.more.hidden = !this._cursor;
    e.count.textContent = this._key || this._items.length ? this._tr.count(this._total, this._items.length) : '';
    this._renderTray();
    this._renderNotice();
    if (this._view === 'map') this._renderMap();
  }

  _renderNotice() {
    const shown = this._compared || this._items;
    this._el.notice.hidden = !shown.some((program) => program.source === 'sample');
  }

  _setView(view) {
    const e = this._el;
    this._view = view;
    e.list.hidden = view !== 'list' || !this._items.length;
    e.mapView.hidden = view !== 'map';
    e.listButton.setAttribute('aria-pressed', String(view === 'list'));
    e.mapButton.setAttribute('aria-pressed', String(view === 'map'));
    if (view === 'map') this._renderMap();
  }

  async _renderMap() {
    if (this._view !== 'map' || !this._el) return;
    const tiles = this._tiles;
    const shapes = tiles ? null : await loadUsMap(this._api);
    if (this._view !== 'map') return;
    renderMap(this._el.map, {
      tr: this._tr,
      programs: this._items,
      total: this._total,
      shapes,
      tiles,
      attribution: this.getAttribute('tile-attribution') || '',
      picked: this._picked,
      onPick: (program) => this._pick(program),
    });
    const picked = this._items.find((program) => program.id === this._picked);
    this._el.picked.replaceChildren(...(picked ? [h('ul', null, card(picked, this._cardContext()))] : []));
  }

  /** A dot was chosen: its card shows under the map. */
  _pick(program) {
    this._picked = program.id;
    for (const dot of this._el.map.querySelectorAll('.dot')) {
      const on = dot.dataset.id === program.id;
      dot.classList.toggle('on', on);
      dot.setAttribute('aria-pressed', String(on));
    }
    this._el.picked.replaceChildren(h('ul', null, card(program, this._cardContext())));
  }

  async _toggleDetails(program, panel, button) {
    const tr = this._tr;
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    button.firstChild.textContent = tr.t(open ? 'hideDetails' : 'details');
    panel.hidden = !open;
    if (!open || panel.dataset.loaded) return;
    panel.replaceChildren(h('p', { role: 'status' }, tr.t('loadingDetails')));
    const [answer, occupations] = await Promise.all([this._record(program.id), loadOccupations(this._api)]);
    this._vocabulary(null, occupations);
    if (!answer.ok) {
      this._records.delete(program.id);
      panel.replaceChildren(
        h('p', { class: 'error', role: 'alert' }, answer.body?.detail || tr.t('failed', { n: answer.status })),
      );
      return;
    }
    // Without the occupations (their request failed) the pay shows the medians alone, till the next opening.
    if (occupations) panel.dataset.loaded = 'true';
    const record = answer.body;
    const now = this._tr; // with the occupations' titles, if they just arrived
    panel.replaceChildren(
      h(
        'div',
        null,
        detailsContent(now, record, [payChart(now, record.careers, this._occupations), outcomeCharts(now, record)]),
      ),
    );
  }

  _record(id) {
    if (!this._records.has(id)) this._records.set(id, getJson(`${this._api}/v1/programs/${encodeURIComponent(id)}`));
    return this._records.get(id);
  }

  // ---- Comparing ----------------------------------------------------------------------------

  _choose(program, on) {
    if (on && this._chosen.size < MAX_COMPARE) this._chosen.set(program.id, program);
    else if (!on) this._chosen.delete(program.id);
    this._renderTray();
  }

  _clearChoice() {
    this._chosen.clear();
    this._renderTray();
    this._el.list.querySelector('.pick')?.focus();
  }

  /** The compare bar, and the compare boxes of the cards (no sixth program can be chosen). */
  _renderTray() {
    const { _tr: tr, _el: e } = this;
    const n = this._chosen.size;
    e.tray.hidden = n === 0;
    e.trayText.textContent = n >= 2 ? tr.t('chosen', { n }) : `${tr.t('chosen', { n })}. ${tr.t('chooseTwo')}`;
    e.compareButton.textContent = tr.t('compareN', { n });
    e.compareButton.disabled = n < 2;
    for (const box of this.shadowRoot.querySelectorAll('.card .pick')) {
      const id = box.closest('.card').dataset.id;
      box.checked = this._chosen.has(id);
      box.disabled = !box.checked && n >= MAX_COMPARE;
    }
  }

  async _openCompare() {
    if (this._chosen.size < 2) return;
    const ids = [...this._chosen.keys()];
    const answer = await getJson(`${this._api}/v1/programs/compare?ids=${ids.map(encodeURIComponent).join(',')}`);
    if (!answer.ok || !Array.isArray(answer.body.data)) {
      this._el.error.textContent = answer.body?.detail || this._tr.t('failed', { n: answer.status });
      this._el.error.hidden = false;
      return;
    }
    this._compared = answer.body.data;
    this._showCompare();
    this._el.compareHeading.focus();
  }

  _showCompare() {
    const { _tr: tr, _el: e } = this;
    const programs = this._compared;
    const services = (this._vocab?.career_services || []).map((term) => term.value);
    e.compareHeading.textContent = tr.t('comparing', { n: programs.length });
    e.table = compareTable(programs, {
      tr,
      services: services.length ? services : [...new Set(programs.flatMap((p) => p.career_services || []))],
      onRemove: (program) => {
        this._chosen.delete(program.id);
        this._compared = this._compared.filter((p) => p.id !== program.id);
        if (this._compared.length < 2) return this._closeCompare();
        this._showCompare();
        e.compareHeading.focus();
      },
    });
    e.table.classList.toggle('only-diff', e.onlyDiff.checked);
    e.tableBox.replaceChildren(e.table);
    e.form.hidden = true;
    e.layout.hidden = true;
    e.compare.hidden = false;
    this._renderNotice();
  }

  _closeCompare() {
    const e = this._el;
    this._compared = null;
    e.compare.hidden = true;
    e.form.hidden = false;
    e.layout.hidden = false;
    this._renderTray();
    this._renderNotice();
    (e.tray.hidden || e.compareButton.disabled ? e.q : e.compareButton).focus();
  }
}
