import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePg, NodePgSession } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import type { Config } from '../config.js';
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
  close: () => Promise<void>;
}

export async function openDatabase(config: Config): Promise<Database> {
  return config.DATABASE_URL
    ? openPostgres(config.DATABASE_URL, config.DATABASE_READ_URL ?? [])
    : openPglite(config.PGLITE_DATA_DIR);
}

async function openPglite(dataDir: string): Promise<Database> {
  if (!dataDir.startsWith('memory://')) await mkdir(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    kind: 'pglite',
    primary: db,
    read: () => db,
    replicas: [],
    poolStats: () => [],
    close: () => client.close(),
  };
}

function createPool(connectionString: string, role: 'primary' | 'replica'): pg.Pool {
  const pool = new pg.Pool({
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
  pool.on('connect', (client) => client.on('error', () => {}));
  return pool;
}

async function openPostgres(url: string, readUrls: string[]): Promise<Database> {
  const primaryPool = createPool(url, 'primary');
  const replicaPools = readUrls.map((readUrl) => createPool(readUrl, 'replica'));
  const primary = drizzlePg({ client: primaryPool, schema }) as unknown as Db;
  const replicas = replicaPools.map((pool) => drizzlePg({ client: pool, schema }) as unknown as Db);
  let next = 0;
  return {
    kind: 'postgres',
    primary,
    read: () => {
      if (replicas.length === 0) return primary;
      next = (next + 1) % replicas.length;
      return replicas[next] as Db;
    },
    replicas,
    poolStats: () =>
      [primaryPool, ...replicaPools].map((pool) => ({
        total: pool.totalCount,
        idle: pool.idleCount,
        waiting: pool.waitingCount,
      })),
    close: async () => {
      await Promise.all([primaryPool, ...replicaPools].map((pool) => pool.end()));
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
