import type { Db } from '../db/client.js';
import { listChanges } from '../queries/changes.js';
import type { AuditedChange, Change } from '../schemas/changes.js';

const DEFAULT_LIMIT = 100;

interface ChangesQuery {
  since?: number;
  limit?: number;
  program_id?: string;
}

/** A page of the change feed after `since`, oldest first, with the `since` of the next page; with who made each change. */
export async function readAuditedChanges(
  db: Db,
  query: ChangesQuery,
): Promise<{ data: AuditedChange[]; meta: { next_since: string } }> {
  const since = query.since ?? 0;
  const rows = await listChanges(db, { since, limit: query.limit ?? DEFAULT_LIMIT, programId: query.program_id });
  const data = rows.map((row) => ({ ...row, seq: Number(row.seq) }));
  return { data, meta: { next_since: rows.at(-1)?.seq ?? String(since) } };
}

/** The public feed: what changed and when, never who. */
export async function readChanges(
  db: Db,
  query: ChangesQuery,
): Promise<{ data: Change[]; meta: { next_since: string } }> {
  const { data, meta } = await readAuditedChanges(db, query);
  return { data: data.map(({ actor: _actor, ...change }) => change), meta };
}
