import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { createServerDatabase } from '../helpers/database.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';

// PostgreSQL only (vitest.config.ts leaves this file out without DATABASE_URL): `npm run cli` as an
// operator runs it, a process of its own, on a database reached through a TCP proxy that the test
// takes away at the worst moments. Every failure must end in one line that says what failed and
// whether anything was written, and a non-zero exit: never silence, a driver's text or a hang.

let database: { url: string; drop: () => Promise<void> };
let proxy: TcpProxy;
let admin: pg.Client;
let folder: string;
let programsCsv: string;
const PROGRAMS = 2_000;

beforeAll(async () => {
  database = await createServerDatabase();
  const target = new URL(database.url);
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  admin = new pg.Client({ connectionString: database.url, application_name: 'cli-faults-test' });
  await admin.connect();
  folder = mkdtempSync(join(tmpdir(), 'cli-faults-'));
  programsCsv = join(folder, 'programs.csv');
  // Large enough that the import's transaction lasts a while; made by the sample generator, deterministic.
  const generated = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'seed/generate.ts', '--programs', String(PROGRAMS), '--out', programsCsv],
    { cwd: projectRoot, encoding: 'utf8' },
  );
  if (generated.status !== 0) throw new Error(`seed/generate.ts failed: ${generated.stderr}`);
}, 120_000);

