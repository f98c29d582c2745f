import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';
import { documentColumns, documentJoin } from './program-documents.js';

/**
 * Full-text search over program_search (see src/db/schema.ts). Matching needs every word of the
 * query (each possibly corrected, see services/search-text.ts) somewhere in a program's text.
 * Relevance is a tier, from the most to the least telling field, then the shortest name:
 *   3  the program's name is the query (case, punctuation and word order aside)
 *   2  every word is in the program name or credential
 *   1  every word is in those or the institution, campus, city or state
 *   0  some word only in the description
 * Tiers are read one at a time in (name length, id) order, so a page of a broad search ("health"
 * matches nearly every program) is a short index walk rather than a ranking of every match.
 * User text only reaches SQL as bound parameters; the tsquery text is built from letters and
 * digits only, so to_tsquery never sees its own syntax.
 */
export interface TextSearch {
  /** to_tsquery('english', …) input, or null when the query can match nothing. */
  tsquery: string | null;
  /** The query's words as meant (spelling corrected), for the exact-name tier. */
  phrase: string;
}

export interface SearchWordLookup {
  word: string;
  /** The word occurs in some program's text. */
  known: boolean;
  /** An English stop word ("and", "of"), which full-text search ignores. */
  stop: boolean;
  /** Some known word starts with it. */
  completes: boolean;
  /** Known words that look alike (trigram similarity at least pg_trgm's threshold), most alike first. */
  similar: { word: string; similarity: number }[];
}

/** Each word of a query looked up in the lexicon of search_words; one round trip for all. */
export async function lookupSearchWords(db: Db, words: readonly string[]): Promise<SearchWordLookup[]> {
  // Scalar subqueries with LIMIT rather than EXISTS, so each is an index probe (EXISTS may become a
  // hash of the whole lexicon); the prefix test is a range on the C-collated index.
  return queryRows<SearchWordLookup>(
    db,
    sql`SELECT t.word,
          (SELECT true FROM search_words w WHERE w.word = t.word LIMIT 1) IS NOT NULL AS known,
          length(to_tsvector('english', t.word)) = 0 AS stop,
          (SELECT true FROM search_words w
            WHERE w.word COLLATE "C" > t.word AND w.word COLLATE "C" < t.word || chr(1114111) LIMIT 1) IS NOT NULL
            AS completes,
          coalesce((SELECT json_agg(json_build_object('word', c.word, 'similarity', c.similarity)
                                    ORDER BY c.similarity DESC, c.word)
                      FROM (SELECT w.word, similarity(w.word, t.word) AS similarity FROM search_words w
                             WHERE w.word % t.word ORDER BY 2 DESC, 1 LIMIT 5) c), '[]'::json) AS similar
        FROM jsonb_array_elements_text(${JSON.stringify(words)}::jsonb) WITH ORDINALITY AS t(word, n)
        ORDER BY t.n`,
  );
}

const tsQuery = (text: TextSearch) => sql`to_tsquery('english', ${text.tsquery})`;
const phraseWords = (text: TextSearch) =>
  sql`array_to_string(tsvector_to_array(to_tsvector('simple', ${text.phrase})), ' ')`;

/** Programs (program_search s) that match the text. */
export function textMatch(text: TextSearch): SQL {
  return text.tsquery === null ? sql`false` : sql`s.document @@ ${tsQuery(text)}`;
}

export type Tier = 0 | 1 | 2 | 3;
export const tiers: readonly Tier[] = [3, 2, 1, 0];

/**
 * The programs of one tier among the matches, as a condition on program_search s. A name that is
 * the query holds every word of it, so tier 3 needs no full-text test.
 */
function tierCondition(text: TextSearch, tier: Tier): SQL {
  const query = tsQuery(text);
  const exact = sql`s.name_words = ${phraseWords(text)}`;
  switch (tier) {
    case 3:
      return exact;
    case 2:
      return sql`s.name_document @@ ${query} AND NOT (${exact})`;
    case 1:
      return sql`s.head_document @@ ${query} AND NOT s.name_document @@ ${query}`;
    case 0:
      return sql`s.document @@ ${query} AND NOT s.head_document @@ ${query}`;
  }
}

/**
 * The score of a matching program: its tier plus a part that falls as the name grows longer, so
 * score order is the order of relevance pages (ties are the same tier and name length: by id).
 * Reads `columns`' name_words, name_document and head_document.
 */
