// <program-finder>: search, filter, compare and map CAHIIM-accredited HIM programs.
import type { SortKey } from '../../schemas/program-sort.js';
import {
  type Answer,
  countOf,
  findPlace,
  getJson,
  loadOccupations,
  loadUsMap,
  loadVocabularies,
  type Place,
} from './api.js';
import { type CardContext, card, detailsContent } from './cards.js';
import { outcomeCharts, payChart } from './charts.js';
import { compareTable } from './compare.js';
import { type Child, h, uid } from './dom.js';
import { renderFilters } from './filters.js';
import { failureKey, pickLanguage, type Translator, translator } from './i18n.js';
import { renderMap } from './map.js';
import {
  activeFilters,
  attributeOf,
  type CardProgram,
  clearFilters,
  DEFAULT_RADIUS,
  defaultSort,
  emptySearch,
  fromAddress,
  idsOf,
  includesOnline,
  MAP_FIELDS,
  MAX_COMPARE,
  type MapProgram,
  PARAMS,
  type Param,
  PLACE,
  RADII,
  type Search,
  SORTS,
  setParam,
  toAddress,
  toQuery,
  withoutRefused,
} from './search.js';
import { CSS } from './styles.js';
import { attachSuggest } from './suggest.js';
import type {
  CitySuggestion,
  Occupation,
  OccupationList,
  Problem,
  Program,
  ProgramComparison,
  ProgramDetail,
  ProgramFacets,
  ProgramFieldsList,
  Vocab,
  Vocabularies,
} from './types.js';
import { waysOut, worthOffering } from './ways.js';

const isSortKey = (sort: string): sort is SortKey => (SORTS as readonly string[]).includes(sort);

// document.currentScript is only set while the script is first evaluated: capture it now.
const SCRIPT = (document.currentScript as HTMLScriptElement | null)?.src;
const ORIGIN = SCRIPT ? new URL(SCRIPT, location.href).origin : location.origin;

// Constructed stylesheets are not subject to the host page's CSP style-src; <style> is the fallback.
let sheet: CSSStyleSheet | null = null;
try {
  sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
} catch {
  sheet = null;
}

/** A page of GET /v1/programs as asked for (with `fields`): the card fields of each program. */
type ListPage = Omit<ProgramFieldsList, 'data'> & { data: CardProgram[] };

/** The elements of the page the element draws, by name. */
interface Elements {
  skip: HTMLAnchorElement;
  langButton: HTMLButtonElement;
  notice: HTMLParagraphElement;
  q: HTMLInputElement;
  suggestions: HTMLUListElement;
  near: HTMLInputElement;
  places: HTMLUListElement;
  nearError: HTMLParagraphElement;
  radius: HTMLSelectElement;
  online: HTMLInputElement;
  onlineField: HTMLLabelElement;
  sort: HTMLSelectElement;
  form: HTMLFormElement;
  summary: HTMLElement;
  panel: HTMLDivElement;
  clear: HTMLButtonElement;
  filters: HTMLDetailsElement;
  drawerBody: HTMLDivElement;
  showButton: HTMLButtonElement;
  drawer: HTMLDialogElement;
  count: HTMLParagraphElement;
  listButton: HTMLButtonElement;
  mapButton: HTMLButtonElement;
  trayText: HTMLSpanElement;
  compareButton: HTMLButtonElement;
  tray: HTMLDivElement;
  errorText: HTMLSpanElement;
  error: HTMLDivElement;
  ways: HTMLDivElement;
  featured: HTMLDivElement;
  list: HTMLUListElement;
  map: HTMLDivElement;
  picked: HTMLDivElement;
  mapView: HTMLDivElement;
  more: HTMLButtonElement;
  results: HTMLElement;
  layout: HTMLDivElement;
  compareHeading: HTMLHeadingElement;
  onlyDiff: HTMLInputElement;
  tableBox: HTMLDivElement;
  compare: HTMLElement;
  status: HTMLParagraphElement;
  table?: HTMLTableElement;
}

export class ProgramFinder extends HTMLElement {
  static get observedAttributes() {
    return ['api', 'lang', 'view', 'tiles', 'tile-attribution', 'program', 'chosen', ...PARAMS.map(attributeOf)];
  }

