import type { Db } from '../db/client.js';
import { type ChangeWrite, insertChanges, listChanges } from '../queries/changes.js';
import type { AuditedChange, Change } from '../schemas/changes.js';
import { renderProgramDocuments } from './program-documents.js';
import { openOutbox, type RecordedAction } from './webhook-outbox.js';

const DEFAULT_LIMIT = 100;

interface ChangesQuery {
  since?: number;
  limit?: number;
  program_id?: string;
}

/** A page of the change feed after `since`, oldest first, with the `since` of the next page. */
async function readPage(db: Db, query: ChangesQuery, programsOnly: boolean) {
  const since = query.since ?? 0;
  const rows = await listChanges(db, {
    since,
    limit: query.limit ?? DEFAULT_LIMIT,
    programId: query.program_id,
    programsOnly,
  });
  return { rows, meta: { next_since: rows.at(-1)?.seq ?? String(since) } };
}

/** The audit trail for admins: every change, institutions' own included, with who made it. */
export async function readAuditedChanges(
  db: Db,
  query: ChangesQuery,
): Promise<{ data: AuditedChange[]; meta: { next_since: string } }> {
  const { rows, meta } = await readPage(db, query, false);
  return { data: rows.map((row) => ({ ...row, seq: Number(row.seq) })), meta };
}

/** The public feed: which programs changed and when, never who. */
export async function readChanges(
  db: Db,
  query: ChangesQuery,
): Promise<{ data: Change[]; meta: { next_since: string } }> {
  const { rows, meta } = await readPage(db, query, true);
  const data = rows.map(({ seq, op, program_id, at }) => ({
    seq: Number(seq),
    op,
    program_id: program_id as string,
    at,
  }));
  return { data, meta };
}

/**
 * Where every catalogue write ends, inside its transaction: the change feed records what changed,
 * the stored documents of the changed programs are rendered again, and the webhook events of the
 * changes go to the outbox, so all of them commit with the change or not at all. A deleted program
 * is recorded before its row goes: the outbox reads what it was. `actions` are the accreditation
 * actions the write recorded, announced as events of their own.
 */
export async function recordChanges(
  db: Db,
  changes: readonly ChangeWrite[],
  actor: string,
  actions: readonly RecordedAction[] = [],
): Promise<void> {
  const outbox = await openOutbox(db, changes);
  const seqs = await insertChanges(db, changes, actor);
  const rendered = changes.flatMap((change) =>
    'program_id' in change && change.op !== 'deleted' ? [change.program_id] : [],
  );
  await renderProgramDocuments(db, rendered);
  await outbox?.write(db, changes, seqs, actions);
}
