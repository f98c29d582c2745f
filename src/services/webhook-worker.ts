import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client.js';
import {
  type AttemptResult,
  type ClaimedDelivery,
  claimDeliveries,
  markFailing,
  markSucceeding,
  pruneWebhookHistory,
  recordAttempt,
  releaseDelivery,
} from '../queries/webhooks.js';
import { postWebhook, type SendResult } from './webhook-http.js';
import { type SecretBox, signature } from './webhook-secrets.js';

/**
 * Sends the deliveries of the outbox, in every instance of the service, with PostgreSQL as the work
 * queue: due rows are claimed with `FOR UPDATE SKIP LOCKED` and held by a lease
 * (queries/webhooks.ts claimDeliveries), so instances share the work without sending one delivery
 * twice at the same time, and a delivery whose instance died is taken over when its lease runs out.
 *
 * Why not pg-boss or graphile-worker: their current releases (pg-boss 11 and 12, graphile-worker
 * 0.18) need Node 22, and this service runs on Node 20. pg-boss 10 (Node 20) does run on
 * PGlite through its `db.executeSql` adapter (tried: schema, send, fetch), but keeps its jobs in a
 * schema of its own, outside the drizzle migrations, and has no way to keep one program's events in
 * order per subscription, honour Retry-After, hold a paused subscription's jobs or show the
 * attempts per delivery: those would live in tables of ours anyway, beside a copy of the same state
 * in its queue. graphile-worker (0.17 runs on Node 20) needs a node-postgres pool and a LISTEN
 * connection of its own, which the embedded PGlite cannot give it. The queue here is one table and one statement on both databases.
 *
 * Each attempt is decided by its answer: 2xx delivered; 429, 5xx, 3xx (redirects are not followed),
 * a timeout or a network error retried after an exponential backoff with jitter (a Retry-After
 * answer sets the delay, within the maximum); any other 4xx failed for good, as the receiver refused
 * this event (redelivery on request stays possible). A subscription failing for
 * WEBHOOK_DISABLE_AFTER_MS without a success is disabled with the reason.
 */

/** Finished deliveries (and their events) are kept this long for the delivery log, then deleted. */
const HISTORY_KEPT_MS = 30 * 24 * 60 * 60 * 1000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

export interface WorkerOptions {
  db: Db;
  secrets: SecretBox;
  allowPrivate: boolean;
  timeoutMs: number;
  retryBaseMs: number;
  retryMaxDelayMs: number;
  disableAfterMs: number;
  pollMs: number;
  /** Deliveries sent at once by this instance. */
  concurrency?: number;
  log: {
    warn: (object: object, message: string) => void;
    info: (object: object, message: string) => void;
  };
  /** Told of every attempt recorded (metrics). */
  onAttempt?: (result: AttemptResult) => void;
}

/** The delay before retry number `attempt` (1 for the first retry): doubled each time, ±20% jitter, capped. */
export function backoff(attempt: number, baseMs: number, maxMs: number): number {
  const exact = Math.min(maxMs, baseMs * 2 ** Math.min(attempt - 1, 40));
  return Math.round(Math.min(maxMs, exact * (0.8 + Math.random() * 0.4)));
}

