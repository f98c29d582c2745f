import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

/**
 * A streaming replica of the PostgreSQL server of DATABASE_URL, made for one test file: a base
 * backup (pg_basebackup -R) in a temporary folder, started with pg_ctl on a free port as a hot
 * standby, then stopped and deleted. The server must accept replication connections from
 * 127.0.0.1 (pg_hba.conf `host replication all 127.0.0.1/32 trust`; .ci/run sets that up).
 */
export interface Standby {
  port: number;
  /** `url` (a database on the primary) as a URL of the same database on the standby. */
  urlFor: (url: string) => string;
  /** Runs SQL on the standby as the superuser of DATABASE_URL. */
  query: <T extends pg.QueryResultRow>(text: string) => Promise<T[]>;
  stop: () => Promise<void>;
}

const run = promisify(execFile);

async function queryServer<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

/** Where pg_basebackup and pg_ctl of the server's major version are, or undefined when not installed here. */
export async function serverBinaries(serverUrl: string): Promise<{ dir?: string; looked: string[] }> {
  const [row] = await queryServer<{ major: string }>(
    serverUrl,
    `SELECT (current_setting('server_version_num')::int / 10000)::text AS major`,
  );
  const looked = [
    process.env.PG_BINDIR,
    `/usr/lib/postgresql/${row?.major}/bin`,
    `/usr/pgsql-${row?.major}/bin`,
  ].filter((dir): dir is string => Boolean(dir));
  const dir = looked.find(
    (candidate) => existsSync(join(candidate, 'pg_basebackup')) && existsSync(join(candidate, 'pg_ctl')),
  );
  return { dir, looked };
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The PostgreSQL server refuses to run as root: as root, its tools run as the `postgres` user. */
async function osUser(): Promise<{ uid: number; gid: number; prefix: string[] } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
  const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
  return { uid, gid, prefix: ['runuser', '-u', 'postgres', '--'] };
}

export async function startStandby(serverUrl: string, binDir: string): Promise<Standby> {
  const primary = new URL(serverUrl);
  const user = await osUser();
  const exec = async (command: string, args: string[]) => {
    const [file, ...rest] = [...(user?.prefix ?? []), join(binDir, command), ...args];
    try {
      return await run(file as string, rest, { timeout: 180_000 });
    } catch (error) {
      const { stderr } = error as { stderr?: string };
      throw new Error(`${command} failed: ${stderr?.trim() || (error as Error).message}`);
    }
  };

  const folder = await mkdtemp(join(tmpdir(), 'hpf-standby-'));
  const data = join(folder, 'data');
  if (user) await chown(folder, user.uid, user.gid);
  const cleanup = () => rm(folder, { recursive: true, force: true });

  try {
    try {
      await exec('pg_basebackup', [
        ...[
          '-h',
          primary.hostname,
          '-p',
          primary.port || '5432',
          '-U',
          decodeURIComponent(primary.username) || 'postgres',
        ],
        ...['-D', data, '-X', 'stream', '-R', '-c', 'fast', '--no-sync'],
      ]);
    } catch (error) {
      throw new Error(
        `${(error as Error).message}\nThe server must allow replication connections from 127.0.0.1: add ` +
          '`host replication all 127.0.0.1/32 trust` to pg_hba.conf and reload (.ci/run does this).',
      );
    }

    // Settings a hot standby must not have lower than its primary, copied; the rest is local to this copy.
    const settings = await queryServer<{ name: string; setting: string }>(
      serverUrl,
      `SELECT name, setting FROM pg_settings WHERE name IN
         ('max_connections', 'max_worker_processes', 'max_wal_senders', 'max_prepared_transactions', 'max_locks_per_transaction')`,
    );
    const port = await freePort();
    const files: Record<string, string> = {
      'postgresql.conf': [
        `port = ${port}`,
        `listen_addresses = '127.0.0.1'`,
        `unix_socket_directories = '${folder}'`,
        'hot_standby = on',
        'fsync = off',
        'shared_buffers = 32MB',
        ...settings.map(({ name, setting }) => `${name} = ${setting}`),
      ].join('\n'),
      'pg_hba.conf': 'local all all trust\nhost all all 127.0.0.1/32 trust\n',
      'pg_ident.conf': '',
    };
    for (const [name, text] of Object.entries(files)) {
      await writeFile(join(data, name), `${text}\n`);
      if (user) await chown(join(data, name), user.uid, user.gid);
    }
    await exec('pg_ctl', ['-D', data, '-l', join(folder, 'server.log'), '-w', '-t', '120', 'start']);

    const standbyUrl = (url: string) => {
      const standby = new URL(url);
      standby.hostname = '127.0.0.1';
      standby.port = String(port);
      return standby.toString();
    };
    const query = <T extends pg.QueryResultRow>(text: string) => queryServer<T>(standbyUrl(serverUrl), text);
    // Ready once it streams from the primary, not merely replays the backup.
    for (let attempt = 0; ; attempt += 1) {
      const [receiver] = await query<{ status: string }>('SELECT status FROM pg_stat_wal_receiver');
      if (receiver?.status === 'streaming') break;
      if (attempt > 600) throw new Error('the standby does not stream from the primary');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    return {
      port,
      urlFor: standbyUrl,
      query,
      stop: async () => {
        await exec('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {});
        await cleanup();
      },
    };
  } catch (error) {
    await exec('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {});
    await cleanup();
    throw error;
  }
}
