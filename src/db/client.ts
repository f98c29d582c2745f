import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePg, NodePgSession } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import type { Config } from '../config.js';
import { isConnectionLost } from './failures.js';
import * as schema from './schema.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

/**
 * The database as the rest of the service sees it: `primary` for writes and
 * read-your-own-write paths, `read` for public reads (a replica when
 * DATABASE_READ_URL is set, else the primary). Both modes speak the same SQL.
 */
export interface Database {
  kind: 'pglite' | 'postgres';
  primary: Db;
  read: () => Db;
  /** The read replicas (DATABASE_READ_URL), each once; empty when reads go to the primary. */
  replicas: Db[];
  poolStats: () => PoolStats[];
  /** The embedded database's data directory as a tarball (PGlite only), to start another from. */
  dump?: () => Promise<Blob>;
  close: () => Promise<void>;
}

/** Told about every statement sent on a PostgreSQL connection, and how it ended (the CLI's account of what was written). */
export interface StatementObserver {
  sent: (connection: object, text: string) => void;
  settled: (connection: object, text: string, error?: unknown) => void;
}

export interface OpenOptions {
  observer?: StatementObserver;
  /** An embedded database to start from: a data directory dumped by PGlite's dumpDataDir (tests copy a prepared one). */
  pgliteDump?: Blob;
}

export async function openDatabase(config: Config, options: OpenOptions = {}): Promise<Database> {
  return config.DATABASE_URL
    ? openPostgres(config.DATABASE_URL, config.DATABASE_READ_URL ?? [], options)
    : openPglite(config.PGLITE_DATA_DIR, options.pgliteDump);
}

async function openPglite(dataDir: string, dump?: Blob): Promise<Database> {
  if (!dataDir.startsWith('memory://')) await mkdir(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, { extensions: { pg_trgm }, ...(dump ? { loadDataDir: dump } : {}) });
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    kind: 'pglite',
    primary: db,
    read: () => db,
    replicas: [],
    poolStats: () => [],
    dump: () => client.dumpDataDir('none'),
    close: () => client.close(),
  };
}

/**
 * The pool's connections. A statement that got no answer within query_timeout leaves its connection
 * waiting for ever (node-postgres does not cancel it), and every later statement on it (a rollback,
 * an unlock) would queue behind it for another query_timeout each: the connection is closed instead,
 * so they fail at once and the pool replaces it. With an observer, every statement is reported.
 */
function clientClass(observer?: StatementObserver): typeof pg.Client {
  // Not named "…Pool…": drizzle takes any object whose class name contains "Pool" for a pool.
  return class GuardedClient extends pg.Client {
    // biome-ignore lint/suspicious/noExplicitAny: pg.Client.query has a dozen overloads; every one is passed through.
    override query(...args: any[]): any {
      const [config] = args;
      const text = String(typeof config === 'string' ? config : (config?.text ?? ''));
      observer?.sent(this, text);
      const settled = (error?: unknown) => {
        observer?.settled(this, text, error ?? undefined);
        if ((error as Error | undefined)?.message === 'Query read timeout') void this.end().catch(() => {});
      };
      const callback = args.findIndex((arg) => typeof arg === 'function');
      if (callback !== -1) {
        const done = args[callback];
        args[callback] = (error: unknown, ...rest: unknown[]) => {
          settled(error);
          done(error, ...rest);
        };
        // biome-ignore lint/suspicious/noExplicitAny: see above
        return (super.query as any)(...args);
      }
      // biome-ignore lint/suspicious/noExplicitAny: see above
      const result = (super.query as any)(...args);
      if (result && typeof result.then === 'function') result.then(() => settled(), settled);
      return result;
    }
  };
}

/** How long a checked-out connection may stay dead before the pool takes its slot back. */
const DEAD_CONNECTION_GRACE_MS = 5_000;

interface ManagedPool {
  pool: pg.Pool;
  /**
   * The same pool as public reads see it: a read whose connection died (a restart or failover,
   * noticed only by the statement that was using it) is run again once, on a connection made after
   * it died, before it fails. Reads only: a write cannot be repeated blindly, since the server may
   * have applied it before the connection died.
   */
  readPool: pg.Pool;
  /** Ends the pool without waiting for ever: connections that died are dropped, live ones get `waitMs`. */
  end: (waitMs?: number) => Promise<void>;
}

