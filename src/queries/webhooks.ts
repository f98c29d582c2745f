import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';
import { asJson, chunk, recordset } from './batch.js';
import { isoTimestamp, textArray } from './sql-fragments.js';

/** Webhook subscriptions, the outbox and the delivery queue: SQL only (services/webhook-*.ts decide). */

export interface SubscriptionRow {
  id: string;
  url: string;
  events: string[];
  filter_states: string[];
  filter_degree_levels: string[];
  status: 'active' | 'paused' | 'disabled';
  disabled_reason: string | null;
  version: number;
  failing_since: string | null;
  previous_secret_expires_at: string | null;
  created_at: string;
  updated_at: string;
}

const subscriptionColumns = sql.raw(`s.id, s.url, s.events, s.filter_states, s.filter_degree_levels, s.status,
  s.disabled_reason, s.version, ${isoTimestamp('s.failing_since')} AS failing_since,
  CASE WHEN s.previous_secret_expires_at > now() THEN ${isoTimestamp('s.previous_secret_expires_at')} END AS previous_secret_expires_at,
  ${isoTimestamp('s.created_at')} AS created_at, ${isoTimestamp('s.updated_at')} AS updated_at`);

export interface SubscriptionWrite {
  url: string;
  events: string[];
  filter_states: string[];
  filter_degree_levels: string[];
}

/** Inserts a subscription; null when the same one (url, events, filters) exists already. */
export async function insertSubscription(
  db: Db,
  write: SubscriptionWrite & { secret: string },
): Promise<SubscriptionRow | null> {
  const rows = await queryRows<SubscriptionRow>(
    db,
    sql`WITH s AS (
          INSERT INTO webhook_subscriptions (url, events, filter_states, filter_degree_levels, secret)
          VALUES (${write.url}, ${textArray(write.events)}, ${textArray(write.filter_states)},
                  ${textArray(write.filter_degree_levels)}, ${write.secret})
          ON CONFLICT (url, events, filter_states, filter_degree_levels) DO NOTHING
          RETURNING *)
        SELECT ${subscriptionColumns} FROM s`,
  );
  return rows[0] ?? null;
}

export async function listSubscriptions(db: Db): Promise<SubscriptionRow[]> {
  return queryRows<SubscriptionRow>(
    db,
    sql`SELECT ${subscriptionColumns} FROM webhook_subscriptions s ORDER BY s.created_at, s.id`,
  );
}

export async function findSubscription(db: Db, id: string): Promise<SubscriptionRow | null> {
  const rows = await queryRows<SubscriptionRow>(
    db,
    sql`SELECT ${subscriptionColumns} FROM webhook_subscriptions s WHERE s.id = ${id}::uuid`,
  );
  return rows[0] ?? null;
}

/** Another subscription with the same key, if any. */
export async function findDuplicate(db: Db, id: string, write: SubscriptionWrite): Promise<string | null> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`SELECT id FROM webhook_subscriptions
        WHERE url = ${write.url} AND events = ${textArray(write.events)}
          AND filter_states = ${textArray(write.filter_states)}
          AND filter_degree_levels = ${textArray(write.filter_degree_levels)} AND id <> ${id}::uuid`,
  );
  return rows[0]?.id ?? null;
}

export interface SubscriptionChange {
  url?: string;
  events?: string[];
  filter_states?: string[];
  filter_degree_levels?: string[];
  status?: 'active' | 'paused';
}

/**
 * Applies a change. Resuming (status active) clears a disabled state and its failure clock, and makes
 * the deliveries held meanwhile due at once.
 */
export async function updateSubscription(db: Db, id: string, change: SubscriptionChange): Promise<void> {
  const sets: SQL[] = [sql`updated_at = now(), version = version + 1`];
  if (change.url) sets.push(sql`url = ${change.url}`);
  if (change.events) sets.push(sql`events = ${textArray(change.events)}`);
  if (change.filter_states) sets.push(sql`filter_states = ${textArray(change.filter_states)}`);
  if (change.filter_degree_levels) sets.push(sql`filter_degree_levels = ${textArray(change.filter_degree_levels)}`);
  if (change.status === 'paused') sets.push(sql`status = 'paused'`);
  if (change.status === 'active') {
    sets.push(sql`status = 'active', disabled_reason = NULL, failing_since = NULL`);
  }
  await queryRows(db, sql`UPDATE webhook_subscriptions SET ${sql.join(sets, sql`, `)} WHERE id = ${id}::uuid`);
  if (change.status === 'active') {
    await queryRows(
      db,
      sql`UPDATE webhook_deliveries SET next_attempt_at = now()
          WHERE subscription_id = ${id}::uuid AND state = 'pending' AND next_attempt_at > now()`,
    );
  }
}

