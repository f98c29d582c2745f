import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
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
    statement_timeout: 15_000,
    application_name: `him-program-finder:${role}`,
  });
  // Without a listener, a connection the server kills (restart, failover) crashes the process.
  pool.on('error', () => {});
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

/** Runs a SQL statement and returns its rows; the one place raw results are read. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
