// The page behind GET /embed: the <program-finder> widget alone, for an <iframe>.
import { createHash } from 'node:crypto';

/** Query parameters GET /embed accepts (API spelling); the route rejects any other. */
export const EMBED_FILTER_KEYS = ['state', 'degree_level', 'discipline', 'delivery_mode', 'q', 'limit'] as const;
export type EmbedFilterKey = (typeof EMBED_FILTER_KEYS)[number];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML attribute value or element content. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const STYLE = 'body{margin:0}program-finder{display:block;box-sizing:border-box;min-height:100vh;padding:16px}';

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

/**
 * Renders the embed page. `filters` may use the query spelling (`degree_level`) or the
 * attribute spelling (`degree-level`); unknown keys and empty values are ignored, and a
 * repeated parameter (an array) becomes the comma list the API also accepts.
 */
export function renderEmbedPage(filters: Readonly<Record<string, string | readonly string[] | undefined>>): string {
  let attrs = '';
  for (const key of EMBED_FILTER_KEYS) {
    const name = key.replace(/_/g, '-');
    const raw = filters[key] ?? filters[name];
    const value = (typeof raw === 'string' ? raw : raw ? raw.join(',') : '').trim();
    if (value) attrs += ` ${name}="${escapeHtml(value)}"`;
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>HIM Program Finder</title>
<style>${STYLE}</style>
<script src="/widget.js" defer></script>
</head>
<body>
<main>
<program-finder${attrs}></program-finder>
<noscript><p>The HIM Program Finder needs JavaScript.</p></noscript>
</main>
</body>
</html>
`;
}
