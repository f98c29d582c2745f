import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Database, type Db, queryRows } from './client.js';

/**
 * The newest change seq (the data version), as SQL text too: the LISTEN connection is a plain
 * pg.Client outside drizzle and runs the same statement.
 */
const newestChangeSeqText = 'SELECT coalesce(max(seq), 0)::text AS seq FROM changes';

async function newestChangeSeq(db: Db): Promise<number> {
  const rows = await queryRows<{ seq: string }>(db, sql.raw(newestChangeSeqText));
  return Number(rows[0]?.seq ?? 0);
}

/** The channel the `changes` trigger notifies (migrations/0002_notify_changes.sql); the payload is the newest seq. */
export const DATA_VERSION_CHANNEL = 'data_version';

/**
 * The data version: the newest `changes.seq`. Every write records a change in its own transaction and
 * changes commit in seq order, so one number names the state of all public data: anything computed
 * from the data at version N (a cached answer, an ETag) stays right until the version moves.
 */
export interface DataVersion {
  /** The version this instance knows, or undefined while it cannot know (listener down, replicas behind). */
  readonly current: number | undefined;
  /** Called after every change of `current`, undefined included. */
  onChange(listener: (version: number | undefined) => void): void;
  /**
   * Reads the version from the primary now rather than waiting for the notification: after a write,
   * so that the writer's next read on this instance sees it.
   */
  refresh(): Promise<void>;
  close(): Promise<void>;
}

interface Log {
  warn: (object: object, message: string) => void;
  info: (object: object, message: string) => void;
}

export interface DataVersionOptions {
  log?: Log;
  /** How often the listening connection re-reads the version: a liveness check and a safety net. */
  heartbeatMs?: number;
  /** How long replicas may trail the primary before answers stop being cached by version. */
  replicaGraceMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/**
 * Tracks the data version: read once at start, then kept current by LISTEN/NOTIFY, on a dedicated
 * connection (a pooled one would drop its LISTEN when released) or through PGlite's own listen().
 * With read replicas a new version is published only once every replica has replayed it, so
 * nothing read from a lagging replica is ever cached under the new version.
 */
export async function trackDataVersion(database: Database, options: DataVersionOptions = {}): Promise<DataVersion> {
  const tracker = new Tracker(database, options);
  await tracker.start();
  return tracker;
}

class Tracker implements DataVersion {
  private version: number | undefined;
  private readonly listeners: ((version: number | undefined) => void)[] = [];
  private closed = false;
  private heartbeat: NodeJS.Timeout | undefined;
  private client: pg.Client | undefined;
  private reconnectDelay = 100;
  private stopListening: (() => Promise<void>) | undefined;
  /** The newest seq heard of that is not yet published because a replica has not replayed it. */
  private pending = 0;
  private confirming = false;

  constructor(
    private readonly database: Database,
    private readonly options: DataVersionOptions,
  ) {}

  get current() {
    return this.version;
  }

  onChange(listener: (version: number | undefined) => void) {
    this.listeners.push(listener);
  }

  async start() {
    if (this.database.kind === 'pglite') await this.listenPglite();
    else await this.listenPostgres();
    this.heartbeat = setInterval(() => void this.beat(), this.options.heartbeatMs ?? 10_000);
    this.heartbeat.unref();
  }

  async close() {
    this.closed = true;
    clearInterval(this.heartbeat);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
    await this.stopListening?.().catch(() => {});
  }

  private publish(version: number | undefined) {
    if (version === this.version) return;
    this.version = version;
    for (const listener of this.listeners) listener(version);
  }

  /** A seq heard of (notification or read): the version only moves forward. */
  private advance(seq: number) {
    if (!Number.isSafeInteger(seq)) return;
    if (this.version !== undefined && seq <= this.version) return;
    if (this.database.replicas.length === 0) return this.publish(seq);
    this.pending = Math.max(this.pending, seq);
    void this.confirmOnReplicas();
  }

