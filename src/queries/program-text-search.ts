import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';

/**
 * Full-text search over program_search (see src/db/schema.ts). A query is a list of word groups: a
 * program matches when, for every group, its text has one of the group's lexemes (english stems, as
 * to_tsvector makes them) or a lexeme starting with one of its prefixes. The groups come from the
 * words of the query, each possibly corrected (see services/search-text.ts). Relevance is a tier,
 * from the most to the least telling field, then the shortest name:
 *   3  the program's name is the query (case, punctuation and word order aside)
 *   2  every group matches the program name or credential
 *   1  every group matches those or the institution, campus, city or state
 *   0  some group only in the description
 * The same lexemes answer through the stored match sets (search-sets.ts) and through the tsvectors
 * here, so both agree on what matches. User text only reaches SQL as bound parameters; lexemes are
 * quoted as tsquery literals, so the tsquery parser never sees user syntax.
 */
export interface WordGroup {
  lexemes: string[];
  prefixes: string[];
}

export interface TextSearch {
  /** Every group must match; empty when nothing in the query can match anything. */
  groups: WordGroup[];
  /** The query's words as meant (spelling corrected), for the exact-name tier. */
  phrase: string;
}

export interface SearchWordLookup {
  word: string;
  /** The word occurs in some program's text. */
  known: boolean;
  /** Its english lexemes: none for a stop word ("and", "of"), which full-text search ignores. */
  lexemes: string[];
  /** Some known word starts with it. */
  completes: boolean;
  /** Known words that look alike (trigram similarity at least pg_trgm's threshold), most alike first. */
  similar: { word: string; similarity: number; lexemes: string[] }[];
}

/** Each word of a query looked up in the lexicon of search_words; one round trip for all. */
export async function lookupSearchWords(db: Db, words: readonly string[]): Promise<SearchWordLookup[]> {
  // Scalar subqueries with LIMIT rather than EXISTS, so each is an index probe (EXISTS may become a
  // hash of the whole lexicon); the prefix test is a range on the C-collated index.
  return queryRows<SearchWordLookup>(
    db,
    sql`SELECT t.word,
          (SELECT true FROM search_words w WHERE w.word = t.word LIMIT 1) IS NOT NULL AS known,
          tsvector_to_array(to_tsvector('english', t.word)) AS lexemes,
          (SELECT true FROM search_words w
            WHERE w.word COLLATE "C" > t.word AND w.word COLLATE "C" < t.word || chr(1114111) LIMIT 1) IS NOT NULL
            AS completes,
          coalesce((SELECT json_agg(json_build_object('word', c.word, 'similarity', c.similarity,
                                                      'lexemes', tsvector_to_array(to_tsvector('english', c.word)))
                                    ORDER BY c.similarity DESC, c.word)
                      FROM (SELECT w.word, similarity(w.word, t.word) AS similarity FROM search_words w
                             WHERE w.word % t.word ORDER BY 2 DESC, 1 LIMIT 5) c), '[]'::json) AS similar
        FROM jsonb_array_elements_text(${JSON.stringify(words)}::jsonb) WITH ORDINALITY AS t(word, n)
        ORDER BY t.n`,
  );
}

const quoted = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** The groups as a tsquery literal: lexemes taken as they are (no second stemming), prefixes as `:*`. */
export function tsqueryText(text: TextSearch): string {
  return text.groups
    .map(({ lexemes, prefixes }) => {
      const terms = [...lexemes.map(quoted), ...prefixes.map((prefix) => `${quoted(prefix)}:*`)];
      return terms.length === 1 ? terms[0] : `(${terms.join(' | ')})`;
    })
    .join(' & ');
}

const tsQuery = (text: TextSearch) => sql`${tsqueryText(text)}::tsquery`;
export const phraseWords = (text: TextSearch) =>
  sql`array_to_string(tsvector_to_array(to_tsvector('simple', ${text.phrase})), ' ')`;

/** Programs (program_search s) that match the text. */
export function textMatch(text: TextSearch): SQL {
  return text.groups.length === 0 ? sql`false` : sql`s.document @@ ${tsQuery(text)}`;
}

export type Tier = 0 | 1 | 2 | 3;
export const tiers: readonly Tier[] = [3, 2, 1, 0];

/**
 * The score of a matching program: its tier plus a part that falls as the name grows longer, so
 * score order is the order of relevance pages (ties are the same tier and name length: by id).
 * Reads `columns`' name_words, name_document and head_document.
 */
export function textScore(text: TextSearch, columns: string): SQL {
  if (text.groups.length === 0) return sql`NULL::float8`;
  const c = sql.raw(columns);
  const query = tsQuery(text);
  const words = phraseWords(text);
  return sql`((CASE WHEN ${c}.name_words = ${words} THEN 3
                    WHEN ${c}.name_document @@ ${query} THEN 2
                    WHEN ${c}.head_document @@ ${query} THEN 1 ELSE 0 END)
              + greatest(length(${words}), 1)::float8 / (greatest(length(${words}), 1) + length(${c}.name_words)))`;
}

/** Where a relevance page ended: the tier, name length and id of its last program. */
export interface RelevancePosition {
  tier: Tier;
  length: number;
  id: string;
}

export const relevanceSortValue = (tier: Tier, length: number) => `${tier}:${length}`;

export function parseRelevanceSortValue(value: string | null): { tier: Tier; length: number } | undefined {
  const match = value === null ? null : /^([0-3]):(\d{1,9})$/.exec(value);
  return match ? { tier: Number(match[1]) as Tier, length: Number(match[2]) } : undefined;
}

export interface RelevanceRow {
  tier: Tier;
  name_length: number;
}
