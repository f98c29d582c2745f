import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type pg from 'pg';
import { migrationsFolder } from '../paths.js';
import { type Database, type Db, queryRows } from './client.js';

/** How many migrations this build ships; /readyz compares it with what the database has applied. */
export const shippedMigrations: number = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8'))
  .entries.length;

// Any constant shared by all instances: whoever holds it migrates, the others wait and then find nothing to do.
const MIGRATION_LOCK = 727_274_001;

/**
 * Applies the migrations and runs `then` while holding a PostgreSQL advisory lock,
 * so several instances starting at once neither race on DDL nor seed twice.
 */
export async function migrateAndPrepare(
  database: Database,
  then: (db: Db) => Promise<void> = async () => {},
): Promise<void> {
  if (database.kind === 'pglite') {
    // One process owns an embedded database: no lock is needed.
    await migratePglite(database.primary as unknown as PgliteDatabase, { migrationsFolder });
    await then(database.primary);
    return;
  }
  const pool = (database.primary as unknown as { $client: pg.Pool }).$client;
  const client = await pool.connect();
  try {
    // Waiting for another instance's migration, or running a long one, must not hit the pool's statement_timeout.
    await client.query('SET statement_timeout = 0');
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const db = drizzlePg({ client });
    await migratePg(db, { migrationsFolder });
    await then(database.primary);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    await client.query('RESET statement_timeout').catch(() => {});
    client.release();
  }
}

export async function appliedMigrations(db: Db): Promise<number> {
  const rows = await queryRows<{ count: number }>(
    db,
    sql`SELECT count(*)::int AS count FROM drizzle.__drizzle_migrations`,
  );
  return rows[0]?.count ?? 0;
}
