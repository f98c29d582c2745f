import { createHash } from 'node:crypto';
import type { Db } from '../db/client.js';
import { takenSlugs } from '../queries/slugs.js';

// Letters that NFKD does not split into a base letter and an accent.
const LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i' };
const MAX_LENGTH = 120;

/** Lower-case ASCII words joined by hyphens: "Universidad Médica, Río Piedras" → "universidad-medica-rio-piedras". */
export function slugify(parts: readonly (string | null | undefined)[]): string {
  const ascii = parts
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join(' ')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøđðłþı]/g, (letter) => LETTERS[letter] ?? '');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_LENGTH) return slug;
  // Cut at a word boundary so the slug does not end in half a word.
  const cut = slug.slice(0, MAX_LENGTH);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/** A short suffix derived from what the slug names, so that the same file gives the same slugs. */
const suffix = (seed: string, attempt: number) =>
  createHash('sha256')
    .update(`${seed}\u0000${attempt}`)
    .digest('hex')
    .slice(0, 5 + attempt);

/**
 * Unique slugs for new rows of `table`: the base when free, else the base and a short suffix.
 * One query per round for the whole batch; a second round is rare, a third rarer still.
 */
export async function assignSlugs(
  db: Db,
  table: 'programs' | 'institutions',
  wanted: readonly { base: string; seed: string }[],
): Promise<string[]> {
  const slugs: string[] = new Array(wanted.length);
  const used = new Set<string>();
  let pending = wanted.map((item, index) => ({ ...item, index, attempt: 0 }));
  while (pending.length > 0) {
    const candidate = (item: (typeof pending)[number]) =>
      item.attempt === 0 ? item.base : `${item.base}-${suffix(item.seed, item.attempt)}`;
    const taken = await takenSlugs(db, table, [...new Set(pending.map(candidate))]);
    const next: typeof pending = [];
    for (const item of pending) {
      const slug = candidate(item);
      if (taken.has(slug) || used.has(slug)) {
        next.push({ ...item, attempt: item.attempt + 1 });
      } else {
        used.add(slug);
        slugs[item.index] = slug;
      }
    }
    pending = next;
  }
  return slugs;
}
