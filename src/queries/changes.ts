import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';
import { chunk, recordset } from './batch.js';
import { isoTimestamp, whereOf } from './sql-fragments.js';

export interface ChangeRow {
  /** Text: bigint arrives as a string from node-postgres and as a BigInt from PGlite. */
  seq: string;
  op: 'created' | 'updated' | 'deleted';
  program_id: string | null;
  institution_id: string | null;
  soc_code: string | null;
  at: string;
  actor: string | null;
}

/** Changes after `since`, oldest first; `programsOnly` leaves out changes to an institution alone. */
export async function listChanges(
  db: Db,
  options: { since: number; limit: number; programId?: string; programsOnly: boolean },
): Promise<ChangeRow[]> {
  const conditions: SQL[] = [sql`seq > ${options.since}`];
  if (options.programId) conditions.push(sql`program_id = ${options.programId}::uuid`);
  if (options.programsOnly) conditions.push(sql`program_id IS NOT NULL`);
  return queryRows<ChangeRow>(
    db,
    sql`SELECT seq::text AS seq, op, program_id, institution_id, soc_code,
          ${sql.raw(isoTimestamp('at'))} AS at, actor
        FROM changes ${whereOf(conditions)}
        -- By the bigint column: the output column \`seq\` is text, and '10' sorts before '9'.
        ORDER BY changes.seq LIMIT ${options.limit}`,
  );
}

/**
 * A change to a program, to an institution alone (its programs unchanged), or to an occupation's
 * reference data alone: every write moves the data version.
 */
export type ChangeWrite =
  | ProgramChange
  | { op: ProgramChange['op']; institution_id: string }
  | { op: ProgramChange['op']; soc_code: string };
export type ProgramChange = { op: 'created' | 'updated' | 'deleted'; program_id: string };

/** Appends to the change feed in the given order (sequence numbers follow it); returns the seqs, in that order. */
export async function insertChanges(db: Db, changes: readonly ChangeWrite[], actor: string): Promise<number[]> {
  const seqs: number[] = [];
  for (const batch of chunk(changes, 2_000)) {
    const rows = await queryRows<{ seq: string }>(
      db,
      sql`INSERT INTO changes (op, program_id, institution_id, soc_code, actor)
          SELECT r.op, r.program_id, r.institution_id, r.soc_code, ${actor}
          FROM ${recordset(changeColumns, batch)} ORDER BY r.n
          RETURNING seq::text AS seq`,
    );
    // Identity values are drawn in the order the rows are inserted, which ORDER BY r.n fixes.
    seqs.push(...rows.map((row) => Number(row.seq)).sort((a, b) => a - b));
  }
  return seqs;
}

const changeColumns = { op: 'text', program_id: 'uuid', institution_id: 'uuid', soc_code: 'text' } as const;
