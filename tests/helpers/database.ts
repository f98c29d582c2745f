import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { testConfig } from '../../src/config.js';
import { type Database, openDatabase } from '../../src/db/client.js';
import { migrateAndPrepare } from '../../src/db/migrate.js';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default,
 * or, when DATABASE_URL names a PostgreSQL server, a new database created on
 * it for this file alone and dropped afterwards. Either is a copy of a template
 * the run prepared once.
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

/** A new database on the server of DATABASE_URL, empty or a copy of `template`; returns its URL. */
export async function createServerDatabase(template?: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL as string;
  const name = `hpf_test_${randomBytes(6).toString('hex')}`;
  await admin(serverUrl, (client) =>
    client.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`),
  );
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      admin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

/**
 * A database of this file's own, copied from the run's prepared template (tests/helpers/database-templates.ts):
 * migrated, with the ZIP centroids and the occupations, and with the sample programs when `seeded`.
 */
export async function createTestDatabase(
  options: { seeded?: boolean /** Only migrated: for tests of the preparation itself. */; fresh?: boolean } = {},
): Promise<TestDatabase> {
  const templates = inject('databaseTemplates');
  const template = options.fresh ? undefined : options.seeded ? templates.seeded : templates.prepared;
  if (!onPostgres) {
    const pgliteDump = template ? new Blob([await readFile(template)]) : undefined;
    const database = await openDatabase(testConfig(), { pgliteDump });
    await migrateAndPrepare(database);
    return { database, drop: () => database.close() };
  }
  const server = await createServerDatabase(template);
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
