import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';
import { insertRows } from './batch.js';

export interface AccreditationActionWrite {
  program_id: string;
  action: string;
  date: string;
  note: string | null;
}

export const insertAccreditationActions = (db: Db, actions: readonly AccreditationActionWrite[]) =>
  insertRows(db, 'accreditation_actions', { program_id: 'uuid', action: 'text', date: 'date', note: 'text' }, actions, {
    batchSize: 2_000,
  });

export interface AccreditationActionRow {
  action: string;
  date: string;
  note: string | null;
}

/** A program's accreditation history, newest first. */
export async function accreditationHistory(db: Db, programId: string): Promise<AccreditationActionRow[]> {
  return queryRows<AccreditationActionRow>(
    db,
    sql`SELECT action, to_char(date, 'YYYY-MM-DD') AS date, note FROM accreditation_actions
        WHERE program_id = ${programId}::uuid ORDER BY date DESC, id DESC`,
  );
}

/**
 * Records that the program changed through an accreditation action: a new version and, when
 * `status` is another status than the current one, that status since `date`.
 */
export async function setAccreditationStatus(
  db: Db,
  programId: string,
  change: { status: string | null; date: string },
): Promise<void> {
  await queryRows(
    db,
    sql`UPDATE programs SET
          status_since = CASE WHEN ${change.status}::text IS DISTINCT FROM accreditation_status AND ${change.status}::text IS NOT NULL
                              THEN ${change.date}::date ELSE status_since END,
          accreditation_status = coalesce(${change.status}::text, accreditation_status),
          version = version + 1, updated_at = now()
        WHERE id = ${programId}::uuid`,
  );
}