export async function rotateSecret(db: Db, id: string, secret: string, graceMs: number): Promise<void> {
  await queryRows(
    db,
    sql`UPDATE webhook_subscriptions SET previous_secret = secret, secret = ${secret},
          previous_secret_expires_at = now() + make_interval(secs => ${graceMs / 1000}::float8), updated_at = now(),
          version = version + 1
        WHERE id = ${id}::uuid`,
  );
}

export async function deleteSubscription(db: Db, id: string): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`DELETE FROM webhook_subscriptions WHERE id = ${id}::uuid RETURNING id`,
  );
  // Events no subscription waits for any more are of no use.
  await deleteUnsentEvents(db);
  return rows.length > 0;
}

// --- The outbox --------------------------------------------------------------------------------

export interface SubscriptionInterest {
  id: string;
  events: string[];
  filter_states: string[];
  filter_degree_levels: string[];
}

/**
 * The subscriptions that collect events: active and paused ones (a paused one holds them until
 * resumed). Read in the writing transaction with FOR KEY SHARE, so a subscription deleted meanwhile
 * waits for the write to commit rather than making it fail on its deliveries' foreign key; changes
 * to a subscription's settings are not held up.
 */
export async function collectingSubscriptions(db: Db): Promise<SubscriptionInterest[]> {
  return queryRows<SubscriptionInterest>(
    db,
    sql`SELECT id, events, filter_states, filter_degree_levels FROM webhook_subscriptions
        WHERE status <> 'disabled' FOR KEY SHARE`,
  );
}

/** The stored public records of these programs (JSON text). */
export async function programDocumentsOf(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const batch of chunk([...new Set(ids)], 1_000)) {
    const rows = await queryRows<{ program_id: string; document: string }>(
      db,
      sql`SELECT program_id, document FROM program_documents
          WHERE program_id IN (SELECT jsonb_array_elements_text(${asJson(batch)})::uuid)`,
    );
    for (const row of rows) found.set(row.program_id, row.document);
  }
  return found;
}

export interface EventWrite {
  type: string;
  seq: number;
  program_id: string;
  payload: string;
  subscriptions: string[];
}

/** Writes events and one delivery per subscription that wants each. */
export async function insertEvents(db: Db, events: readonly EventWrite[]): Promise<void> {
  for (const batch of chunk(events, 200)) {
    const rows = batch.map(({ type, seq, program_id, payload }) => ({ type, seq: String(seq), program_id, payload }));
    const ids = await queryRows<{ id: string; seq: string; type: string }>(
      db,
      sql`INSERT INTO webhook_events (type, seq, program_id, payload)
          SELECT r.type, r.seq::bigint, r.program_id, r.payload
          FROM ${recordset({ type: 'text', seq: 'text', program_id: 'uuid', payload: 'text' }, rows)}
          ORDER BY r.n
          RETURNING id::text AS id, seq::text AS seq, type`,
    );
    const idOf = new Map(ids.map((row) => [`${row.seq}:${row.type}`, row.id]));
    const deliveries = batch.flatMap((event) =>
      event.subscriptions.map((subscription) => ({
        subscription_id: subscription,
        event_id: idOf.get(`${event.seq}:${event.type}`),
        program_id: event.program_id,
      })),
    );
    if (deliveries.length === 0) continue;
    await queryRows(
      db,
      sql`INSERT INTO webhook_deliveries (subscription_id, event_id, program_id)
          SELECT r.subscription_id, r.event_id::bigint, r.program_id
          FROM ${recordset({ subscription_id: 'uuid', event_id: 'text', program_id: 'uuid' }, deliveries)}
          ORDER BY r.n`,
    );
  }
}

// --- The queue ---------------------------------------------------------------------------------

export interface ClaimedDelivery {
  id: string;
  subscription_id: string;
  attempts: number;
  url: string;
  secret: string;
  previous_secret: string | null;
  payload: string;
  failing_since_ms: number | null;
}

/**
 * Claims due deliveries for `leaseMs`: pending, due, of an active subscription, not held by a live
 * lease, and the oldest pending event of its program for its subscription (so each program's events
 * arrive in order, one at a time). FOR UPDATE SKIP LOCKED lets instances claim at once without
 * waiting for or taking each other's rows; the lease (with its token) keeps a claimed row from
 * being claimed again while it is being sent, and lets another instance take it over when the one
 * that claimed it died.
 */
