import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A process under load: the service, or the HTTP ceiling beside it. */
export interface ServiceProcess {
  url: string;
  pid: number;
  /** Resident set size of the service process now, bytes. */
  rss: () => number;
  /** CPU time the service process has used so far (user + system), milliseconds. */
  cpuMs: () => number;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

// Linux reports process CPU time in clock ticks of 1/100 s (USER_HZ).
const TICK_MS = 10;

function cpuMsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // After "pid (comm) ", utime and stime are the 12th and 13th fields.
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return Number.NaN;
  }
}

async function waitUntilReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the process exited (${child.exitCode}):\n${log()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within 120 s:\n${log()}`);
}

/** Starts `node <entry>` from the project root and waits until `readyPath` answers 200. */
async function startProcess(entry: string[], env: Record<string, string>, readyPath: string): Promise<ServiceProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, entry, {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(`${url}${readyPath}`, child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const pid = child.pid as number;
  return {
    url,
    pid,
    rss: () => rssOf(pid),
    cpuMs: () => cpuMsOf(pid),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The service, as deployed (`node dist/src/server.js`) or from its sources through tsx. */
export function startService(env: Record<string, string>, fromSource: boolean): Promise<ServiceProcess> {
  const entry = fromSource ? ['--import', 'tsx', 'src/server.ts'] : ['dist/src/server.js'];
  return startProcess(entry, env, '/readyz');
}

/** The HTTP ceiling (bench/ceiling-server.ts): bare Fastify answering each path with a body fixed in advance. */
export function startCeiling(): Promise<ServiceProcess> {
  return startProcess(['--import', 'tsx', 'bench/ceiling-server.ts'], {}, '/__ready');
}
