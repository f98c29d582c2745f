// An empty page is not a dead end: the changes to a search that could find programs. No DOM:
// unit-tested in Node (tests/unit/widget-ways.test.ts).
import type { Translator } from './i18n.js';
import { BOOLEAN, DEFAULT_RADIUS, includesOnline, isMulti, MULTI, RADII, type Search, SINGLE_KEYS } from './search.js';

/** A way out: its button's text, and the change it makes to the search. */
export interface Way {
  text: string;
  change: Partial<Search>;
  /** A wider radius: only the nearest one that finds programs is offered. */
  wider?: boolean;
}

/** Every change that might find programs for `search`, most specific first. */
export function waysOut(search: Search, tr: Translator): Way[] {
  const ways: Way[] = [];
  const radius = Number(search.radius_mi || DEFAULT_RADIUS);
  if (search.near) {
    for (const r of RADII.filter((r) => Number(r) > radius))
      ways.push({ text: tr.t('widen', { n: tr.number(Number(r)) }), change: { radius_mi: r }, wider: true });
    if (!includesOnline(search)) ways.push({ text: tr.t('withOnline'), change: { include_online: '' } });
  }
  if (!search.accreditation_status.includes('any'))
    ways.push({ text: tr.t('anyStatus'), change: { accreditation_status: ['any'] } });
  for (const key of [...MULTI, ...SINGLE_KEYS]) {
    if (key === 'accreditation_status') continue;
    let shown: string;
    if (isMulti(key)) {
      if (!search[key].length) continue;
      shown = search[key].map((v) => tr.label(key, v)).join(', ');
    } else {
      const value = search[key];
      if (!value) continue;
      shown = (BOOLEAN as string[]).includes(key)
        ? tr.t(value === 'true' ? 'yes' : 'no')
        : key === 'max_tuition'
          ? tr.money(Number(value))
          : tr.percent(Number(value));
    }
    ways.push({
      text: tr.t('without', { v: `${tr.t(`f:${key}`)}: ${shown}` }),
      change: { [key]: isMulti(key) ? [] : '' },
    });
  }
  if (search.q) ways.push({ text: tr.t('withoutText', { v: search.q }), change: { q: '' } });
  return ways;
}

/**
 * The ways worth offering, given how many programs each finds (`counts`, in the same order; null
 * when the API could not say): those that find some, and of the wider radii only the nearest.
 */
export function worthOffering(ways: readonly Way[], counts: readonly (number | null)[]): (Way & { n: number })[] {
  let widened = false;
  const offered: (Way & { n: number })[] = [];
  for (const [i, way] of ways.entries()) {
    const n = counts[i];
    if (!n || (way.wider && widened)) continue;
    widened ||= Boolean(way.wider);
    offered.push({ ...way, n });
  }
  return offered;
}
