import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { testConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import { migrateAndPrepare } from '../src/db/migrate.js';
import { settleImportedTables } from '../src/services/imported-tables.js';
import { loadZipCentroids, seedSampleData } from '../src/services/seed.js';

/** A database of the benchmark's own on the server of `serverUrl`, created fresh and dropped afterwards. */
export interface BenchDatabase {
  name: string;
  url: string;
  drop: () => Promise<void>;
}

async function admin<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createBenchDatabase(serverUrl: string, label: string): Promise<BenchDatabase> {
  const name = `hpf_bench_${label}_${randomBytes(4).toString('hex')}`;
  await admin(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await admin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/**
 * Migrates the database and loads a generated program set (programs and accreditation histories)
 * through the service's own import, in this process, and what follows an import of many rows in
 * the CLI and the API alike (settleImportedTables): nothing is vacuumed by hand.
 */
export async function loadPrograms(url: string, files: { programs: string; actions?: string }): Promise<number> {
  const config = testConfig({ DATABASE_URL: url });
  const database = await openDatabase(config);
  try {
    await migrateAndPrepare(database);
    await loadZipCentroids(database.primary);
    const result = await seedSampleData(database.primary, files);
    const programs = result?.programs ?? 0;
    await settleImportedTables(database.primary, { dry_run: false, created: programs, updated: 0, errors: [] });
    return programs;
  } finally {
    await database.close();
  }
}