function createPool(connectionString: string, role: 'primary' | 'replica', observer?: StatementObserver): ManagedPool {
  const pool = new pg.Pool({
    Client: clientClass(observer),
    connectionString,
    max: 10,
    // A bounded wait: with every connection busy a request fails fast (503) instead of hanging.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    // The server cancels a runaway statement (57014, answered 503); the client gives up a little
    // later on its own when the network goes silent and the server can no longer answer at all.
    statement_timeout: 15_000,
    query_timeout: 20_000,
    application_name: `him-program-finder:${role}`,
  });
  // Without a listener, a connection the server kills (restart, failover) crashes the process: the
  // pool listens on idle connections, and each connection listens itself for while it is checked out
  // (a transaction between two statements). Its query fails instead, and the pool discards it on release.
  pool.on('error', () => {});

  // A holder normally releases a connection that died under it at its next statement, and the pool
  // drops it. One that never does (drizzle's transaction() when `begin` itself fails on a connection
  // that died while idle) would keep its pool slot for ever, and pool.end() would wait for it: such a
  // connection is released for its holder after a grace period, and at once when the pool ends.
  const checkedOut = new Set<pg.PoolClient>();
  const reap = (client: pg.PoolClient) => {
    if (!checkedOut.has(client)) return;
    checkedOut.delete(client);
    const release = client.release;
    // The holder's own release, should it still come, is then a no-op rather than pg-pool's double-release error.
    client.release = () => {};
    release(new Error('the connection to the database was lost'));
  };
  pool.on('acquire', (client) => checkedOut.add(client));
  pool.on('release', (_error, client) => checkedOut.delete(client));
  // Connections numbered in the order they were made: a retry takes only one made after the failure.
  let made = 0;
  const generation = new WeakMap<pg.PoolClient, number>();
  pool.on('connect', (client) => {
    made += 1;
    generation.set(client, made);
    const died = () => {
      if (checkedOut.has(client)) setTimeout(() => reap(client), DEAD_CONNECTION_GRACE_MS).unref();
    };
    client.on('error', died);
    client.on('end', died);
  });
  const isDead = (client: pg.PoolClient) => {
    const state = client as unknown as { _queryable?: boolean; _ending?: boolean };
    return state._queryable === false || state._ending === true;
  };

  /** One statement on a connection made after connection number `after`; older ones, likely dead too, are dropped. */
  const queryOnNewerConnection = async (after: number, args: unknown[]) => {
    for (;;) {
      const client = await pool.connect();
      if ((generation.get(client) ?? 0) <= after) {
        client.release(new Error('made before a connection that died'));
        continue;
      }
      try {
        const result = await (client.query as (...a: unknown[]) => Promise<unknown>)(...args);
        client.release();
        return result;
      } catch (error) {
        client.release(error as Error);
        throw error;
      }
    }
  };
  const retryingQuery = async (...args: unknown[]) => {
    const newest = made;
    try {
      return await (pool.query as (...a: unknown[]) => Promise<unknown>)(...args);
    } catch (error) {
      if (!isConnectionLost(error)) throw error;
      return queryOnNewerConnection(newest, args);
    }
  };
  const readPool = new Proxy(pool, {
    get: (target, property, receiver) => {
      // The callback form (unused here) is passed through as it is.
      if (property === 'query') {
        return (...args: unknown[]) =>
          typeof args.at(-1) === 'function'
            ? (target.query as (...a: unknown[]) => unknown)(...args)
            : retryingQuery(...args);
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });

  return {
    pool,
    readPool,
    end: async (waitMs = 5_000) => {
      for (const client of [...checkedOut]) if (isDead(client)) reap(client);
      const timer = new AbortController();
      await Promise.race([pool.end(), sleep(waitMs, undefined, { signal: timer.signal }).catch(() => {})]);
      timer.abort();
    },
  };
}

async function openPostgres(url: string, readUrls: string[], options: OpenOptions): Promise<Database> {
  const primaryPool = createPool(url, 'primary', options.observer);
  const replicaPools = readUrls.map((readUrl) => createPool(readUrl, 'replica', options.observer));
  const pools = [primaryPool, ...replicaPools];
  const primary = drizzlePg({ client: primaryPool.pool, schema }) as unknown as Db;
  // Public reads: the replicas, else the primary's pool, both with the read retry.
  const readers = (replicaPools.length > 0 ? replicaPools : [primaryPool]).map(
    ({ readPool }) => drizzlePg({ client: readPool, schema }) as unknown as Db,
  );
  let next = 0;
  return {
    kind: 'postgres',
    primary,
    read: () => {
      next = (next + 1) % readers.length;
      return readers[next] as Db;
    },
    replicas: replicaPools.length > 0 ? readers : [],
    poolStats: () =>
      pools.map(({ pool }) => ({
        total: pool.totalCount,
        idle: pool.idleCount,
        waiting: pool.waitingCount,
      })),
    close: async () => {
      await Promise.all(pools.map((managed) => managed.end()));
    },
  };
}

// Dates, timestamps and intervals (and their arrays) arrive as the server's text, as drizzle's own
// node-postgres queries read them and as PGlite hands them over.
const serverText = new Set([1082, 1114, 1184, 1186, 1115, 1182, 1185, 1187, 1231]);
const asServerText = (value: string) => value;
const pgTypes = {
  getTypeParser: (typeId: number, format?: 'text' | 'binary') =>
    serverText.has(typeId) ? asServerText : pg.types.getTypeParser(typeId, format as 'text'),
};

// Each distinct SQL text becomes a named prepared statement, parsed and planned once per connection:
// with small tables planning costs more than running. Texts differ only by structure (which filters,
// how many values), never by values; past the bound, rare shapes run unnamed rather than pile up.
const statementNames = new Map<string, string>();
const MAX_NAMED_STATEMENTS = 2_000;
function statementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `q${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
    statementNames.set(text, name);
  }
  return name;
}

interface DrizzleInternals {
  session: unknown;
  dialect: { sqlToQuery: (query: SQL) => { sql: string; params: unknown[] } };
}

/** Runs a SQL statement and returns its rows; the one place raw results are read. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const { session, dialect } = db as unknown as DrizzleInternals;
  if (session instanceof NodePgSession) {
    const { sql: text, params } = dialect.sqlToQuery(query);
    // The pool, or inside a transaction the connection that holds it.
    const client = (session as unknown as { client: pg.Pool | pg.PoolClient }).client;
    const result = await client.query<T & pg.QueryResultRow>({
      name: statementName(text),
      text,
      values: params,
      types: pgTypes,
    });
    return result.rows;
  }
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