afterAll(async () => {
  await admin?.end();
  await proxy?.close();
  await database?.drop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** `npm run cli -- …` on the proxied database; `during` runs while the command does. */
async function cli(args: string[], during?: () => Promise<void>): Promise<Run> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: proxy.urlFor(database.url), LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  // A command that hangs is a failure of its own: killed after 60 s, it shows as code null.
  const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const interfered = await during?.().then(
    () => undefined,
    (error: unknown) => error,
  );
  const code = await exited;
  clearTimeout(killer);
  if (interfered) throw interfered;
  return { code, stdout, stderr, ms: Date.now() - started };
}

/** The CLI's session on the database, in the state asked for; resolves once seen. */
async function whenSession(condition: string, seconds = 45): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    // Inside a transaction the statistics views keep their first snapshot: take a new one each time.
    await admin.query('SELECT pg_stat_clear_snapshot()');
    const { rows } = await admin.query(
      `SELECT 1 FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'him-program-finder:primary' AND ${condition}`,
    );
    if (rows.length > 0) return;
    if (Date.now() > deadline) throw new Error(`no CLI session with ${condition} within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** One line on stderr, in words: no stack, no driver or drizzle text. */
function expectOneClearLine(run: Run, pattern: RegExp) {
  expect(run.code, run.stderr).toBe(1);
  const lines = run.stderr.trim().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/ECONN|Failed query|params:|\n\s+at |Error:|terminated unexpectedly/);
}

const countPrograms = async () => {
  const { rows } = await admin.query(`SELECT to_regclass('public.programs') IS NOT NULL AS present`);
  if (!rows[0].present) return 0;
  return Number((await admin.query('SELECT count(*) FROM programs')).rows[0].count);
};

const appliedMigrations = async () => {
  const { rows } = await admin.query(`SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS present`);
  if (!rows[0].present) return 0;
  return Number((await admin.query('SELECT count(*) FROM drizzle.__drizzle_migrations')).rows[0].count);
};

/** Runs `body` while the test's own session holds `lock` (e.g. a table lock the command will wait for). */
async function holding<T>(lock: string, body: () => Promise<T>): Promise<T> {
  await admin.query('BEGIN');
  try {
    await admin.query(lock);
    return await body();
  } finally {
    await admin.query('ROLLBACK');
  }
}

describe('migrate', () => {
  it('names a connection lost while the migrations are applied, applies none, and succeeds once the database is back', async () => {
    // The migrator records each migration in this table inside its transaction: with the table locked
    // against writes, every migration has run its DDL and waits to be recorded when the connection dies.
    await admin.query(`CREATE SCHEMA IF NOT EXISTS drizzle;
      CREATE TABLE IF NOT EXISTS drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)`);
    const run = await holding('LOCK TABLE drizzle.__drizzle_migrations IN SHARE MODE', () =>
      cli(['migrate'], async () => {
        await whenSession(`wait_event_type = 'Lock' AND xact_start < query_start`);
        await proxy.cut();
      }),
    );
    await proxy.restore();
    expectOneClearLine(
      run,
      /^migrate failed: the connection to the database "hpf_test_\w+" at 127\.0\.0\.1:\d+ was lost \(the server restarted, failed over or the network dropped\)\. No migration was applied: they are applied together or not at all\. Run it again once the database is back\.$/,
    );
    expect(await appliedMigrations()).toBe(0);
    expect((await admin.query(`SELECT to_regclass('public.programs') AS t`)).rows[0].t).toBeNull();

    const again = await cli(['migrate']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout.trim()).toBe('migrations applied');
    expect(await appliedMigrations()).toBeGreaterThan(0);
  }, 120_000);

  it('names a database that refuses connections, within moments', async () => {
    await proxy.cut();
    try {
      const run = await cli(['migrate']);
      expectOneClearLine(
        run,
        /^migrate failed: the database "hpf_test_\w+" at 127\.0\.0\.1:\d+ refused the connection \(is PostgreSQL running there\?\)\. No migration was applied: they are applied together or not at all\. Run it again once the database is back\.$/,
      );
      expect(run.ms).toBeLessThan(20_000);
    } finally {
      await proxy.restore();
    }
  }, 60_000);
});

describe('keys create', () => {
  it('names a refused connection and stores no key', async () => {
    await proxy.cut();
    let run: Run;
    try {
      run = await cli(['keys', 'create', '--name', 'refused-key']);
    } finally {
      await proxy.restore();
    }
    expectOneClearLine(
      run,
      /^keys create failed while applying the database migrations: the database ".*" at 127\.0\.0\.1:\d+ refused the connection \(is PostgreSQL running there\?\)\. Nothing was written: no migration was applied, and `keys create` did not start\. Run it again once the database is back\.$/,
    );
    expect(run.stdout).toBe('');
    expect((await admin.query(`SELECT count(*) FROM api_keys WHERE name = 'refused-key'`)).rows[0].count).toBe('0');
  }, 60_000);

  it('gives up on a database that accepts connections but never answers, instead of hanging', async () => {
    await proxy.blackhole();
    let run: Run;
    try {
      run = await cli(['keys', 'create', '--name', 'silent-key']);
    } finally {
      await proxy.restore();
    }
    expectOneClearLine(
      run,
      /^keys create failed while applying the database migrations: the database ".*" at 127\.0\.0\.1:\d+ did not accept a connection within 5 s\. Nothing was written: .* Run it again once the database is back\.$/,
    );
    expect(run.ms).toBeLessThan(30_000);
    expect((await admin.query(`SELECT count(*) FROM api_keys WHERE name = 'silent-key'`)).rows[0].count).toBe('0');

    // Once the database answers again, the same command works.
    const again = await cli(['keys', 'create', '--name', 'silent-key']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout.trim()).toMatch(/^hpf_/);
  }, 90_000);
});

describe('import', () => {
  // The import records every program in the change feed last, in its transaction: with the table
  // locked against writes, it has written all its rows (uncommitted) and waits there.
  const lockChanges = 'LOCK TABLE changes IN SHARE MODE';
  const waitingOnChanges = `wait_event_type = 'Lock' AND query ~* '^\\s*insert\\s+into\\s+"?changes"?\\s'`;

  it('names a restart that terminates the session in a dry run: nothing written', async () => {
    const run = await holding(lockChanges, () =>
      cli(['import', programsCsv, '--dry-run'], async () => {
        await whenSession(waitingOnChanges);
        // What a fast shutdown does to every session: FATAL 57P01, then the server is gone for a moment.
        await admin.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = current_database() AND application_name = 'him-program-finder:primary'`,
        );
        await proxy.cut();
      }),
    );
    await proxy.restore();
    expectOneClearLine(
      run,
      /^import failed: the connection to the database .* was lost \(.*\)\. Nothing was written \(a dry run never writes\)\. Run it again once the database is back\.$/,
    );
    expect(await countPrograms()).toBe(0);
  }, 180_000);

  it('names a connection lost before the import commits: nothing written', async () => {
    const run = await holding(lockChanges, () =>
      cli(['import', programsCsv], async () => {
        await whenSession(waitingOnChanges);
        await proxy.cut();
      }),
    );
    await proxy.restore();
    expectOneClearLine(
      run,
      /^import failed: the connection to the database .* was lost \(the server restarted, failed over or the network dropped\)\. Nothing was written: an import writes all its rows or none\. Run it again once the database is back\.$/,
    );
    expect(run.stdout).toBe('');
    expect(await countPrograms()).toBe(0);
  }, 180_000);

  it('says so when the connection is lost while the import commits, and the advice it gives holds', async () => {
    // A commit that takes 3 s: a deferred constraint trigger sleeps once per transaction.
    await admin.query(`
      CREATE FUNCTION test_slow_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('test.slept', true) IS DISTINCT FROM 'yes' THEN
          PERFORM set_config('test.slept', 'yes', true);
          PERFORM pg_sleep(3);
        END IF;
        RETURN NULL;
      END $$;
      CREATE CONSTRAINT TRIGGER test_slow_commit AFTER INSERT ON changes
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_slow_commit();`);
    try {
      const run = await cli(['import', programsCsv], async () => {
        await whenSession(`state = 'active' AND query = 'commit'`);
        await proxy.cut();
      });
      await proxy.restore();
      expectOneClearLine(
        run,
        /^import failed: the connection to the database .* was lost \(.*\)\. It is not known whether the import was written: the connection was lost while it was being committed\. Once the database is back, run the same import again: if it was written, every row is reported unchanged and nothing changes\.$/,
      );
    } finally {
      await admin.query('DROP TRIGGER test_slow_commit ON changes; DROP FUNCTION test_slow_commit()');
    }
    // The server finished the commit without its client; the import says so when run again, as advised.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await countPrograms()).toBe(PROGRAMS);
    const again = await cli(['import', programsCsv]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout.trim()).toBe(`${PROGRAMS} rows: 0 created, 0 updated, ${PROGRAMS} unchanged`);
  }, 180_000);

  it('says what is wrong with the file without touching the database', async () => {
    await proxy.cut();
    try {
      const run = await cli(['import', join(folder, 'missing.csv')]);
      expectOneClearLine(run, /^cannot read .*missing\.csv: no such file$/);
    } finally {
      await proxy.restore();
    }
  }, 60_000);
});
