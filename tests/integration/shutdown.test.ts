import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createServerDatabase, onPostgres } from '../helpers/database.js';

// The real process (src/server.ts), on in-memory PGlite or on a database of its own on the
// PostgreSQL server, receives SIGTERM while requests stream in.

const root = fileURLToPath(new URL('../..', import.meta.url));
const adminKey = 'shutdown-test-admin-key-0123456789abcdef';

interface Answer {
  url: string;
  /** Sent after SIGTERM was. */
  late: boolean;
  status?: number;
  contentType?: string;
  retryAfter?: string;
  /** A connection-level failure instead of an answer (ECONNREFUSED, ECONNRESET). */
  error?: string;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** One request on a connection of its own (no keep-alive), its body read to the end. */
function get(port: number, url: string, late: () => boolean): Promise<Answer> {
  const sentLate = late();
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: url, agent: false }, (response) => {
      response.resume();
      response.on('end', () =>
        resolve({
          url,
          late: sentLate,
          status: response.statusCode,
          contentType: response.headers['content-type'],
          retryAfter: response.headers['retry-after'],
        }),
      );
      response.on('error', (error: NodeJS.ErrnoException) => resolve({ url, late: sentLate, error: error.code }));
    });
    request.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ url, late: sentLate, error: error.code ?? error.message }),
    );
  });
}

async function until(what: string, condition: () => boolean | Promise<boolean>, seconds = 120) {
  const deadline = Date.now() + seconds * 1000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let child: ChildProcess | undefined;
let dropDatabase: (() => Promise<void>) | undefined;
afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await dropDatabase?.();
});

describe('SIGTERM under load', () => {
  it('finishes requests in flight, answers later ones 503 or refuses them, and exits 0', async () => {
    const database = onPostgres ? await createServerDatabase() : undefined;
    dropDatabase = database?.drop;
    const port = await freePort();
    const output: string[] = [];
    child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: database?.url ?? '',
        DATABASE_READ_URL: '',
        PGLITE_DATA_DIR: 'memory://',
        SEED_ON_EMPTY: 'true',
        ADMIN_API_KEY: adminKey,
        RATE_LIMIT_MAX: '1000000',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk) => output.push(String(chunk)));
    child.stderr?.on('data', (chunk) => output.push(String(chunk)));
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      child?.on('exit', (code, signal) => resolve({ code, signal })),
    );

    await until('the server is ready', async () => {
      if (child?.exitCode !== null) throw new Error(`the server exited at start:\n${output.join('')}`);
      return (await get(port, '/readyz', () => false)).status === 200;
    });

    // A stream of requests from 8 clients, each on a fresh connection, until the server refuses them.
    let signalled = false;
    const answers: Answer[] = [];
    let counter = 0;
    const urls = () => {
      counter += 1;
      const limit = (counter % 100) + 1;
      return [
        `/v1/programs?limit=${limit}`,
        `/v1/programs?q=health%20information&limit=${limit}`,
        `/v1/institutions?limit=${limit}`,
        `/v1/programs?state=TX,FL,CA&sort=-updated_at&limit=${limit}`,
      ][counter % 4] as string;
    };
    const clients = Array.from({ length: 8 }, async () => {
      for (;;) {
        const answer = await get(port, urls(), () => signalled);
        answers.push(answer);
        if (answer.error === 'ECONNREFUSED') return;
      }
    });
    await until('answers flow', () => answers.length >= 40);

    // A request certainly in flight when SIGTERM arrives: an import (dry run) whose body is only half
    // sent. The server has taken it (it answered 100 Continue); the rest of the body follows the signal.
    const lines = (await readFile(`${root}/seed/sample-programs.csv`, 'utf8')).split('\n');
    const body = Buffer.from(`${lines.slice(0, 4).join('\n')}\n`);
    let continued!: () => void;
    const accepted = new Promise<void>((resolve) => {
      continued = resolve;
    });
    const inFlight = new Promise<Answer & { body: string }>((resolve) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/v1/imports?dry_run=true',
          agent: false,
          headers: {
            authorization: `Bearer ${adminKey}`,
            'content-type': 'text/csv',
            'content-length': body.length,
            expect: '100-continue',
          },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk) => {
            text += chunk;
          });
          response.on('end', () =>
            resolve({ url: '/v1/imports', late: false, status: response.statusCode, body: text }),
          );
        },
      );
      request.on('error', (error: NodeJS.ErrnoException) =>
        resolve({ url: '/v1/imports', late: false, error: error.code, body: '' }),
      );
      request.once('continue', () => {
        request.write(body.subarray(0, body.length >> 1));
        continued();
        // The second half follows once the server shows it is shutting down (refusing or shedding).
        void until('the server drains', () =>
          answers.some((answer) => answer.late && (answer.error !== undefined || answer.status === 503)),
        ).then(() => request.end(body.subarray(body.length >> 1)));
      });
    });
    await accepted;

    signalled = true;
    child.kill('SIGTERM');
    const finished = await inFlight;
    await Promise.all(clients);
    const { code, signal } = await exited;

    expect({ code, signal }, output.join('')).toEqual({ code: 0, signal: null });

    // The request in flight was finished, with its real answer.
    expect(finished.status, finished.body).toBe(200);
    expect(JSON.parse(finished.body)).toMatchObject({ dry_run: true, rows: 3 });

    // Every other answer was a 200 or a 503 problem with Retry-After; the only failures are connections
    // refused (or reset while waiting to be accepted) once the server stopped listening.
    expect(
      answers.filter((answer) => answer.status !== undefined && answer.status !== 200 && answer.status !== 503),
    ).toEqual([]);
    expect(answers.filter((answer) => answer.error && !['ECONNREFUSED', 'ECONNRESET'].includes(answer.error))).toEqual(
      [],
    );
    for (const answer of answers.filter((a) => a.status === 503)) {
      expect(answer.contentType).toMatch(/^application\/problem\+json/);
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
    }
    const late = answers.filter((answer) => answer.late);
    expect(late.some((answer) => answer.error === 'ECONNREFUSED')).toBe(true);
  }, 240_000);
});
