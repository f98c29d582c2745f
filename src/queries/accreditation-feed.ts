import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';
import { filterConditions, type SearchFilters } from './program-filters.js';
import { isoTimestamp, whereOf } from './sql-fragments.js';

export interface FeedActionRow {
  id: string;
  action: string;
  date: string;
  note: string | null;
  recorded_at: string;
  program_id: string;
  document: string;
}

/** The newest accreditation actions of the programs a search keeps (over `program_search s`), newest first. */
export async function newestAccreditationActions(
  db: Db,
  filters: SearchFilters,
  limit: number,
): Promise<FeedActionRow[]> {
  return queryRows<FeedActionRow>(
    db,
    sql`SELECT a.id::text AS id, a.action, to_char(a.date, 'YYYY-MM-DD') AS date, a.note,
          ${sql.raw(isoTimestamp('a.created_at'))} AS recorded_at,
          a.program_id, d.document
        FROM accreditation_actions a
        JOIN program_search s ON s.program_id = a.program_id
        JOIN program_documents d ON d.program_id = a.program_id
        ${whereOf(filterConditions(filters))}
        ORDER BY a.date DESC, a.id DESC
        LIMIT ${limit}`,
  );
}
