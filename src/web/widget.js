/*
 * <program-finder>: the embeddable HIM Program Finder (served as GET /widget.js).
 * Plain JavaScript, no dependencies, no build step. Usage:
 *   <script src="https://api.example.org/widget.js" defer></script>
 *   <program-finder state="TX" degree-level="associate"></program-finder>
 */
(() => {
  // Wrapped in an IIFE and guarded so that including the script twice is harmless.
  const TAG = 'program-finder';
  if (!window.customElements || customElements.get(TAG)) return;

  // document.currentScript is only set while this file is first evaluated: capture it now.
  const SRC = document.currentScript?.src;
  const ORIGIN = SRC ? new URL(SRC, location.href).origin : location.origin;

  // Element attribute -> API query parameter.
  const ATTRS = {
    q: 'q',
    state: 'state',
    'degree-level': 'degree_level',
    discipline: 'discipline',
    'delivery-mode': 'delivery_mode',
    limit: 'limit',
  };
  // [query parameter, label, "any" option]
  const SELECTS = [
    ['degree_level', 'Degree level', 'Any degree level'],
    ['discipline', 'Discipline', 'Any discipline'],
    ['delivery_mode', 'Delivery', 'Any delivery mode'],
  ];
  // Raw values, used when /v1/vocabularies cannot be loaded.
  const FALLBACK = {
    degree_level: ['associate', 'baccalaureate', 'master', 'certificate'],
    discipline: ['health_information_management', 'health_informatics', 'digital_health'],
    delivery_mode: ['campus', 'online', 'hybrid'],
  };
  // Only what a card shows: keeps responses small.
  const FIELDS = 'id,slug,name,degree_level,delivery_mode,institution,accreditation,urls';
  const JSON_ACCEPT = { headers: { Accept: 'application/json' } }; // a "simple" CORS request: no preflight

  const CSS = `
:host{display:block;--pf-a:var(--pf-accent,#0b5cad);font-family:var(--pf-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);line-height:1.4;color:#1b1b1b}
*{box-sizing:border-box}
[hidden]{display:none!important}
form{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-end}
.f{display:flex;flex-direction:column;gap:.25rem;flex:1 1 10rem;min-width:0}
.f.q{flex:3 1 16rem}
.row{display:flex;gap:.5rem}
label{font-size:.85rem;font-weight:600}
input,select,button{font:inherit;color:inherit;padding:.45rem .6rem;border:1px solid #767676;border-radius:6px;background:#fff;min-width:0}
input{flex:1}
button{background:var(--pf-a);border-color:var(--pf-a);color:#fff;cursor:pointer}
:focus-visible{outline:3px solid var(--pf-a);outline-offset:2px}
p{margin:0}
.count{margin:.75rem 0 .5rem;font-weight:600}
.error{margin:.75rem 0;padding:.5rem .75rem;border:1px solid #d39aa1;border-radius:6px;background:#fdeeef;color:#a1000e}
ul{list-style:none;margin:0;padding:0;display:grid;gap:.75rem}
ul[aria-busy=true],button[aria-disabled=true]{opacity:.6}
li{padding:.75rem 1rem;border:1px solid #d0d4d9;border-radius:8px;background:#fff}
h3{margin:0 0 .2rem;font-size:1.05rem}
h3 a{color:var(--pf-a)}
.loc{color:#555;font-size:.9rem}
dl{display:flex;flex-wrap:wrap;gap:.4rem;margin:.5rem 0 0}
dd{margin:0;padding:.1rem .55rem;border-radius:1rem;background:#eef2f6;font-size:.8rem}
[data-status*=probation] dd,[data-status=candidacy] dd{background:#fff0cc}
.more{margin-top:.75rem}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}`;

  const HTML = `
<form part="form" role="search">
  <div class="f q"><label for="q">Search programs</label>
    <div class="row"><input id="q" name="q" part="search" type="search" maxlength="200" autocomplete="off"
      enterkeyhint="search" placeholder="Program, school or city"><button type="submit">Search</button></div></div>
  ${SELECTS.map(([n, l]) => `<div class="f"><label for="${n}">${l}</label><select id="${n}" name="${n}" part="filter"></select></div>`).join('')}
</form>
<p class="count" part="count" aria-live="polite"></p>
<p class="error" part="error" role="alert" hidden></p>
<ul part="list" aria-label="Programs" hidden></ul>
<button class="more" part="more" type="button" hidden>More programs</button>`;

  // Constructed stylesheets are not subject to the host page's CSP style-src; <style> is the fallback.
  let sheet = null;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  } catch {
    sheet = null;
  }

  // One vocabulary request per API base, shared by every element on the page.
  const vocabs = new Map();
  const loadVocab = (api) => {
    if (!vocabs.has(api)) {
      const p = fetch(`${api}/v1/vocabularies`, JSON_ACCEPT)
        .then((r) => (r.ok ? r.json() : null))
        .then((v) => (v && typeof v === 'object' ? v : null))
        .catch(() => null);
      p.then((v) => v || vocabs.delete(api)); // retry later rather than caching a failure
      vocabs.set(api, p);
    }
    return vocabs.get(api);
  };

  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  };
  // Only http(s) links: a record must never become a javascript: URL.
  const safeUrl = (u) => {
    try {
      const x = new URL(u);
      return x.protocol === 'https:' || x.protocol === 'http:' ? x.href : '';
    } catch {
      return '';
    }
  };
  const plural = (n, word) => `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;

  class ProgramFinder extends HTMLElement {
    static get observedAttributes() {
      return ['api', ...Object.keys(ATTRS)];
    }

    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = HTML;
      if (sheet) root.adoptedStyleSheets = [sheet];
      else root.prepend(el('style', '', CSS));
      const $ = (s) => root.querySelector(s);
      this._q = $('input');
      this._sel = {};
      for (const [n] of SELECTS) this._sel[n] = $(`select[name=${n}]`);
      this._count = $('.count');
      this._error = $('.error');
      this._list = $('ul');
      this._more = $('.more');
      this._vocab = null;
      this._key = ''; // URL of the search shown or in flight, to skip duplicates
      this._ctrl = null; // AbortController of the request in flight

      $('form').addEventListener('submit', (e) => {
        e.preventDefault();
        this._run();
      });
      this._q.addEventListener('input', () => {
        clearTimeout(this._timer);
        this._timer = setTimeout(() => this._run(), 250);
      });
      for (const s of Object.values(this._sel)) s.addEventListener('change', () => this._run());
      this._more.addEventListener('click', () => {
        if (!this._cursor || this._ctrl) return;
        // Move focus to the new results only if the user paged with the button (it may vanish).
        this._focusNew = root.activeElement === this._more;
        this._run(true);
      });
    }

    connectedCallback() {
      if (!this._ready) {
        this._ready = true;
        for (const name of Object.keys(ATTRS)) this._sync(name);
      }
      this._run();
    }

    disconnectedCallback() {
      clearTimeout(this._timer);
      if (this._ctrl) {
        this._ctrl.abort();
        this._ctrl = null;
        this._key = '';
        this._busy(false);
      }
    }

    attributeChangedCallback(name, old, val) {
      if (old === val || !this._ready) return; // before connect, connectedCallback reads them all
      this._sync(name);
      // Coalesce several attribute changes made together into one search.
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

    // Copy a preset attribute into its control, so the UI shows what is searched.
    _sync(name) {
      const v = this.getAttribute(name) || '';
      if (name === 'q') this._q.value = v;
      else if (this._sel[ATTRS[name]]) this._fill(ATTRS[name], v.trim());
    }

    _label(kind, value) {
      const list = this._vocab?.[kind];
      const hit = Array.isArray(list) && list.find((o) => o && o.value === value);
      return hit?.label || value || '';
    }

    // (Re)build a select's options from the vocabulary, keeping `value` selected.
    _fill(name, value) {
      const s = this._sel[name];
      const any = SELECTS.find((x) => x[0] === name)[2];
      const known = this._vocab?.[name];
      const list = Array.isArray(known) ? known : FALLBACK[name].map((v) => ({ value: v }));
      s.textContent = '';
      s.append(new Option(any, ''));
      for (const o of list) {
        const opt = new Option(o.label || o.value, o.value);
        if (o.description) opt.title = o.description;
        s.append(opt);
      }
      // A preset such as "associate,master" is not one option: show it as its own choice.
      if (value && !list.some((o) => o.value === value)) {
        const text = value.split(',').map((v) => this._label(name, v.trim()));
        s.append(new Option(text.join(', '), value));
      }
      s.value = value;
    }

    _params() {
      const p = new URLSearchParams();
      const add = (k, v) => {
        v = (v || '').trim();
        if (v) p.set(k, v);
      };
      add('q', this._q.value);
      add('state', this.getAttribute('state'));
      for (const [n] of SELECTS) add(n, this._sel[n].value);
      add('limit', this.getAttribute('limit'));
      p.set('fields', FIELDS);
      return p;
    }

    _busy(on) {
      this._list.setAttribute('aria-busy', String(on));
      this._more.setAttribute('aria-disabled', String(on));
      this._more.textContent = on ? 'Loading…' : 'More programs';
    }

    _emit(type, detail) {
      this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    }

    // New search (more = false) or next page of the current one (more = true).
    async _run(more = false) {
      clearTimeout(this._timer);
      let api = this._base;
      let params;
      if (more) {
        // A cursor is only valid with the exact filters it came from.
        params = new URLSearchParams(this._params0);
        params.set('cursor', this._cursor);
      } else {
        api = this._api;
        params = this._params();
      }
      const url = `${api}/v1/programs?${params}`;
      if (!more) {
        if (url === this._key) return; // already shown or on its way (e.g. Enter after the debounce)
        this._key = url;
        this._base = api;
        this._params0 = params;
        this._cursor = null;
        this._more.hidden = true;
        if (!this._count.textContent) this._count.textContent = 'Searching…';
      }
      // Cancel whatever is in flight so an older answer can never overwrite a newer one.
      if (this._ctrl) this._ctrl.abort();
      const ctrl = new AbortController();
      this._ctrl = ctrl;
      this._busy(true);
      this._error.hidden = true;

      let res = null;
      let body = null;
      let vocab = null;
      try {
        [res, vocab] = await Promise.all([fetch(url, { ...JSON_ACCEPT, signal: ctrl.signal }), loadVocab(api)]);
        body = await res.json().catch(() => null);
      } catch {
        res = null; // network failure, or an abort (checked next)
      }
      if (ctrl !== this._ctrl) return; // superseded or disconnected: drop the answer
      this._ctrl = null;
      this._busy(false);
      if (vocab && vocab !== this._vocab) {
        this._vocab = vocab;
        for (const [n] of SELECTS) this._fill(n, this._sel[n].value);
      }
      if (res?.ok && Array.isArray(body?.data)) return this._show(body, more);

      this._key = ''; // let the same search be retried
      if (!more) {
        // Do not leave results that do not match the filters now shown.
        this._list.textContent = '';
        this._list.hidden = true;
        this._count.textContent = '';
      }
      const status = res ? res.status : 0;
      const t = body?.detail || body?.title;
      const message = !res
        ? 'Could not reach the program finder. Check your connection and try again.'
        : typeof t === 'string' && t
          ? t
          : `The search failed (HTTP ${status}).`;
      this._error.textContent = message;
      this._error.hidden = false;
      this._emit('pf-error', { status, message, problem: res ? body : null });
    }

    _show(body, more) {
      const meta = body.meta || {};
      const list = this._list;
      if (!more) list.textContent = '';
      const frag = document.createDocumentFragment();
      for (const p of body.data) frag.append(this._card(p || {}));
      const first = frag.firstChild;
      list.append(frag);
      list.hidden = !list.firstChild;
      this._cursor = meta.next_cursor || null;
      this._more.hidden = !this._cursor;

      const shown = list.children.length;
      const total = typeof meta.total === 'number' ? meta.total : shown;
      this._count.textContent = total
        ? `${plural(total, 'program')} found${shown < total ? `, showing ${shown.toLocaleString()}` : ''}`
        : 'No programs match your search.';
      if (more && this._focusNew && first) first.focus();
      this._emit('pf-results', { total, shown, append: more, next_cursor: this._cursor, query: String(this._params0) });
    }

    _card(p) {
      const inst = p.institution || {};
      const acc = p.accreditation || {};
      const li = el('li');
      li.setAttribute('part', 'result');
      li.tabIndex = -1; // focus target after "More"

      const h = el('h3');
      const href = safeUrl(p.urls?.program);
      const name = p.name || 'Unnamed program';
      if (href) {
        const a = el('a', '', name);
        a.href = href;
        a.target = '_blank';
        a.rel = 'noopener';
        a.append(el('span', 'vh', ' (opens in a new tab)'));
        h.append(a);
      } else h.textContent = name;
      li.append(h);

      const school = [inst.name, inst.campus].filter(Boolean).join(' – ');
      if (school) li.append(el('p', '', school));
      const place = [inst.city, inst.state].filter(Boolean).join(', ');
      if (place) li.append(el('p', 'loc', place));

      // dt is for screen readers; sighted users see the values as chips.
      const dl = el('dl');
      const fact = (term, value) => {
        if (!value) return null;
        const d = el('div');
        d.append(el('dt', 'vh', term), el('dd', '', value));
        dl.append(d);
        return d;
      };
      fact('Degree level', this._label('degree_level', p.degree_level));
      fact('Delivery', this._label('delivery_mode', p.delivery_mode));
      const st = fact('Accreditation', acc.status_label || this._label('accreditation_status', acc.status));
      if (st && acc.status) st.dataset.status = acc.status;
      if (dl.firstChild) li.append(dl);
      return li;
    }
  }

  customElements.define(TAG, ProgramFinder);
})();