  declare shadowRoot: ShadowRoot;
  private _search: Search = emptySearch();
  /** The programs shown, pages appended. */
  private _items: CardProgram[] = [];
  private _total = 0;
  private _cursor: string | null = null;
  private _facets: ProgramFacets | null = null;
  private _vocab: Vocab | null = null;
  private _view: 'list' | 'map' = 'list';
  /** id -> program, in the order chosen for comparison (null until its record is known). */
  private _chosen = new Map<string, CardProgram | Program | null>();
  /** The full records while the comparison shows. */
  private _compared: Program[] | null = null;
  /** The program whose card the map shows. */
  private _picked: string | null = null;
  /** id -> the answer of GET /v1/programs/{id}. */
  private _records = new Map<string, Promise<Answer<ProgramDetail>>>();
  /** The list URL shown or in flight, to skip repeats. */
  private _key = '';
  /** The search in flight. */
  private _ctrl: AbortController | null = null;
  /** A city chosen in the place box. */
  private _place: Place | null = null;
  /** query -> how many programs it finds (type-ahead). */
  private _counts = new Map<string, number>();
  private _onPop = () => this._restore();
  private _el!: Elements;
  private _suggest!: { close: () => void };
  private _resizer: ResizeObserver | null = null;
  private _height: number | null = null;
  private _timer = 0;
  private _loadingTimer = 0;
  private _queued = false;
  private _langFocus = false;
  private _focusNew = false;
  private _placeToken: object | null = null;
  private _translator: Translator | null = null;
  private _translatorVocab: Vocab | null = null;
  private _vocabAnswer: Vocabularies | null = null;
  private _occupationsAnswer: OccupationList | null = null;
  private _occupations = new Map<string, Occupation>();
  private _mapKey = '';
  private _mapItems: MapProgram[] | null = null;
  private _shownKey: string | null = null;
  private _shownNear: string | null = null;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    if (sheet) this.shadowRoot.adoptedStyleSheets = [sheet];
  }

  connectedCallback() {
    let compare = false;
    if (!this._el) {
      for (const key of PARAMS) setParam(this._search, key, this.getAttribute(attributeOf(key)));
      const view = this.getAttribute('view');
      this._view = view === 'map' ? 'map' : 'list';
      for (const id of idsOf(this.getAttribute('chosen'))) this._chosen.set(id, null);
      compare = view === 'compare' && this._chosen.size >= 2;
      this._build();
      this._feature(this.getAttribute('program'));
    }
    if (this.hasAttribute('url-state')) {
      addEventListener('popstate', this._onPop);
      this._reportHeight();
    }
    this._run(false);
    if (compare) this._openCompare(false);
  }

  /** In an iframe (/embed), the host page learns the height the finder needs, so it can size the frame. */
  private _reportHeight() {
    if (window.parent === window || this._resizer) return;
    this._resizer = new ResizeObserver(() => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === this._height) return;
      this._height = height;
      window.parent.postMessage({ type: 'pf-height', height }, '*');
    });
    this._resizer.observe(this);
  }

  /** `program` (an id or slug): that program's card, its details open, above the results. */
  private async _feature(idOrSlug: string | null) {
    this._el.featured.replaceChildren();
    if (!idOrSlug) return;
    const answer = await this._record(idOrSlug);
    if (!answer.ok) return;
    const item = card(answer.body, this._cardContext());
    this._el.featured.replaceChildren(h('ul', { class: 'cards' }, item));
    item.querySelector<HTMLButtonElement>('button[aria-controls]')?.click();
  }

  disconnectedCallback() {
    removeEventListener('popstate', this._onPop);
    this._resizer?.disconnect();
    this._resizer = null;
    clearTimeout(this._timer);
    clearTimeout(this._loadingTimer);
    if (this._ctrl) {
      this._ctrl.abort();
      this._ctrl = null;
      this._key = '';
    }
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null) {
    if (old === value || !this._el) return; // before the first connect, connectedCallback reads them all
    if (name === 'lang') return void this._rebuild();
    if (name === 'view') return void this._setView(value === 'map' ? 'map' : 'list', false);
    if (name === 'chosen') {
      this._chosen = new Map(idsOf(value).map((id) => [id, this._chosen.get(id) || null]));
      return void this._renderTray();
    }
    if (name === 'tiles' || name === 'tile-attribution') return void this._renderMap();
    if (name === 'program') return void this._feature(value);
    const key = PARAMS.find((k) => attributeOf(k) === name);
    if (key) setParam(this._search, key, value);
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
      if (this.isConnected) this._run(false);
    });
  }

  private get _api() {
    return (this.getAttribute('api') || ORIGIN).trim().replace(/\/+$/, '');
  }

  private get _lang() {
    return pickLanguage(
      this.getAttribute('lang') || this.closest<HTMLElement>('[lang]')?.lang || document.documentElement.lang,
    );
  }

  private get _tr() {
    if (!this._translator || this._translator.lang !== this._lang || this._translatorVocab !== this._vocab) {
      this._translator = translator(this._lang, this._vocab);
      this._translatorVocab = this._vocab;
    }
    return this._translator;
  }

  private get _tiles() {
    return (this.getAttribute('tiles') || '').trim();
  }

  // ---- The page -----------------------------------------------------------------------------

  private _build() {
    const tr = this._tr;
    const id = {
      q: uid('q'),
      near: uid('near'),
      nearError: uid('near-error'),
      radius: uid('radius'),
      sort: uid('sort'),
      box: uid('suggest'),
      places: uid('places'),
      drawer: uid('drawer'),
    };
    // Filled in below, each element before the handlers that use it can run.
    const e = {} as Elements;
    this._el = e;
    const other = tr.lang === 'es' ? 'en' : 'es';
    e.skip = h(
      'a',
      {
        href: '#',
        class: 'skip',
        onclick: (event: Event) => {
          event.preventDefault();
          (this._compared ? e.compareHeading : e.count).focus();
        },
      },
      tr.t('skip'),
    );
    e.langButton = h(
      'button',
      {
        type: 'button',
        class: 'quiet',
        part: 'language',
        lang: other,
        'aria-label': tr.t('otherLangName'),
        onclick: () => {
          this._langFocus = true;
          this.setAttribute('lang', other);
          this._syncAddress(true);
        },
      },
      tr.t('otherLang'),
    );
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
      oninput: () => this._debounce(250, false),
    });
    e.suggestions = h('ul', { id: id.box, role: 'listbox', 'aria-label': tr.t('suggestions'), hidden: true });
    e.near = h('input', {
      id: id.near,
      name: 'near',
      part: 'near',
      type: 'text',
      autocomplete: 'off',
      maxlength: '60',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': id.places,
      // A search starts once five digits (or nothing) are typed; a city waits for a choice or Enter.
      oninput: () => /^(\d{5})?$/.test(e.near.value.trim()) && this._debounce(300, true),
      onchange: () => this._run(),
      onkeydown: (event: KeyboardEvent) => {
        if (event.key === 'Enter' && e.places.hidden) {
          event.preventDefault();
          this._run();
        }
      },
    });
    e.places = h('ul', { id: id.places, role: 'listbox', 'aria-label': tr.t('suggestions'), hidden: true });
    e.nearError = h('p', { id: id.nearError, class: 'error', part: 'place-error', role: 'alert', hidden: true });
    e.radius = h('select', {
      id: id.radius,
      name: 'radius_mi',
      part: 'radius',
      onchange: () => this._set('radius_mi', e.radius.value),
    });
    e.online = h('input', {
      type: 'checkbox',
      name: 'include_online',
      onchange: () => this._set('include_online', e.online.checked ? '' : 'false'),
    });
    e.onlineField = h('label', { class: 'online', part: 'include-online' }, e.online, tr.t('includeOnline'));
    e.sort = h('select', { id: id.sort, name: 'sort', part: 'sort', onchange: () => this._set('sort', e.sort.value) });
    const field = (forId: string, text: string, control: Child, cls?: string) =>
      h('div', { class: cls || 'field' }, h('label', { for: forId }, text), control);
    e.form = h(
      'form',
      {
        class: 'top',
        part: 'form',
        role: 'search',
        onsubmit: (event: Event) => {
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
      field(id.near, tr.t('near'), [e.near, e.places, e.nearError], 'field place'),
      field(id.radius, tr.t('radius'), e.radius),
      field(id.sort, tr.t('sortBy'), e.sort),
      e.onlineField,
    );
    this._suggest = attachSuggest(e.q, e.suggestions, {
      api: () => this._api,
      tr: () => this._tr,
      onPick: () => this._run(),
      count: (item, signal) => this._count({ ...this._search, q: item.text }, signal),
    });
    attachSuggest<CitySuggestion>(e.near, e.places, {
      api: () => this._api,
      tr: () => this._tr,
      keep: (item): item is CitySuggestion => item.type === 'city',
      text: (item) => `${item.text}, ${item.state}`,
      onPick: (item) => this._lookUpPlace(`${item.text}, ${item.state}`, item),
    });

    e.summary = h('summary', {
      // On a phone the filters open in a drawer over the page, with a button back to the results.
      onclick: (event: Event) => {
        if (this.getBoundingClientRect().width >= 760) return;
        event.preventDefault();
        e.drawerBody.append(e.clear, e.panel);
        e.drawer.showModal();
      },
    });
    e.panel = h('div', { class: 'panel' });
    e.clear = h(
      'button',
      { type: 'button', class: 'link clear', onclick: () => this._clearFilters() },
      tr.t('clearFilters'),
    );
    e.filters = h(
      'details',
      { class: 'filters', part: 'filters', open: this.getBoundingClientRect().width >= 760 },
      e.summary,
      e.clear,
      e.panel,
    );
    e.drawerBody = h('div', { class: 'drawer-body' });
    e.showButton = h(
      'button',
      {
        type: 'button',
        part: 'show-results',
        onclick: () => {
          e.drawer.close();
          e.count.focus();
        },
      },
      '',
    );
    e.drawer = h(
      'dialog',
      {
        class: 'drawer',
        part: 'drawer',
        'aria-labelledby': id.drawer,
        onclose: () => e.filters.append(e.clear, e.panel),
      },
      h(
        'div',
        { class: 'drawer-head' },
        h('h2', { id: id.drawer }, tr.t('filters')),
        h('button', { type: 'button', class: 'quiet', onclick: () => e.drawer.close() }, tr.t('close')),
      ),
      e.drawerBody,
      h('div', { class: 'drawer-foot' }, e.showButton),
    );

    e.count = h('p', { class: 'count', part: 'count', tabindex: '-1' });
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
    e.errorText = h('span');
    e.error = h(
      'div',
      { class: 'error', part: 'error', role: 'alert', hidden: true },
      e.errorText,
      ' ',
      h('button', { type: 'button', class: 'quiet', onclick: () => this._retry() }, tr.t('retry')),
    );
    e.ways = h('div', { class: 'ways', part: 'ways-out', hidden: true });
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
      e.error,
      e.ways,
      e.featured,
      e.list,
      e.mapView,
      e.more,
      // Last, and sticky: the compare bar stays at the bottom of the screen while the cards scroll.
      e.tray,
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
      h(
        'div',
        {
          lang: tr.lang,
          class: 'root',
          onclick: (event: MouseEvent) => this._outbound(event),
          onauxclick: (event: MouseEvent) => this._outbound(event),
        },
        h('div', { class: 'topbar' }, e.skip, e.langButton),
        e.notice,
        e.form,
        e.layout,
        e.compare,
        e.status,
        e.drawer,
      ),
    );
    this._syncControls();
    this._setView(this._view, false);
  }

  /** A click to a program's or institution's own site: the host page may count it (pf-outbound). */
  private _outbound(event: MouseEvent) {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-out]');
    if (!link || (event.type === 'auxclick' && event.button !== 1)) return;
    const id = link.dataset.id ?? null;
    const program = this._items.find((p) => p.id === id) || this._compared?.find((p) => p.id === id);
    this._emit('pf-outbound', { kind: link.dataset.out, url: link.href, id, name: program?.name ?? null });
  }

  /** A new language: everything is drawn again, keeping the search, the results and the choice. */
  private _rebuild() {
    const focusedSearch = this.shadowRoot.activeElement === this._el.q;
    const typed = this._el.near.value;
    this._build();
    this._el.near.value = typed;
    this._renderResults();
    this._feature(this.getAttribute('program'));
    if (this._compared) this._showCompare();
    if (focusedSearch) this._el.q.focus();
    if (this._langFocus) this._el.langButton.focus();
    this._langFocus = false;
  }

  private _syncControls() {
    const { _tr: tr, _el: e, _search: s } = this;
    if (e.q.value.trim() !== s.q) e.q.value = s.q;
    const place = this._place?.near === s.near ? this._place.label : s.near;
    if (e.near.value.trim() !== place) e.near.value = place;
    const radii = [...RADII];
    if (s.radius_mi && !radii.includes(s.radius_mi)) radii.push(s.radius_mi);
    e.radius.replaceChildren(
      ...radii
        .sort((a, b) => Number(a) - Number(b))
        .map((r) => h('option', { value: r }, tr.t('miles', { n: tr.number(Number(r)) }))),
    );
    e.radius.value = s.radius_mi || DEFAULT_RADIUS;
    this._renderSort();
    this._renderFilters();
  }

  private _renderSort() {
    const { _tr: tr, _search: s, _el: e } = this;
    const sorts: string[] = SORTS.filter((sort) => (sort !== 'relevance' || s.q) && (sort !== 'distance' || s.near));
    if (s.sort && !sorts.includes(s.sort)) sorts.push(s.sort);
    e.sort.replaceChildren(
      ...sorts.map((sort) => h('option', { value: sort }, isSortKey(sort) ? tr.t(`sort:${sort}`) : sort)),
    );
    e.sort.value = s.sort || defaultSort(s);
    e.online.checked = includesOnline(s);
    e.onlineField.hidden = !s.near;
  }

  private _renderFilters() {
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

  private _set<K extends Param>(key: K, value: Search[K]) {
    this._search[key] = value;
    this._run();
  }

  private _clearFilters() {
    this._search = clearFilters(this._search);
    this._run();
  }

  private _debounce(ms: number, push: boolean) {
    clearTimeout(this._timer);
    this._timer = window.setTimeout(() => this._run(push), ms);
  }

  private _retry() {
    this._key = '';
    this._run(false);
  }

  /** How many programs a search would find, remembered for the type-ahead. */
  private async _count(search: Search, signal: AbortSignal): Promise<number | null> {
    const key = `${this._api} ${toQuery(search, 'filters')}`;
    const known = this._counts.get(key);
    if (known !== undefined) return known;
    const n = await countOf(this._api, search, signal);
    if (n != null) {
      if (this._counts.size > 300) this._counts.clear();
      this._counts.set(key, n);
    }
    return n;
  }

  /** The place box: its words under it when a place is not found (the search shown stays). */
  private _placeError(text: string | null) {
    const e = this._el;
    e.nearError.hidden = !text;
    e.nearError.textContent = text ? this._tr.t('badPlace', { v: text }) : '';
    if (text) {
      e.near.setAttribute('aria-invalid', 'true');
      e.near.setAttribute('aria-describedby', e.nearError.id);
    } else {
      e.near.removeAttribute('aria-invalid');
      e.near.removeAttribute('aria-describedby');
    }
  }

  /** A city typed or chosen in the place box becomes a point; then the search runs. */
  private async _lookUpPlace(text: string, item?: CitySuggestion) {
    const token = {};
    this._placeToken = token;
    this._announce(this._tr.t('placeLoading', { v: text }));
    const place = await findPlace(this._api, item || text);
    if (this._placeToken !== token) return;
    if (!place) return void this._placeError(text);
    this._place = place;
    this._el.near.value = place.label;
    this._run();
  }

  /**
   * Starts the search the controls show, unless it is already shown or on its way. `push`: the
   * change is one the visitor made, so Back undoes it (with url-state).
   */
  private async _run(push = true) {
    clearTimeout(this._timer);
    const { _search: s, _el: e } = this;
    s.q = e.q.value.trim().slice(0, 200);
    const typed = e.near.value.trim();
    if (this._place && typed === this._place.label) s.near = this._place.near;
    else if (!typed || PLACE.test(typed)) s.near = typed.replace(/\s+/g, '');
    else return void this._lookUpPlace(typed);
    this._placeToken = null;
    this._placeError(null);
    // A sort that needs what is no longer there falls back to the API's default.
    if ((s.sort === 'relevance' && !s.q) || (s.sort === 'distance' && !s.near)) s.sort = '';
    const api = this._api;
    const query = toQuery(s, 'list');
    const url = `${api}/v1/programs?${query}`;
    this._renderSort();
    this._renderFilters();
    if (url === this._key) return;
    this._key = url;
    this._syncAddress(push);
    await this._fetch(url, `${api}/v1/programs/facets?${toQuery(s, 'filters')}`, false);
  }

  private _more() {
    if (!this._cursor || this._ctrl) return;
    // Move focus to the new results only when the button was used (it may disappear).
    this._focusNew = this.shadowRoot.activeElement === this._el.more;
    const url = new URL(this._key, location.href);
    url.searchParams.set('cursor', this._cursor);
    this._fetch(url.href, null, true);
  }

  private async _fetch(url: string, facetsUrl: string | null, more: boolean) {
    // An older answer must never overwrite a newer one.
    if (this._ctrl) this._ctrl.abort();
    const ctrl = new AbortController();
    this._ctrl = ctrl;
    this._busy(true);
    const answers = await Promise.all([
      getJson<ListPage>(url, ctrl.signal),
      facetsUrl ? getJson<ProgramFacets>(facetsUrl, ctrl.signal) : null,
      loadVocabularies(this._api),
      loadOccupations(this._api),
    ]).catch(() => null);
    if (!answers) return; // aborted: a newer search is on its way
    if (ctrl !== this._ctrl) return;
    this._ctrl = null;
    this._busy(false);
    const [list, facets, vocab, occupations] = answers;
    this._vocabulary(vocab, occupations);
    // Counts that failed to load keep the last ones: the choices never vanish.
    if (facets?.ok) this._facets = facets.body;
    if (list.ok && Array.isArray(list.body.data)) this._show(list.body, more);
    else if (more || list.status !== 400 || !this._ignoreBad(list.body as Problem | null)) this._fail(list, more);
    if (!more) this._renderFilters();
  }

  /**
   * A search the API refused (400) names its parameters: a place it could not read is the
   * visitor's (said under the place box, the results shown stay); any other came from the host
   * page's attributes, and is left out with one warning for its developer. True when the search
   * was changed and runs again.
   */
  private _ignoreBad(problem: Problem | null): boolean {
    const errors = Array.isArray(problem?.errors) ? problem.errors : [];
    if (this._search.near && errors.some((error) => error.name === 'near')) {
      this._placeError(this._el.near.value.trim() || this._search.near);
      this._search.near = this._shownNear ?? '';
      this._key = this._shownKey ?? '';
      this._syncAddress(false);
      return true;
    }
    const { search, ignored } = withoutRefused(this._search, errors);
    if (!ignored.length) return false;
    console.warn(`<program-finder> ignored ${ignored.join('; ')}`);
    this._search = search;
    this._syncControls();
    this._key = '';
    this._run(false);
    return true;
  }

  /** The vocabularies with the occupations as one more (their titles label the Careers filter). */
  private _vocabulary(vocab: Vocabularies | null, occupations: OccupationList | null) {
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

  private _busy(on: boolean) {
    const e = this._el;
    e.results.setAttribute('aria-busy', String(on));
    // aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
    e.more.setAttribute('aria-disabled', String(on));
    clearTimeout(this._loadingTimer);
    // Announced only when it takes a while: a screen reader should not hear it at every keystroke.
    if (on) this._loadingTimer = window.setTimeout(() => this._announce(this._tr.t('loading')), 400);
  }

  private _announce(text: string) {
    // Emptied first, so that the same text twice is announced twice.
    this._el.status.textContent = '';
    setTimeout(() => {
      this._el.status.textContent = text;
    }, 50);
  }

  private _show(body: ListPage, more: boolean) {
    const { meta } = body;
    if (!more) {
      this._items = [];
      this._picked = null;
      this._shownKey = this._key;
      this._shownNear = this._search.near;
    }
    const first = this._items.length;
    this._items.push(...body.data.filter(Boolean));
    this._total = typeof meta?.total === 'number' ? meta.total : this._items.length;
    this._cursor = meta?.next_cursor || null;
    this._el.error.hidden = true;
    this._renderResults(more ? first : 0);
    this._renderSort();
    this._announce(this._el.count.textContent);
    if (more && this._focusNew) (this._el.list.children[first] as HTMLElement | undefined)?.focus();
    if (!more) this._waysOut();
    // The search as the API reads it, without what only the widget needs (fields, cursor).
    const query = new URL(this._key, location.href).searchParams;
    query.delete('fields');
    this._emit('pf-results', {
      total: this._total,
      shown: this._items.length,
      append: more,
      next_cursor: this._cursor,
      query: query.toString(),
    });
  }

  /**
   * An empty page is not a dead end: the changes that would find programs, each with how many it
   * finds (asked of the API), as buttons. Only those that find some are offered.
   */
  private async _waysOut() {
    const { _el: e, _search: s, _tr: tr } = this;
    e.ways.hidden = true;
    e.ways.replaceChildren();
    if (this._total !== 0) return;
    const key = this._key;
    const ways = waysOut(s, tr);
    const counts = await Promise.all(ways.map((way) => countOf(this._api, { ...s, ...way.change })));
    if (key !== this._key) return;
    const offered = worthOffering(ways, counts);
    if (!offered.length) return;
    e.ways.replaceChildren(
      h('p', null, tr.t('waysOut')),
      h(
        'ul',
        null,
        offered.map((way) =>
          h(
            'li',
            null,
            h(
              'button',
              {
                type: 'button',
                class: 'quiet',
                onclick: () => {
                  Object.assign(this._search, way.change);
                  this._syncControls();
                  this._run();
                  e.count.focus();
                },
              },
              way.text,
              h('span', { class: 'n' }, ` (${tr.t('nPrograms', { n: tr.number(way.n) })})`),
            ),
          ),
        ),
      ),
    );
    e.ways.hidden = false;
  }

  /** A failed search: what happened in the visitor's words, what to do, and a button to try again. Nothing shown is lost. */
  private _fail(answer: Answer<unknown>, more: boolean) {
    const status = answer.status;
    const message = this._tr.t(failureKey(status));
    if (!more && !this._items.length) this._el.count.textContent = '';
    this._key = ''; // the same search may be tried again
    this._el.errorText.textContent = message;
    this._el.error.hidden = false;
    this._emit('pf-error', { status, message, problem: status ? answer.body : null });
  }

  private _emit(type: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /**
   * With url-state (/embed) the address bar holds the search, the view, the programs chosen and
   * the comparison, so a page can be shared and reloaded, and Back undoes the last change.
   */
  private _syncAddress(push: boolean) {
    if (!this.hasAttribute('url-state')) return;
    const now = new URLSearchParams(location.search);
    const params = toAddress(this._search, {
      lang: this.getAttribute('lang') || now.get('lang'),
      theme: this.getAttribute('theme') || now.get('theme'),
      program: now.get('program'),
      view: this._compared ? 'compare' : this._view,
      chosen: [...this._chosen.keys()],
    });
    const next = `${location.pathname}${params.size ? `?${params}` : ''}${location.hash}`;
    if (next !== `${location.pathname}${location.search}${location.hash}`)
      history[push ? 'pushState' : 'replaceState'](null, '', next);
  }

  /** Back or Forward: the search, view, choice and comparison of that address. */
  private _restore() {
    const { search, view, chosen } = fromAddress(new URLSearchParams(location.search));
    this._search = search;
    this._chosen = new Map(chosen.map((id) => [id, this._chosen.get(id) || null]));
    this._syncControls();
    this._renderTray();
    if (view === 'compare') this._openCompare(false);
    else if (this._compared) this._closeCompare(false);
    this._setView(view === 'map' ? 'map' : 'list', false);
    this._run(false);
  }

  // ---- Results: list and map ----------------------------------------------------------------

  private _cardContext(): CardContext {
    return {
      tr: this._tr,
      chosen: this._chosen,
      canChoose: () => this._chosen.size < MAX_COMPARE,
      onChoose: (program, on) => this._choose(program, on),
      onDetails: (program, panel, button) => this._toggleDetails(program, panel, button),
    };
  }

  /** Draws the cards from index `from` on (0: all of them), the count, the notice and the map. */
  private _renderResults(from = 0) {
    const { _el: e, _tr: tr } = this;
    const ctx = this._cardContext();
    const cards = this._items.slice(from).map((program) => card(program, ctx));
    if (from) e.list.append(...cards);
    else e.list.replaceChildren(...cards);
    e.list.hidden = this._view !== 'list' || !this._items.length;
    e.more.hidden = !this._cursor || this._view !== 'list';
    e.count.textContent = this._key || this._items.length ? tr.count(this._total, this._items.length) : '';
    e.showButton.textContent =
      this._total === 1 ? tr.t('showResult1') : tr.t('showResults', { n: tr.number(this._total) });
    this._renderTray();
    this._renderNotice();
    if (this._view === 'map') this._renderMap();
  }

  private _renderNotice() {
    const shown = this._compared || this._items;
    this._el.notice.hidden = !shown.some((program) => program.source === 'sample');
  }

  private _setView(view: 'list' | 'map', push = true) {
    const e = this._el;
    this._view = view;
    e.list.hidden = view !== 'list' || !this._items.length;
    e.more.hidden = !this._cursor || view !== 'list';
    e.mapView.hidden = view !== 'map';
    e.listButton.setAttribute('aria-pressed', String(view === 'list'));
    e.mapButton.setAttribute('aria-pressed', String(view === 'map'));
    if (view === 'map') this._renderMap();
    this._syncAddress(push);
  }

  /**
   * Every match of the search, for the map: the pages shown, then the rest in pages of 100 with
   * only what a dot needs. Null until they are all there.
   */
  private _mapPrograms(): MapProgram[] | null {
    const key = this._key;
    if (!this._cursor || !key) return this._items;
    if (this._mapKey === key) return this._mapItems;
    this._mapKey = key;
    this._mapItems = null;
    (async () => {
      const url = new URL(key, location.href);
      url.searchParams.set('fields', MAP_FIELDS.join(','));
      url.searchParams.set('limit', '100');
      const all: MapProgram[] = [];
      for (;;) {
        const answer = await getJson<Omit<ProgramFieldsList, 'data'> & { data: MapProgram[] }>(url.href);
        if (this._mapKey !== key) return;
        if (!answer.ok || !Array.isArray(answer.body.data)) break;
        all.push(...answer.body.data);
        const next = answer.body.meta?.next_cursor;
        if (!next || all.length >= 5000) break;
        url.searchParams.set('cursor', next);
      }
      this._mapItems = all.length ? all : this._items;
      this._renderMap();
    })();
    return null;
  }

  private async _renderMap() {
    if (this._view !== 'map' || !this._el) return;
    const tiles = this._tiles;
    const shapes = tiles ? null : await loadUsMap(this._api);
    if (this._view !== 'map') return;
    const programs = this._mapPrograms();
    if (!programs) {
      this._el.map.replaceChildren(
        h('p', { class: 'caption', role: 'status' }, this._tr.t('mapLoading', { n: this._tr.number(this._total) })),
      );
      return;
    }
    renderMap(this._el.map, {
      tr: this._tr,
      programs,
      total: this._total,
      shapes,
      tiles,
      attribution: this.getAttribute('tile-attribution') || '',
      picked: this._picked,
      onPick: (program) => this._pick(program),
    });
    if (!this._picked) this._el.picked.replaceChildren();
  }

  /** A dot was chosen: its card shows under the map (the whole record fetched when only the dot's fields are there). */
  private async _pick(program: MapProgram) {
    this._picked = program.id;
    for (const dot of this._el.map.querySelectorAll<SVGElement>('.dot')) {
      const on = dot.dataset.id === program.id;
      dot.classList.toggle('on', on);
      dot.setAttribute('aria-pressed', String(on));
    }
    let full: CardProgram | null | undefined = this._items.find((p) => p.id === program.id);
    if (!full) {
      const answer = await this._record(program.id);
      if (this._picked !== program.id) return;
      full = answer.ok ? answer.body : null;
    }
    this._el.picked.replaceChildren(...(full ? [h('ul', null, card(full, this._cardContext()))] : []));
  }

  private async _toggleDetails(program: CardProgram, panel: HTMLElement, button: HTMLButtonElement) {
    const tr = this._tr;
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    if (button.firstChild) button.firstChild.textContent = tr.t(open ? 'hideDetails' : 'details');
    panel.hidden = !open;
    if (open)
      this._emit('pf-select', {
        id: program.id,
        slug: program.slug ?? null,
        name: program.name,
        institution: program.institution?.name ?? null,
      });
    if (!open || panel.dataset.loaded) return;
    panel.replaceChildren(h('p', { role: 'status' }, tr.t('loadingDetails')));
    const [answer, occupations] = await Promise.all([this._record(program.id), loadOccupations(this._api)]);
    this._vocabulary(null, occupations);
    if (!answer.ok) {
      this._records.delete(program.id);
      panel.replaceChildren(h('p', { class: 'error', role: 'alert' }, tr.t('detailsFailed')));
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

  private _record(id: string): Promise<Answer<ProgramDetail>> {
    let answer = this._records.get(id);
    if (!answer) {
      answer = getJson<ProgramDetail>(`${this._api}/v1/programs/${encodeURIComponent(id)}`);
      this._records.set(id, answer);
    }
    return answer;
  }

  // ---- Comparing ----------------------------------------------------------------------------

  private _choose(program: CardProgram, on: boolean) {
    if (on && this._chosen.size < MAX_COMPARE) this._chosen.set(program.id, program);
    else if (!on) this._chosen.delete(program.id);
    this._renderTray();
    this._syncAddress(true);
  }

  private _clearChoice() {
    this._chosen.clear();
    this._renderTray();
    this._syncAddress(true);
    this._el.list.querySelector<HTMLInputElement>('.pick')?.focus();
  }

  /** The compare bar, and the compare boxes of the cards (no sixth program can be chosen). */
  private _renderTray() {
    const { _tr: tr, _el: e } = this;
    const n = this._chosen.size;
    e.tray.hidden = n === 0;
    e.trayText.textContent = n >= 2 ? tr.t('chosen', { n }) : `${tr.t('chosen', { n })}. ${tr.t('chooseTwo')}`;
    e.compareButton.textContent = tr.t('compareN', { n });
    e.compareButton.disabled = n < 2;
    for (const box of this.shadowRoot.querySelectorAll<HTMLInputElement>('.card .pick')) {
      const id = box.closest<HTMLElement>('.card')?.dataset.id ?? '';
      box.checked = this._chosen.has(id);
      box.disabled = !box.checked && n >= MAX_COMPARE;
    }
  }

  private async _openCompare(push = true) {
    if (this._chosen.size < 2) return;
    const ids = [...this._chosen.keys()];
    const answer = await getJson<ProgramComparison>(
      `${this._api}/v1/programs/compare?ids=${ids.map(encodeURIComponent).join(',')}`,
    );
    if (!answer.ok || !Array.isArray(answer.body.data)) {
      this._el.errorText.textContent = this._tr.t(answer.status ? 'compareFailed' : 'unreachable');
      this._el.error.hidden = false;
      return;
    }
    this._compared = answer.body.data;
    for (const program of this._compared) if (this._chosen.has(program.id)) this._chosen.set(program.id, program);
    this._showCompare();
    this._el.compareHeading.focus();
    this._syncAddress(push);
    this._emit('pf-compare', {
      ids: this._compared.map((p) => p.id),
      programs: this._compared.map((p) => ({ id: p.id, slug: p.slug ?? null, name: p.name })),
    });
  }

  private _showCompare() {
    const { _tr: tr, _el: e } = this;
    const programs = this._compared ?? [];
    const services = (this._vocab?.career_services || []).map((term) => term.value);
    e.compareHeading.textContent = tr.t('comparing', { n: programs.length });
    e.table = compareTable(programs, {
      tr,
      services: services.length ? services : [...new Set(programs.flatMap((p) => p.career_services || []))],
      onRemove: (program) => {
        this._chosen.delete(program.id);
        this._compared = programs.filter((p) => p.id !== program.id);
        if (this._compared.length < 2) return void this._closeCompare();
        this._showCompare();
        this._syncAddress(true);
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

  private _closeCompare(push = true) {
    const e = this._el;
    this._compared = null;
    e.compare.hidden = true;
    e.form.hidden = false;
    e.layout.hidden = false;
    this._renderTray();
    this._renderNotice();
    this._syncAddress(push);
    if (push) (e.tray.hidden || e.compareButton.disabled ? e.q : e.compareButton).focus();
  }
}