export async function claimDeliveries(
  db: Db,
  options: { limit: number; leaseMs: number; token: string },
): Promise<ClaimedDelivery[]> {
  return queryRows<ClaimedDelivery>(
    db,
    sql`WITH picked AS (
          SELECT d.id FROM webhook_deliveries d
          JOIN webhook_subscriptions s ON s.id = d.subscription_id AND s.status = 'active'
          WHERE d.state = 'pending' AND d.next_attempt_at <= now()
            AND (d.lease_until IS NULL OR d.lease_until < now())
            AND NOT EXISTS (
              SELECT 1 FROM webhook_deliveries p
              WHERE p.subscription_id = d.subscription_id AND p.program_id = d.program_id
                AND p.state = 'pending' AND p.event_id < d.event_id)
          ORDER BY d.next_attempt_at, d.event_id
          LIMIT ${options.limit}
          FOR UPDATE OF d SKIP LOCKED),
        claimed AS (
          UPDATE webhook_deliveries d
          SET lease_until = now() + make_interval(secs => ${options.leaseMs / 1000}::float8),
              lease_token = ${options.token}::uuid
          FROM picked WHERE d.id = picked.id
          RETURNING d.id, d.subscription_id, d.event_id, d.attempts)
        SELECT c.id, c.subscription_id, c.attempts, s.url, s.secret,
               CASE WHEN s.previous_secret_expires_at > now() THEN s.previous_secret END AS previous_secret,
               e.payload,
               (extract(epoch FROM s.failing_since) * 1000)::float8 AS failing_since_ms
        FROM claimed c
        JOIN webhook_subscriptions s ON s.id = c.subscription_id
        JOIN webhook_events e ON e.id = c.event_id
        ORDER BY c.event_id`,
  );
}

export interface AttemptResult {
  outcome: 'delivered' | 'retry' | 'failed';
  status: number | null;
  latency_ms: number;
  error: string | null;
  /** For a retry: when. */
  retry_in_ms?: number;
}

/**
 * Records an attempt under the lease it was made with; false when the lease was lost (another
 * instance took the delivery over), and nothing is written.
 */
export async function recordAttempt(db: Db, id: string, token: string, result: AttemptResult): Promise<boolean> {
  const state = result.outcome === 'retry' ? 'pending' : result.outcome;
  const rows = await queryRows<{ attempts: number }>(
    db,
    sql`UPDATE webhook_deliveries SET
          state = ${state}, attempts = attempts + 1, last_attempt_at = now(),
          last_status = ${result.status}::int, last_latency_ms = ${result.latency_ms}::int, last_error = ${result.error}::text,
          next_attempt_at = now() + make_interval(secs => ${(result.retry_in_ms ?? 0) / 1000}::float8),
          finished_at = CASE WHEN ${state} = 'pending' THEN NULL ELSE now() END,
          lease_until = NULL, lease_token = NULL
        WHERE id = ${id}::uuid AND lease_token = ${token}::uuid
        RETURNING attempts`,
  );
  const attempt = rows[0]?.attempts;
  if (attempt === undefined) return false;
  await queryRows(
    db,
    sql`INSERT INTO webhook_attempts (delivery_id, attempt, status, latency_ms, error, outcome)
        VALUES (${id}::uuid, ${attempt}, ${result.status}::int, ${result.latency_ms}::int, ${result.error}::text, ${result.outcome})`,
  );
  return true;
}

/** Gives a claimed delivery back untried (the instance is stopping): due again at once, for anyone. */
export async function releaseDelivery(db: Db, id: string, token: string): Promise<void> {
  await queryRows(
    db,
    sql`UPDATE webhook_deliveries SET lease_until = NULL, lease_token = NULL
        WHERE id = ${id}::uuid AND lease_token = ${token}::uuid`,
  );
}

/** A success ends the subscription's failure clock. */
export async function markSucceeding(db: Db, subscriptionId: string): Promise<void> {
  await queryRows(
    db,
    sql`UPDATE webhook_subscriptions SET failing_since = NULL
        WHERE id = ${subscriptionId}::uuid AND failing_since IS NOT NULL`,
  );
}

/**
 * A failure starts the failure clock, or, when it has run for `disableAfterMs`, disables the
 * subscription with the reason. Returns whether it was disabled now.
 */
