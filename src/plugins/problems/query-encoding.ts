import type { ProblemItem } from '../../errors.js';

/** Whether text is percent-encoded UTF-8 that decodes. */
export const decodes = (text: string) => {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
};

export const malformed = 'is not valid percent-encoded UTF-8';

/**
 * Query parameters whose name or value is not percent-encoded UTF-8 (`%FF`, `%zz`, a lone
 * surrogate `%ED%A0%80`). The query parser passes such text on verbatim, so without this check
 * `q=%FF` would quietly search for the three characters "%FF".
 */
export function malformedQueryItems(url: string): ProblemItem[] {
  const start = url.indexOf('?');
  if (start < 0) return [];
  const names = new Set<string>();
  for (const pair of url.slice(start + 1).split('&')) {
    if (decodes(pair)) continue;
    // Named as the query parser names it (`+` is a space), or verbatim when the name itself is malformed.
    const rawName = (pair.split('=', 1)[0] ?? '').replaceAll('+', ' ');
    const name = decodes(rawName) ? decodeURIComponent(rawName) : rawName.slice(0, 100);
    names.add(name.length > 2 && name.endsWith('[]') ? name.slice(0, -2) : name);
  }
  return [...names].map((name) => ({ in: 'query', name, message: malformed }));
}
