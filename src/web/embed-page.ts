// The page behind GET /embed: the <program-finder> widget alone, for an <iframe>.
import { createHash } from 'node:crypto';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML attribute value or element content. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

// No min-height: the page is as tall as the finder, the height it reports to a framing page.
const STYLE =
  'body{margin:0}program-finder{display:block;box-sizing:border-box;padding:16px}' +
  '.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}' +
  '.ignored{margin:0;padding:8px 16px;background:#fff4ce;color:#1b1b1b;border-bottom:1px solid #d9b44a}';

/**
 * A Content-Security-Policy the page works under: no inline script, the one inline <style>
 * allowed by its hash, the widget's requests to this origin only. The route adds its own
 * `frame-ancestors`, since framing by other sites is the point of this page.
 */
export const EMBED_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const TEXT = {
  en: {
    title: 'HIM Program Finder',
    noscript: 'The HIM Program Finder needs JavaScript.',
    ignored:
      'Part of this link could not be used, so the search below leaves it out. Choose your filters again if you need them.',
  },
  es: {
    title: 'Buscador de programas HIM',
    noscript: 'El buscador de programas HIM necesita JavaScript.',
    ignored:
      'Parte de este enlace no se pudo usar, así que la búsqueda de abajo no lo tiene en cuenta. Vuelva a elegir sus filtros si los necesita.',
  },
};

/**
 * JSON as the content of a <script type="application/ld+json"> data block: `<` written as its JSON
 * escape, so no text in it can close the element.
 */
const scriptData = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** A program the page opens on: its name for the title, and its schema.org JSON-LD for search engines. */
export interface FeaturedProgram {
  name: string;
  jsonLd: unknown;
}

/**
 * Renders the embed page. `search` holds the search parameters in the API's spelling
 * (`degree_level`), each as the text the API takes (lists comma-separated); they become the
 * element's attributes (`degree-level`). The widget keeps the address bar in step with its search.
 * With a featured program (`program`), the page carries the program's JSON-LD, so that a search
 * engine reading the page reads the program. `ignored`: parameters left out, which the visitor is
 * told about in words (the developer finds their names in a data attribute).
 */
export function renderEmbedPage(
  search: Readonly<Record<string, string>>,
  lang: 'en' | 'es' = 'en',
  featured?: FeaturedProgram,
  ignored: readonly string[] = [],
): string {
  let attrs = '';
  for (const [key, value] of Object.entries(search)) {
    if (value.trim()) attrs += ` ${key.replace(/_/g, '-')}="${escapeHtml(value.trim())}"`;
  }
  const text = TEXT[lang];
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="${search.theme === 'dark' ? 'dark' : search.theme === 'light' ? 'light' : 'light dark'}">
<title>${featured ? `${escapeHtml(featured.name)} · ` : ''}${text.title}</title>
<style>${STYLE}</style>${featured ? `\n<script type="application/ld+json">${scriptData(featured.jsonLd)}</script>` : ''}
<script src="/widget.js" defer></script>
</head>
<body>
<main>
<h1 class="vh">${text.title}</h1>
${ignored.length ? `<p class="ignored" role="note" data-ignored="${escapeHtml(ignored.join(','))}">${text.ignored}</p>\n` : ''}<program-finder url-state${attrs}></program-finder>
<noscript><p>${text.noscript}</p></noscript>
</main>
</body>
</html>
`;
}