  async refresh() {
    // While the listener is down, writes elsewhere would go unnoticed: the version stays unknown.
    if (this.closed || (this.database.kind === 'postgres' && !this.client)) return;
    await newestChangeSeq(this.database.primary)
      .then((seq) => this.advance(seq))
      .catch(() => {});
  }

  private async confirmOnReplicas() {
    if (this.confirming) return;
    this.confirming = true;
    try {
      while (!this.closed && this.pending > (this.version ?? -1)) {
        const target = this.pending;
        const started = Date.now();
        while (!this.closed && !(await this.replicasHave(target))) {
          // Answers read now may predate the change: stop caching until the replicas catch up.
          if (Date.now() - started > (this.options.replicaGraceMs ?? 2_000)) this.publish(undefined);
          await sleep(20);
        }
        if (!this.closed && (this.version === undefined || target > this.version)) this.publish(target);
      }
    } finally {
      this.confirming = false;
    }
  }

  private async replicasHave(seq: number): Promise<boolean> {
    const seen = await Promise.all(this.database.replicas.map((replica) => newestChangeSeq(replica).catch(() => -1)));
    return seen.every((replicaSeq) => replicaSeq >= seq);
  }

  private async beat() {
    if (this.closed) return;
    if (this.database.kind === 'pglite') {
      // A database not yet migrated has no changes table: the version stays unknown.
      await newestChangeSeq(this.database.primary)
        .then((seq) => this.advance(seq))
        .catch(() => {});
      return;
    }
    const client = this.client;
    if (!client) return;
    try {
      this.advance(Number((await client.query(newestChangeSeqText)).rows[0]?.seq));
    } catch (error) {
      // The server answered with an error (SQLSTATE): the connection is alive. Anything else (a timeout
      // on a connection that went silent) means notifications may no longer arrive.
      if (!/^[0-9A-Z]{5}$/.test((error as { code?: string }).code ?? '')) this.lost(client);
    }
  }

  private async listenPglite() {
    const client = (this.database.primary as unknown as { $client: PGlite }).$client;
    this.stopListening = await client.listen(DATA_VERSION_CHANNEL, (payload) => this.advance(Number(payload)));
    await newestChangeSeq(this.database.primary)
      .then((seq) => this.advance(seq))
      .catch(() => {});
  }

  private async listenPostgres() {
    const pool = (this.database.primary as unknown as { $client: pg.Pool }).$client;
    const client = new pg.Client({
      ...(pool.options as pg.ClientConfig),
      application_name: 'him-program-finder:listener',
      keepAlive: true,
      query_timeout: 10_000,
    });
    const lost = () => this.lost(client);
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (message) => {
      if (message.channel === DATA_VERSION_CHANNEL && message.payload) this.advance(Number(message.payload));
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${DATA_VERSION_CHANNEL}`);
      if (this.closed) {
        await client.end().catch(() => {});
        return;
      }
      this.client = client;
      this.reconnectDelay = 100;
      // Whatever committed while no one listened is in the table; read it after LISTEN so nothing falls between.
      const seq = await client
        .query(newestChangeSeqText)
        .then((result) => Number(result.rows[0]?.seq))
        .catch(() => undefined);
      if (seq !== undefined) this.advance(seq);
    } catch (error) {
      client.removeAllListeners('end');
      await client.end().catch(() => {});
      this.options.log?.warn({ err: error }, 'data version listener could not connect; retrying');
      this.scheduleReconnect();
    }
  }

  private lost(client: pg.Client) {
    if (this.closed || this.client !== client) return;
    this.client = undefined;
    // Notifications sent while no one listens are lost: cache nothing until the version is read again.
    this.publish(undefined);
    this.options.log?.warn({}, 'data version listener lost its connection; reconnecting');
    client.end().catch(() => {});
    this.scheduleReconnect();
  }

  private scheduleReconnect() {
    if (this.closed) return;
    const delay = this.reconnectDelay;
    this.reconnectDelay = Math.min(this.reconnectDelay * 2, 5_000);
    setTimeout(() => void this.listenPostgres(), delay).unref();
  }
}
