import { type SQL, sql } from 'drizzle-orm';

/**
 * Free-text search over programs: full-text search on the weighted search
 * document, widened by trigram similarity so misspelt words still match.
 * User text only ever reaches PostgreSQL as a bound parameter, and
 * websearch_to_tsquery never raises a syntax error.
 */
const tsQuery = (q: string) => sql`websearch_to_tsquery('english', ${q})`;

export function textMatch(q: string): SQL {
  return sql`(p.search_document @@ ${tsQuery(q)}
    OR lower(${q}) <% lower(p.name)
    OR lower(${q}) <% lower(p.institution_text))`;
}

export function textScore(q: string): SQL {
  return sql`(ts_rank_cd(p.search_document, ${tsQuery(q)})
    + word_similarity(lower(${q}), lower(p.name))
    + 0.5 * word_similarity(lower(${q}), lower(p.institution_text)))::real`;
}