/** A Retry-After value (seconds or an HTTP date) in milliseconds from now, when it is one. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function judge(result: SendResult, attempt: number, options: WorkerOptions): AttemptResult {
  const base = { status: result.status ?? null, latency_ms: result.latencyMs };
  const status = result.status;
  if (status !== undefined && status >= 200 && status < 300) return { ...base, outcome: 'delivered', error: null };
  if (status !== undefined && status >= 400 && status < 500 && status !== 429) {
    return { ...base, outcome: 'failed', error: `answered ${status}: not retried` };
  }
  const asked = status === 429 || (status !== undefined && status >= 500) ? retryAfterMs(result.retryAfter) : undefined;
  const delay =
    asked !== undefined
      ? Math.min(asked, options.retryMaxDelayMs)
      : backoff(attempt, options.retryBaseMs, options.retryMaxDelayMs);
  const error = result.error ?? `answered ${status}`;
  return { ...base, outcome: 'retry', error, retry_in_ms: delay };
}

export class WebhookWorker {
  private stopped = false;
  private wake: (() => void) | undefined;
  private loop: Promise<void> | undefined;
  private readonly aborter = new AbortController();
  private readonly concurrency: number;
  private readonly leaseMs: number;
  private failures = 0;
  private nudged = false;
  private prunedAt = 0;

  constructor(private readonly options: WorkerOptions) {
    this.concurrency = options.concurrency ?? 4;
    // Longer than an attempt can take, so a live instance never loses its lease mid-send.
    this.leaseMs = options.timeoutMs * 2 + 5_000;
  }

  start(): void {
    this.loop ??= this.run();
  }

  /** Looks for due deliveries now (a write was committed, a delivery was made due). */
  nudge(): void {
    this.nudged = true;
    this.wake?.();
  }

  /** Stops claiming, abandons requests in flight (their deliveries are due again at once) and waits. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.aborter.abort();
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      this.nudged = false;
      let claimed = 0;
      try {
        claimed = await this.round();
        this.failures = 0;
      } catch (error) {
        // The database went away (restart, failover): nothing is lost, the rows wait in the table.
        this.failures += 1;
        if (this.failures === 1) this.options.log.warn({ err: error }, 'webhook deliveries paused: database error');
      }
      if (this.stopped) break;
      // A full round may have left more due, and a nudge during the round may have made more due: go
      // on at once; else wait for a nudge or the poll.
      if ((claimed === this.concurrency || this.nudged) && this.failures === 0) continue;
      const waitMs =
        this.failures > 0 ? Math.min(30_000, this.options.pollMs * 2 ** this.failures) : this.options.pollMs;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, waitMs);
        timer.unref();
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.wake = done;
      });
      this.wake = undefined;
    }
  }

  private async round(): Promise<number> {
    if (Date.now() - this.prunedAt > PRUNE_EVERY_MS) {
      this.prunedAt = Date.now();
      await pruneWebhookHistory(this.options.db, HISTORY_KEPT_MS);
    }
    const token = randomUUID();
    const claimed = await claimDeliveries(this.options.db, { limit: this.concurrency, leaseMs: this.leaseMs, token });
    await Promise.all(claimed.map((delivery) => this.deliver(delivery, token)));
    return claimed.length;
  }

  private async deliver(delivery: ClaimedDelivery, token: string): Promise<void> {
    const { db, secrets, log } = this.options;
    let signed: string;
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const keys = [delivery.secret, delivery.previous_secret]
        .filter((stored): stored is string => stored !== null)
        .map((stored) => secrets.open(stored));
      signed = signature(keys, delivery.id, timestamp, delivery.payload);
    } catch (error) {
      await this.settle(delivery, token, {
        outcome: 'retry',
        status: null,
        latency_ms: 0,
        error: (error as Error).message,
        retry_in_ms: backoff(delivery.attempts + 1, this.options.retryBaseMs, this.options.retryMaxDelayMs),
      });
      return;
    }
    const result = await postWebhook(
      delivery.url,
      delivery.payload,
      { 'webhook-id': delivery.id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signed },
      {
        allowPrivate: this.options.allowPrivate,
        timeoutMs: this.options.timeoutMs,
        signal: this.aborter.signal,
      },
    );
    if (this.stopped && result.status === undefined) {
      // Cut short by the shutdown, not by the target: due again at once, for any instance.
      await releaseDelivery(db, delivery.id, token).catch(() => {});
      return;
    }
    const judged = judge(result, delivery.attempts + 1, this.options);
    if (judged.outcome !== 'delivered') {
      log.info(
        { delivery: delivery.id, subscription: delivery.subscription_id, error: judged.error },
        'webhook attempt failed',
      );
    }
    await this.settle(delivery, token, judged);
  }

  private async settle(delivery: ClaimedDelivery, token: string, result: AttemptResult): Promise<void> {
    const { db, log } = this.options;
    const kept = await recordAttempt(db, delivery.id, token, result);
    if (!kept) return;
    this.options.onAttempt?.(result);
    if (result.outcome === 'delivered') {
      if (delivery.failing_since_ms !== null) await markSucceeding(db, delivery.subscription_id);
      return;
    }
    const disabled = await markFailing(db, delivery.subscription_id, this.options.disableAfterMs, result.error ?? '');
    if (disabled) log.warn({ subscription: delivery.subscription_id }, 'webhook subscription disabled after failing');
  }
}
