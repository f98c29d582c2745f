import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';

export type SuggestionType = 'program' | 'institution' | 'city';

export interface SuggestionRow {
  type: SuggestionType;
  text: string;
  id: string | null;
  state: string | null;
  score: number;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** How many names with a word starting with the phrase are ranked: enough to fill a list, few enough to be quick. */
const WORD_MATCHES = 200;

/**
 * How well `key` (lower case) answers the phrase: a name that starts with it first, then one with
 * a word that starts with it, then by pg_trgm's word similarity (a closer, shorter name first).
 */
function score(key: SQL, phrase: string): SQL {
  return sql`((CASE WHEN starts_with(${key}, ${phrase}) THEN 2 WHEN ${key} LIKE ${`% ${escapeLike(phrase)}%`} THEN 1 ELSE 0 END)
              + word_similarity(${phrase}, ${key}))::float8`;
}

/** Institutions whose name or city has a word after its first that starts with the phrase (a range of one index). */
function wordsStartingWith(field: 'name' | 'city', phrase: string): SQL {
  return sql`SELECT i.* FROM institution_word_starts w JOIN institutions i ON i.id = w.institution_id
              WHERE w.field = ${field} AND w.rest >= ${phrase} AND w.rest < ${phrase} || chr(1114111)
              ORDER BY w.rest LIMIT ${WORD_MATCHES}`;
}

/** Institutions whose name starts with the phrase (a btree range, read in order) or has a word that does. */
function namesStartingWith(phrase: string, limit: number): SQL {
  return sql`(SELECT * FROM institutions i
               WHERE lower(i.name) COLLATE "C" >= ${phrase} AND lower(i.name) COLLATE "C" < ${phrase} || chr(1114111)
               ORDER BY lower(i.name) COLLATE "C" LIMIT ${limit})
             UNION ALL
             (${wordsStartingWith('name', phrase)})`;
}

/**
 * Type-ahead candidates for a phrase (lower case, words separated by single spaces, misspellings
 * already corrected): at most `limit` of each type, best first, one per program name, per
 * institution name and state, and per city and state. A program name stands for its programs: its
 * id is one of them. Program names are few (a table of them), so they are also matched by
 * similarity; institutions and cities are many, so they are matched through their indexes only.
 */
export async function suggestions(db: Db, phrase: string, limit: number): Promise<SuggestionRow[]> {
  const name = sql`lower(i.name)`;
  return queryRows<SuggestionRow>(
    db,
    sql`(SELECT 'program' AS type, n.name AS text, s.program_id::text AS id, NULL::text AS state,
                ${score(sql`n.name_key`, phrase)} AS score
           FROM program_names n
           CROSS JOIN LATERAL (SELECT program_id FROM program_search s
                                WHERE s.name_key COLLATE "C" = n.name_key
                                ORDER BY s.name_key COLLATE "C", s.program_id LIMIT 1) s
          WHERE starts_with(n.name_key, ${phrase}) OR n.name_key LIKE ${`% ${escapeLike(phrase)}%`}
             OR ${phrase} <% n.name_key
          ORDER BY score DESC, length(n.name), n.name LIMIT ${limit})
        UNION ALL
        (SELECT 'institution', t.name, t.id::text, t.state, t.score
           FROM (SELECT DISTINCT ON (lower(i.name), i.state) i.name, i.id, i.state, ${score(name, phrase)} AS score
                   FROM (${namesStartingWith(phrase, limit * 4)}) i
                  ORDER BY lower(i.name), i.state, i.id) t
          ORDER BY t.score DESC, length(t.name), t.name LIMIT ${limit})
        UNION ALL
        (SELECT 'city', t.city, NULL, t.state, t.score
           FROM (SELECT DISTINCT ON (i.key, i.state) i.city, i.state, ${score(sql`i.key`, phrase)} AS score
                   FROM (SELECT key, state, city FROM (${citiesStartingWith(phrase, limit * 2)}) c
                         UNION ALL
                         SELECT lower(c.city), c.state, c.city FROM (${wordsStartingWith('city', phrase)}) c) i
                  ORDER BY i.key, i.state, i.city) t
          ORDER BY t.score DESC, length(t.city), t.city, t.state LIMIT ${limit})`,
  );
}

/**
 * The first `limit` distinct (city, state) that start with the phrase, skipping from one to the
 * next through the index rather than reading every campus of a large city.
 */
function citiesStartingWith(phrase: string, limit: number): SQL {
  const end = sql`${phrase} || chr(1114111)`;
  return sql`WITH RECURSIVE c(key, state, city, n) AS (
      (SELECT lower(i.city) COLLATE "C", i.state, i.city, 1 FROM institutions i
        WHERE lower(i.city) COLLATE "C" >= ${phrase} AND lower(i.city) COLLATE "C" < ${end}
        ORDER BY lower(i.city) COLLATE "C", i.state LIMIT 1)
      UNION ALL
      SELECT next.key, next.state, next.city, c.n + 1 FROM c
      CROSS JOIN LATERAL (SELECT lower(i.city) COLLATE "C" AS key, i.state, i.city FROM institutions i
                           WHERE (lower(i.city) COLLATE "C", i.state) > (c.key, c.state)
                             AND lower(i.city) COLLATE "C" < ${end}
                           ORDER BY lower(i.city) COLLATE "C", i.state LIMIT 1) next
      WHERE c.n < ${limit})
    SELECT key, state, city FROM c`;
}
