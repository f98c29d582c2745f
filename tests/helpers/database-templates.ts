import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { testConfig } from '../../src/config.js';
import { type Database, openDatabase } from '../../src/db/client.js';
import { migrateAndPrepare } from '../../src/db/migrate.js';
import { prepareData, seedSampleData } from '../../src/services/seed.js';

/**
 * Vitest's global setup: the databases every test file starts from, made once per run. Migrating,
 * loading 33,000 ZIP centroids and the occupations, and importing the ~350 sample programs cost
 * seconds a file; a file instead copies a prepared database: on PostgreSQL with CREATE DATABASE …
 * TEMPLATE, on PGlite from a dump of the data directory. Two templates: prepared (no programs) and
 * seeded (the sample programs). Files that test the preparation itself still run it on their copy
 * (createTestDatabase runs the migrations and the preparation, which find nothing left to do).
 */

export interface Templates {
  /** PGlite: the dump files; PostgreSQL: the template database names. */
  prepared: string;
  seeded: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplates: Templates;
  }
}

async function prepare(database: Database, seeded: boolean): Promise<void> {
  await migrateAndPrepare(database, (db) => prepareData(db, { seedOnEmpty: false }));
  if (seeded) await seedSampleData(database.primary);
}

async function pgliteTemplates(): Promise<{ templates: Templates; remove: () => Promise<void> }> {
  const folder = await mkdtemp(join(tmpdir(), 'hpf-templates-'));
  const templates = { prepared: join(folder, 'prepared.tar'), seeded: join(folder, 'seeded.tar') };
  const database = await openDatabase(testConfig());
  const dumpTo = async (file: string) => {
    if (!database.dump) throw new Error('the embedded database cannot be dumped');
    await writeFile(file, Buffer.from(await (await database.dump()).arrayBuffer()));
  };
  try {
    await prepare(database, false);
    await dumpTo(templates.prepared);
    await seedSampleData(database.primary);
    await dumpTo(templates.seeded);
  } finally {
    await database.close();
  }
  return { templates, remove: () => rm(folder, { recursive: true, force: true }) };
}

async function postgresTemplates(serverUrl: string): Promise<{ templates: Templates; remove: () => Promise<void> }> {
  const run = randomBytes(4).toString('hex');
  const templates = { prepared: `hpf_tpl_${run}_prepared`, seeded: `hpf_tpl_${run}_seeded` };
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const urlOf = (name: string) => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  for (const [name, seeded] of [
    [templates.prepared, false],
    [templates.seeded, true],
  ] as const) {
    await admin.query(`CREATE DATABASE ${name}`);
    const database = await openDatabase(testConfig({ DATABASE_URL: urlOf(name) }));
    try {
      await prepare(database, seeded);
    } finally {
      await database.close();
    }
  }
  return {
    templates,
    remove: async () => {
      for (const name of Object.values(templates)) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.DATABASE_URL;
  const { templates, remove } = serverUrl ? await postgresTemplates(serverUrl) : await pgliteTemplates();
  project.provide('databaseTemplates', templates);
  return remove;
}
