/**
 * What people type into the finder, in three kinds: a program's exact name; a misspelt one; and
 * program words with a place (city or state) or a degree word. Built from fixed word lists and from
 * names found in the loaded data, so every run over a data set asks the same questions.
 */

export type QueryKind = 'name' | 'typo' | 'words';

export interface Found {
  programNames: string[];
  institutions: string[];
  cities: string[];
}

const typos = [
  'helth informatcs',
  'informatcs',
  'helth information managment',
  'medcal coding',
  'infomatics',
  'health informaton management',
  'helth information technolgy',
  'codng certificate',
  'health data analytcs',
  'digtal health',
  'clinical infromatics',
  'healht information adminstration',
];

const subjects = [
  'health information management',
  'health informatics',
  'health information technology',
  'medical coding',
  'coding',
  'informatics',
  'digital health',
  'clinical informatics',
  'health data management',
  'revenue cycle',
];

const degreeWords = [
  'associate',
  'bachelor',
  'master',
  'certificate',
  'AAS',
  'BS',
  'MS',
  'RHIT',
  'RHIA',
  'HIT',
  'online',
];
const stateWords = ['texas', 'california', 'florida', 'new york', 'ohio', 'georgia', 'TX', 'CA', 'NC', 'PA'];

/** A deterministic misspelling of a name: one letter dropped from, or two swapped in, its longest words. */
function misspell(name: string, n: number): string {
  const words = name.toLowerCase().split(/\s+/);
  const longest = words
    .map((word, index) => ({ word, index }))
    .filter(({ word }) => /^[a-z]{6,}$/.test(word))
    .sort((a, b) => b.word.length - a.word.length);
  for (const [k, { word, index }] of longest.slice(0, 2).entries()) {
    const at = 2 + ((n + k) % (word.length - 3));
    words[index] =
      (n + k) % 2 === 0
        ? word.slice(0, at) + word.slice(at + 1)
        : word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
  }
  return words.join(' ');
}

const normal = (query: string) => query.trim().toLowerCase().replace(/\s+/g, ' ');

function distinct(queries: string[], atLeast: number, more: (i: number) => string): string[] {
  const set = new Set(queries.map(normal).filter((query) => query.length > 0));
  for (let i = 0; set.size < atLeast && i < 1_000; i++) set.add(normal(more(i)));
  return [...set];
}

const at = <T>(list: readonly T[], n: number) => list[n % list.length] as T;

/** At least `perKind` distinct queries of each kind, deterministic. */
export function searchQueries(found: Found, perKind = 20): Record<QueryKind, string[]> {
  const names = found.programNames;
  const name = distinct(names, perKind, (i) => `${at(found.institutions, i)}`);
  const typo = distinct([...typos, ...names.map(misspell)], perKind, (i) => misspell(at(found.institutions, i), i));
  const words = distinct(
    [
      ...subjects.map((subject, i) => `${subject} ${at(found.cities, i)}`),
      ...subjects.map((subject, i) => `${subject} ${at(stateWords, i)}`),
      ...subjects.map((subject, i) => `${at(degreeWords, i)} ${subject}`),
      'HIT',
      'RHIA',
      'MS health informatics',
    ],
    perKind,
    (i) => `${at(subjects, i)} ${at(degreeWords, i * 3)}`,
  );
  return { name, typo, words };
}

/** Interleaves lists: the first of each, then the second of each, … */
export function interleave<T>(lists: T[][]): T[] {
  const out: T[] = [];
  const longest = Math.max(0, ...lists.map((list) => list.length));
  for (let i = 0; i < longest; i++) for (const list of lists) if (i < list.length) out.push(list[i] as T);
  return out;
}

/** Type-ahead prefixes, as a visitor's first few keystrokes. */
export function suggestPrefixes(found: Found): string[] {
  const words = [...subjects, ...typos.slice(0, 4), ...found.cities.slice(0, 40), ...found.institutions.slice(0, 40)];
  const prefixes = new Set<string>();
  for (const word of words) {
    const text = word.toLowerCase();
    for (const length of [2, 3, 4, 6, 9]) if (text.length >= length) prefixes.add(text.slice(0, length).trim());
  }
  return [...prefixes].filter((prefix) => prefix.length >= 2);
}
