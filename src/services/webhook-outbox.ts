import type { Db } from '../db/client.js';
import type { WebhookEventType } from '../domain/webhook-events.js';
import type { ChangeWrite } from '../queries/changes.js';
import {
  collectingSubscriptions,
  type EventWrite,
  insertEvents,
  programDocumentsOf,
  type SubscriptionInterest,
} from '../queries/webhooks.js';

/**
 * The webhook outbox: the events of a write, stored in the write's own transaction (from
 * recordChanges), so that they commit with the change or not at all and a crash after the commit
 * loses none; the delivery worker sends them later. Only events some subscription wants are
 * stored, each with one delivery per such subscription: a catalogue without subscriptions pays one
 * small read per write.
 */

/** An accreditation action a write recorded, announced as `accreditation.action_recorded`. */
export interface RecordedAction {
  program_id: string;
  action: string;
  date: string;
  note: string | null;
  status: string | null;
}

interface Snapshot {
  status: string | null;
  state: string | null;
  degree_level: string | null;
  document: string;
}

/** A body larger than this is sent without the program record (`program_omitted: true`). */
const MAX_PAYLOAD_BYTES = 256 * 1024;

function snapshot(document: string): Snapshot {
  const record = JSON.parse(document) as {
    accreditation?: { status?: string };
    institution?: { state?: string };
    degree_level?: string;
  };
  return {
    status: record.accreditation?.status ?? null,
    state: record.institution?.state ?? null,
    degree_level: record.degree_level ?? null,
    document,
  };
}

const programIdsOf = (changes: readonly ChangeWrite[]) =>
  changes.flatMap((change) => ('program_id' in change ? [change.program_id] : []));

export interface Outbox {
  /** After the change is recorded and its documents rendered: stores the events of these changes. */
  write(
    db: Db,
    changes: readonly ChangeWrite[],
    seqs: readonly number[],
    actions: readonly RecordedAction[],
  ): Promise<void>;
}

/**
 * Before a write's changes are recorded: the subscriptions that collect events and the programs as
 * they were (their status, state and degree level), or null when no subscription collects any.
 * A deleted program must still be there: its state and degree level decide who hears of it.
 */
export async function openOutbox(db: Db, changes: readonly ChangeWrite[]): Promise<Outbox | null> {
  const ids = programIdsOf(changes);
  if (ids.length === 0) return null;
  const subscriptions = await collectingSubscriptions(db);
  if (subscriptions.length === 0) return null;
  const before = new Map([...(await programDocumentsOf(db, ids))].map(([id, doc]) => [id, snapshot(doc)]));
  return { write: (tx, recorded, seqs, actions) => writeEvents(tx, subscriptions, before, recorded, seqs, actions) };
}

function interested(subscription: SubscriptionInterest, type: string, states: string[], levels: string[]): boolean {
  return (
    subscription.events.includes(type) &&
    (subscription.filter_states.length === 0 || states.some((state) => subscription.filter_states.includes(state))) &&
    (subscription.filter_degree_levels.length === 0 ||
      levels.some((level) => subscription.filter_degree_levels.includes(level)))
  );
}

function payloadOf(type: WebhookEventType, timestamp: string, data: Record<string, unknown>, program: string | null) {
  const body = JSON.stringify({
    type,
    timestamp,
    data: { ...data, program: program === null ? null : JSON.parse(program) },
  });
  if (Buffer.byteLength(body) <= MAX_PAYLOAD_BYTES) return body;
  return JSON.stringify({ type, timestamp, data: { ...data, program: null, program_omitted: true } });
}

async function writeEvents(
  db: Db,
  subscriptions: readonly SubscriptionInterest[],
  before: ReadonlyMap<string, Snapshot>,
  changes: readonly ChangeWrite[],
  seqs: readonly number[],
  actions: readonly RecordedAction[],
): Promise<void> {
  const after = await programDocumentsOf(db, programIdsOf(changes));
  const timestamp = new Date().toISOString();
  const events: EventWrite[] = [];
  changes.forEach((change, index) => {
    if (!('program_id' in change)) return;
    const seq = seqs[index] as number;
    const programId = change.program_id;
    const old = before.get(programId);
    const document = change.op === 'deleted' ? undefined : after.get(programId);
    const now = document === undefined ? undefined : snapshot(document);
    // A program that moved is announced to those who follow where it was and where it is.
    const states = [...new Set([old?.state, now?.state].filter((value): value is string => Boolean(value)))];
    const levels = [
      ...new Set([old?.degree_level, now?.degree_level].filter((value): value is string => Boolean(value))),
    ];
    const program = now?.document ?? null;
    const base = { seq, program_id: programId };
    const candidates: [WebhookEventType, Record<string, unknown>][] = [[`program.${change.op}`, base]];
    for (const action of actions.filter((recorded) => recorded.program_id === programId)) {
      const { program_id: _, ...described } = action;
      candidates.push(['accreditation.action_recorded', { ...base, action: described }]);
    }
    if (old && now && old.status !== now.status) {
      candidates.push(['accreditation.status_changed', { ...base, old_status: old.status, new_status: now.status }]);
    }
    for (const [type, data] of candidates) {
      const wanting = subscriptions.filter((subscription) => interested(subscription, type, states, levels));
      if (wanting.length === 0) continue;
      events.push({
        type,
        seq,
        program_id: programId,
        payload: payloadOf(type, timestamp, data, program),
        subscriptions: wanting.map(({ id }) => id),
      });
    }
  });
  await insertEvents(db, events);
}
