import { get } from 'node:http';
import autocannon, { type Result } from 'autocannon';
import type { ServiceProcess } from './server.js';

/**
 * Compression against the response cache, in one run on one service (cache on): the same cached
 * list asked for as identity, gzip and brotli. Reports what crosses the wire per answer, answers
 * per second, the server's CPU per answer and the cache's hit ratio in each pass. The target: the
 * compressed passes answer at least 90% of the identity pass's rate (a hit sends stored compressed
 * bytes, it never compresses again).
 */
export interface CompressionRow {
  programs: number;
  path: string;
  encoding: 'identity' | 'gzip' | 'br';
  rps: number;
  p50: number;
  p99: number;
  /** Response bytes on the wire (status line, headers and body) per answer. */
  wireBytes: number;
  /** Body bytes of one answer. */
  bodyBytes: number;
  /** Cache hits / lookups during the pass, from /metrics. */
  hitRatio: number;
  serverCpuUs: number;
  errors: number;
}

const CONNECTIONS = 32;
const CLIENTS = 64;
const clientAddress = (n: number) => `198.18.${Math.floor(n / 250) % 250}.${(n % 250) + 1}`;

async function cacheCounts(base: string): Promise<{ hits: number; misses: number }> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? Number.NaN);
  return { hits: value('http_response_cache_hits_total'), misses: value('http_response_cache_misses_total') };
}

function load(base: string, path: string, headers: Record<string, string>, seconds: number) {
  let answers = 0;
  let bytes = 0;
  const latencies: number[] = [];
  let client = 0;
  return new Promise<{ result: Result; answers: number; bytes: number; latencies: number[] }>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: CONNECTIONS,
        duration: seconds,
        timeout: 10,
        requests: [{ method: 'GET', path, headers }],
        // Each connection its own client address behind the (trusted) proxy, as in the other scenarios.
        setupClient: (each) => each.setHeaders({ ...headers, 'x-forwarded-for': clientAddress(client++ % CLIENTS) }),
      },
      (error, result) => (error ? reject(error) : resolve({ result, answers, bytes, latencies })),
    );
    instance.on('response', (_client, _status, size, ms) => {
      answers += 1;
      bytes += size;
      latencies.push(ms);
    });
  });
}

/** The body of one answer as sent, not decoded (fetch would decode it). */
function bodySize(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { ...headers, 'x-forwarded-for': '198.19.0.2' } }, (response) => {
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
      });
      response.on('end', () => resolve(size));
      response.on('error', reject);
    }).on('error', reject);
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number);

const encodings = ['identity', 'gzip', 'br'] as const;
type Encoding = (typeof encodings)[number];
const headersFor = (encoding: Encoding): Record<string, string> =>
  encoding === 'identity' ? {} : { 'accept-encoding': encoding };

/** What one encoding's passes add up to. */
interface Tally {
  answers: number;
  bytes: number;
  seconds: number;
  latencies: number[];
  cpuMs: number;
  hits: number;
  lookups: number;
  errors: number;
}

export async function benchCompression(
  service: ServiceProcess,
  path: string,
  programs: number,
  options: { seconds: number; warmupSeconds: number },
): Promise<CompressionRow[]> {
  const tallies = new Map<Encoding, Tally>();
  for (const encoding of encodings) {
    await load(service.url, path, headersFor(encoding), options.warmupSeconds);
    tallies.set(encoding, {
      answers: 0,
      bytes: 0,
      seconds: 0,
      latencies: [],
      cpuMs: 0,
      hits: 0,
      lookups: 0,
      errors: 0,
    });
  }
  // The encodings take turns, twice, so that other work on the machine weighs on each of them alike.
  const ROUNDS = 2;
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const encoding of encodings) {
      const tally = tallies.get(encoding) as Tally;
      const before = await cacheCounts(service.url);
      const cpuBefore = service.cpuMs();
      const pass = await load(service.url, path, headersFor(encoding), options.seconds / ROUNDS);
      tally.cpuMs += service.cpuMs() - cpuBefore;
      const after = await cacheCounts(service.url);
      tally.hits += after.hits - before.hits;
      tally.lookups += after.hits - before.hits + (after.misses - before.misses);
      tally.answers += pass.answers;
      tally.bytes += pass.bytes;
      tally.seconds += pass.result.duration;
      tally.latencies.push(...pass.latencies);
      tally.errors +=
        pass.result.errors +
        Object.entries(pass.result.statusCodeStats)
          .filter(([status]) => !status.startsWith('2'))
          .reduce((sum, [, { count }]) => sum + count, 0);
    }
  }
  const rows: CompressionRow[] = [];
  for (const encoding of encodings) {
    const tally = tallies.get(encoding) as Tally;
    tally.latencies.sort((a, b) => a - b);
    rows.push({
      programs,
      path,
      encoding,
      rps: tally.answers / tally.seconds,
      p50: percentile(tally.latencies, 50),
      p99: percentile(tally.latencies, 99),
      wireBytes: Math.round(tally.bytes / Math.max(1, tally.answers)),
      bodyBytes: await bodySize(`${service.url}${path}`, headersFor(encoding)),
      hitRatio: tally.lookups === 0 ? Number.NaN : tally.hits / tally.lookups,
      serverCpuUs: Math.round((tally.cpuMs * 1000) / Math.max(1, tally.answers)),
      errors: tally.errors,
    });
  }
  return rows;
}

/** The table, and whether each compressed pass kept 90% of the identity pass's rate. */
export function formatCompression(rows: CompressionRow[]): string {
  const out = [
    'programs  encoding  req/s    vs identity  p50 ms  p99 ms  wire B/answer  body B  cache hits  CPU µs/req  errors',
  ];
  for (const row of rows) {
    const identity = rows.find((other) => other.programs === row.programs && other.encoding === 'identity');
    const share = identity ? row.rps / identity.rps : Number.NaN;
    const verdict = row.encoding === 'identity' ? '' : share >= 0.9 ? ' met' : ' MISSED';
    out.push(
      [
        row.programs.toLocaleString('en-US').padStart(8),
        row.encoding.padEnd(8),
        Math.round(row.rps).toLocaleString('en-US').padStart(7),
        `${(share * 100).toFixed(0)}%${verdict}`.padStart(11),
        row.p50.toFixed(2).padStart(6),
        row.p99.toFixed(2).padStart(6),
        row.wireBytes.toLocaleString('en-US').padStart(13),
        row.bodyBytes.toLocaleString('en-US').padStart(6),
        `${(row.hitRatio * 100).toFixed(1)}%`.padStart(10),
        String(row.serverCpuUs).padStart(10),
        String(row.errors).padStart(6),
      ].join('  '),
    );
  }
  return out.join('\n');
}