export async function markFailing(
  db: Db,
  subscriptionId: string,
  disableAfterMs: number,
  lastError: string,
): Promise<boolean> {
  const rows = await queryRows<{ status: string }>(
    db,
    sql`UPDATE webhook_subscriptions SET
          failing_since = coalesce(failing_since, now()),
          status = CASE WHEN status = 'active' AND failing_since <= now() - make_interval(secs => ${disableAfterMs / 1000}::float8)
                        THEN 'disabled' ELSE status END,
          disabled_reason = CASE WHEN status = 'active' AND failing_since <= now() - make_interval(secs => ${disableAfterMs / 1000}::float8)
                        THEN 'Deliveries failed without a success since ' || ${sql.raw(isoTimestamp('failing_since'))} || '; the last: ' || ${lastError}::text
                        ELSE disabled_reason END,
          version = version + CASE WHEN status = 'active' AND failing_since <= now() - make_interval(secs => ${disableAfterMs / 1000}::float8)
                        THEN 1 ELSE 0 END,
          updated_at = now()
        WHERE id = ${subscriptionId}::uuid
        RETURNING status`,
  );
  return rows[0]?.status === 'disabled';
}

/** Deletes deliveries finished before `olderThanMs` ago, and events no delivery refers to any more. */
export async function pruneWebhookHistory(db: Db, olderThanMs: number): Promise<void> {
  await queryRows(
    db,
    sql`DELETE FROM webhook_deliveries
        WHERE state <> 'pending' AND finished_at < now() - make_interval(secs => ${olderThanMs / 1000}::float8)`,
  );
  await deleteUnsentEvents(db);
}

/** Events no delivery refers to: no subscription will ever send them. */
async function deleteUnsentEvents(db: Db): Promise<void> {
  await queryRows(
    db,
    sql`DELETE FROM webhook_events e WHERE NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.event_id = e.id)`,
  );
}

// --- The delivery log --------------------------------------------------------------------------

export interface DeliveryRow {
  id: string;
  event_type: string;
  seq: string;
  program_id: string;
  state: 'pending' | 'delivered' | 'failed';
  attempts: number;
  last_status: number | null;
  last_latency_ms: number | null;
  last_error: string | null;
  last_attempt_at: string | null;
  next_attempt_at: string | null;
  created_at: string;
  finished_at: string | null;
  attempt_log: {
    attempt: number;
    at: string;
    status: number | null;
    latency_ms: number;
    error: string | null;
    outcome: 'delivered' | 'retry' | 'failed';
  }[];
}

const deliveryColumns = sql.raw(`d.id, e.type AS event_type, e.seq::text AS seq, d.program_id, d.state, d.attempts,
  d.last_status, d.last_latency_ms, d.last_error,
  ${isoTimestamp('d.last_attempt_at')} AS last_attempt_at,
  CASE WHEN d.state = 'pending' THEN ${isoTimestamp('d.next_attempt_at')} END AS next_attempt_at,
  ${isoTimestamp('d.created_at')} AS created_at, ${isoTimestamp('d.finished_at')} AS finished_at,
  coalesce((SELECT jsonb_agg(jsonb_build_object('attempt', a.attempt,
      'at', ${isoTimestamp('a.at')},
      'status', a.status, 'latency_ms', a.latency_ms, 'error', a.error, 'outcome', a.outcome) ORDER BY a.attempt)
    FROM webhook_attempts a WHERE a.delivery_id = d.id), '[]'::jsonb)::text AS attempt_log`);

type DeliveryText = Omit<DeliveryRow, 'attempt_log'> & { attempt_log: string };
const parseDelivery = (row: DeliveryText): DeliveryRow => ({ ...row, attempt_log: JSON.parse(row.attempt_log) });

/** A subscription's newest deliveries, newest first, each with its attempts. */
export async function deliveriesOf(db: Db, subscriptionId: string, limit: number): Promise<DeliveryRow[]> {
  const rows = await queryRows<DeliveryText>(
    db,
    sql`SELECT ${deliveryColumns} FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id
        WHERE d.subscription_id = ${subscriptionId}::uuid ORDER BY d.event_id DESC LIMIT ${limit}`,
  );
  return rows.map(parseDelivery);
}

/**
 * Makes a delivery due again at once, whatever its state, and answers it as changed (a worker may
 * send it the next moment); null when the subscription has no such delivery.
 */
export async function redeliver(db: Db, subscriptionId: string, deliveryId: string): Promise<DeliveryRow | null> {
  const rows = await queryRows<DeliveryText>(
    db,
    sql`WITH d AS (
          UPDATE webhook_deliveries SET state = 'pending', next_attempt_at = now(), finished_at = NULL
          WHERE id = ${deliveryId}::uuid AND subscription_id = ${subscriptionId}::uuid
          RETURNING *)
        SELECT ${deliveryColumns} FROM d JOIN webhook_events e ON e.id = d.event_id`,
  );
  return rows[0] ? parseDelivery(rows[0]) : null;
}
