import { LRUCache } from 'lru-cache';
import type { Database, Db } from '../db/client.js';
import { abbreviations, synonyms } from '../domain/search-terms.js';
import {
  lookupSearchWords,
  type SearchWordLookup,
  type TextSearch,
  type WordGroup,
} from '../queries/program-text-search.js';

/**
 * Free text → a spelling-corrected full-text query. The text is cut into words (letters and
 * digits; everything else, tsquery and LIKE syntax included, only separates words). Each word is
 * looked up among the words of the programs' searchable text: a known word stands as it is, an
 * unknown one is replaced by its nearest known words (trigram candidates, then edit distance),
 * and the last word also matches as a prefix. A program must match every word (in any order),
 * each as one of its lexemes (english stems).
 */

const MAX_WORDS = 10;
const MAX_WORD_LENGTH = 40;
const wordPattern = /^[\p{L}\p{M}\p{N}]+$/u;

export function searchWords(q: string): string[] {
  return q
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, MAX_WORDS)
    .map((word) => word.slice(0, MAX_WORD_LENGTH));
}

/** Edits (insert, delete, substitute, swap two neighbours) that turn a into b. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const rows: number[][] = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= x.length; i++) {
    const row = rows[i] as number[];
    const previous = rows[i - 1] as number[];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        best = Math.min(best, (rows[i - 2] as number[])[j - 2] as number);
      }
      row[j] = best;
    }
  }
  return (rows[x.length] as number[])[y.length] as number;
}

/** How many edits a misspelling of a word this long may have. */
const allowedEdits = (length: number) => (length <= 4 ? 1 : length <= 8 ? 2 : 3);

export interface WordPlan {
  /** The word as typed (lower case). */
  typed: string;
  /** What the word may match: lexemes, and lexemes that words may start with. */
  alternatives: WordGroup;
  /** The word as meant (corrected when unknown), for the exact-name comparison. */
  meant: string;
  /** Whether anything in the programs' text can match it. */
  supported: boolean;
  /** Some known word starts with it. */
  completes: boolean;
  stop: boolean;
}

function planWord(found: SearchWordLookup, last: boolean): WordPlan {
  const { word } = found;
  const prefixes = last && word.length >= 3 && found.completes ? found.lexemes : [];
  const plan = { typed: word, completes: found.completes, stop: found.lexemes.length === 0 };
  if (found.known) return { ...plan, alternatives: { lexemes: found.lexemes, prefixes }, meant: word, supported: true };
  const scored = found.similar
    .filter((candidate) => wordPattern.test(candidate.word))
    .map((candidate) => ({ ...candidate, edits: editDistance(word, candidate.word) }));
  // The fewest edits, and among those the most alike ("helth" is "health" rather than "heath").
  const fewest = Math.min(...scored.map((candidate) => candidate.edits));
  const closest = scored.filter((candidate) => candidate.edits === fewest && fewest <= allowedEdits(word.length));
  const best = Math.max(...closest.map((candidate) => candidate.similarity));
  let corrections = closest.filter((candidate) => candidate.similarity >= best - 0.02);
  // No close spelling: a strong trigram match still counts (a word with letters missing or added).
  if (corrections.length === 0) corrections = scored.filter((candidate) => candidate.similarity >= 0.45).slice(0, 1);
  const words = corrections.map((candidate) => candidate.word);
  const supported = words.length > 0 || prefixes.length > 0;
  const lexemes = supported ? [...new Set(corrections.flatMap((candidate) => candidate.lexemes))] : found.lexemes;
  return { ...plan, alternatives: { lexemes, prefixes }, meant: words[0] ?? word, supported };
}

/**
 * Words already looked up, per database, for the data version they were looked up at: the lexicon
 * changes only by writes, and every write moves the version (on every instance, through LISTEN/NOTIFY;
 * on the writing one before its answer leaves). While the version is not known, nothing is kept.
 */
const lookups = new WeakMap<Db, LRUCache<string, SearchWordLookup>>();

/** Keeps the looked-up words of these databases for `version`, or (undefined) stops keeping them. */
export function keepSearchWords(database: Pick<Database, 'primary' | 'replicas'>, version: number | undefined): void {
  for (const db of [database.primary, ...database.replicas]) {
    if (version === undefined) lookups.delete(db);
    else lookups.set(db, new LRUCache({ max: 20_000 }));
  }
}

async function lookup(db: Db, words: readonly string[]): Promise<SearchWordLookup[]> {
  const kept = lookups.get(db);
  if (!kept) return lookupSearchWords(db, words);
  const missing = [...new Set(words.filter((word) => !kept.has(word)))];
  const found = new Map((missing.length > 0 ? await lookupSearchWords(db, missing) : []).map((it) => [it.word, it]));
  for (const it of found.values()) kept.set(it.word, it);
  return words.map((word) => found.get(word) ?? (kept.get(word) as SearchWordLookup));
}

/** A word with synonyms: itself or any of them. */
function planSynonyms(word: string, alike: readonly SearchWordLookup[]): WordPlan {
  const lexemes = [...new Set(alike.flatMap((found) => found.lexemes))];
  return {
    typed: word,
    alternatives: { lexemes, prefixes: [] },
    meant: word,
    supported: true,
    completes: false,
    stop: lexemes.length === 0,
  };
}

/**
 * Each word of `q` looked up and, when unknown, corrected; the last one may also be a prefix. An
 * abbreviation is its words; a word with synonyms any of them.
 */
export async function planSearchWords(db: Db, q: string): Promise<WordPlan[]> {
  const words = searchWords(q).flatMap((word) => abbreviations[word] ?? [word]);
  if (words.length === 0) return [];
  const looked = new Map(
    (await lookup(db, [...new Set(words.flatMap((word) => [word, ...(synonyms[word] ?? [])]))])).map((found) => [
      found.word,
      found,
    ]),
  );
  return words.map((word, index) => {
    const alike = synonyms[word];
    if (alike)
      return planSynonyms(
        word,
        [word, ...alike].map((each) => looked.get(each) as SearchWordLookup),
      );
    return planWord(looked.get(word) as SearchWordLookup, index === words.length - 1);
  });
}

/** The full-text query of the words; no groups when nothing in it can match anything. */
export function textSearchOf(plans: readonly WordPlan[]): TextSearch {
  const phrase = plans.map((plan) => plan.meant).join(' ');
  const content = plans.filter((plan) => !plan.stop);
  // A word that matches nothing anywhere would empty the result: leave it out when others remain.
  const kept = content.some((plan) => plan.supported) ? content.filter((plan) => plan.supported) : content;
  // A correction that is a stop word has no lexeme: the others of its word stand for it.
  const groups = kept
    .map((plan) => plan.alternatives)
    .filter((group) => group.lexemes.length > 0 || group.prefixes.length > 0);
  return { groups, phrase };
}

export async function resolveSearchText(db: Db, q: string): Promise<TextSearch> {
  return textSearchOf(await planSearchWords(db, q));
}