export function textScore(text: TextSearch, columns: string): SQL {
  if (text.tsquery === null) return sql`NULL::float8`;
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

/**
 * How many programs a tier's walk reads before it asks the full-text index instead: a page's worth
 * twenty times over. A few fixed sizes, written into the statement, so its plan is the index walk.
 */
const walkLength = (need: number) => [400, 1000, 2100].find((size) => size >= need * 20) ?? 2100;

/** The order a tier is read in, as an index gives it, and the part of the index the tier lies in. */
interface TierWalk {
  within: SQL;
  order: SQL;
  /** Programs after a position in that order. */
  after: (position: { name_length: number; program_id: string }) => SQL;
}

function tierWalk(text: TextSearch, tier: Tier): TierWalk {
  if (tier === 3) {
    // One name, so one length: the btree on (name_words, program_id) gives them in order.
    return {
      within: sql`s.name_words = ${phraseWords(text)}`,
      order: sql`s.name_words, s.program_id`,
      after: (position) => sql`s.program_id > ${position.program_id}::uuid`,
    };
  }
  return {
    within: sql`true`,
    order: sql`length(s.name_words), s.program_id`,
    after: (position) =>
      sql`(length(s.name_words), s.program_id) > (${position.name_length}::int, ${position.program_id}::uuid)`,
  };
}

/**
 * One page in relevance order: tier after tier until the page is full. A tier is first read by
 * walking an index in the tier's order (for tiers 0-2 every program, shortest name first), which
 * finds a page of a broad tier (most programs match "health") after a few rows. When the walk finds
 * too few, the tier is sparse and the rest comes from the full-text indexes, the tier's remaining
 * programs then sorted. Neither step leaves the planner a choice that depends on how many programs
 * match, which a prepared statement's generic plan cannot know. `conditions` are the other filters
 * on program_search s (not the text); `columns` of it are passed to `extra`, values computed over
 * the page only (distance, score) that read `page`.
 */
export async function listByRelevance<T>(
  db: Db,
  text: TextSearch,
  conditions: SQL[],
  limit: number,
  after: RelevancePosition | undefined,
  columns: SQL,
  extra: SQL,
): Promise<(T & RelevanceRow)[]> {
  if (text.tsquery === null) return [];
  const rows: (T & RelevanceRow)[] = [];
  for (const tier of tiers) {
    if (after && tier > after.tier) continue;
    const need = limit - rows.length;
    if (need <= 0) break;
    const walk = tierWalk(text, tier);
    const from = after && tier === after.tier ? { name_length: after.length, program_id: after.id } : undefined;
    const where = [tierCondition(text, tier), ...conditions];
    const found = await walkTier<T>(db, tier, walk, from, where, need, extra);
    rows.push(...found.hits);
    if (found.hits.length >= need || !found.end) continue;
    rows.push(
      ...(await queryRows<T & RelevanceRow>(
        db,
        sql`WITH tier AS MATERIALIZED (
              SELECT ${columns}, length(s.name_words) AS name_length FROM program_search s
               WHERE ${sql.join([...where, walk.after(found.end)], sql` AND `)})
            SELECT ${documentColumns}, ${tier}::int AS tier, page.name_length, ${extra}
              FROM (SELECT * FROM tier ORDER BY name_length, program_id LIMIT ${need - found.hits.length}) page
              ${documentJoin}
             ORDER BY page.name_length, page.program_id`,
      )),
    );
  }
  return rows;
}

interface WalkResult<T> {
  hits: T[];
  /** Where the walk stopped when it read all it may, so the index continues from there; null when it reached the end. */
  end: { name_length: number; program_id: string } | null;
}

async function walkTier<T>(
  db: Db,
  tier: Tier,
  walk: TierWalk,
  from: { name_length: number; program_id: string } | undefined,
  where: SQL[],
  need: number,
  extra: SQL,
): Promise<WalkResult<T & RelevanceRow>> {
  const length = walkLength(need);
  const within = from ? sql`${walk.within} AND ${walk.after(from)}` : walk.within;
  const walked = sql`SELECT * FROM program_search s WHERE ${within} ORDER BY ${walk.order} LIMIT ${sql.raw(String(length))}`;
  // The walk's rows come in index order and the filter keeps it, so the first hits are the tier's first.
  const hits = await queryRows<T & RelevanceRow>(
    db,
    sql`SELECT ${documentColumns}, ${tier}::int AS tier, page.name_length, ${extra}
          FROM (SELECT s.*, length(s.name_words) AS name_length FROM (${walked}) s
                 WHERE ${sql.join(where, sql` AND `)} LIMIT ${need}) page
          ${documentJoin}
         ORDER BY page.name_length, page.program_id`,
  );
  if (hits.length >= need) return { hits, end: null };
  // Too few: where did the walk stop (if it did not reach the end)?
  const [end] = await queryRows<{ name_length: number; program_id: string }>(
    db,
    sql`SELECT length(s.name_words) AS name_length, s.program_id FROM program_search s WHERE ${within}
        ORDER BY ${walk.order} OFFSET ${sql.raw(String(length - 1))} LIMIT 1`,
  );
  return { hits, end: end ?? null };
}
