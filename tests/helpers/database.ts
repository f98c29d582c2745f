import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { testConfig } from '../../src/config.js';
import { type Database, openDatabase } from '../../src/db/client.js';
import { migrateAndPrepare } from '../../src/db/migrate.js';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default,
 * or, when DATABASE_URL names a PostgreSQL server, a new database created on
 * it for this file alone and dropped afterwards.
 */
export interface TestDatabase {
  database: Database;
  /** The PostgreSQL URL of this file's own database; undefined on PGlite. */
  url?: string;
  drop: () => Promise<void>;
}

export const onPostgres = Boolean(process.env.DATABASE_URL);

async function admin<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A new empty database on the server of DATABASE_URL; returns its URL. */
export async function createServerDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL as string;
  const name = `hpf_test_${randomBytes(6).toString('hex')}`;
  await admin(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      admin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (!onPostgres) {
    const database = await openDatabase(testConfig());
    await migrateAndPrepare(database);
    return { database, drop: () => database.close() };
  }
  const server = await createServerDatabase();
  const database = await openDatabase(testConfig({ DATABASE_URL: server.url }));
  await migrateAndPrepare(database);
  return {
    database,
    url: server.url,
    drop: async () => {
      await database.close();
      await server.drop();
    },
  };
}
