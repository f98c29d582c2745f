/**
 * `npm run bench`: the service under load, as deployed, on PostgreSQL.
 *
 *   npm run bench                         # 1,000 and 100,000 programs, every scenario (about 10 minutes)
 *   npm run bench -- --quick              # a smoke run: 1,000 programs, 2 s per scenario
 *   npm run bench -- --sizes large --only q-search,q-search-1c --seconds 20
 *
 * For each size it creates a database of its own on the server of BENCH_DATABASE_URL (else
 * DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres), loads a generated program set
 * (seed/generate.ts, cached in bench/data/) through the service's import, builds the service
 * (`npm run build`) and starts it as deployed, `node dist/src/server.js` (`--from-source`: through tsx,
 * which adds about 70 MB of RSS), with the response cache off, then on, runs the scenarios with
 * autocannon, and drops the database. It prints one table and the targets of the issue, and writes
 * bench/results.json. Never part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { benchCompression, type CompressionRow, formatCompression } from './compression.js';
import { type BenchDatabase, createBenchDatabase, loadPrograms } from './database.js';
import { type BenchRequest, runLoad } from './load.js';
import { checkTargets, formatTable, formatTargets, type Row, type Skipped } from './report.js';
import { type Discovered, discover, type Scenario, scenarios } from './scenarios.js';
import { type ServiceProcess, startCeiling, startService } from './server.js';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    only: { type: 'string' },
    seconds: { type: 'string' },
    'ceiling-seconds': { type: 'string' },
    small: { type: 'string', default: '1000' },
    large: { type: 'string', default: '100000' },
    'from-source': { type: 'boolean', default: false },
  },
});

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = fileURLToPath(new URL('./data/', import.meta.url));
const serverUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const sizes = (args.sizes ?? (args.quick ? 'small' : 'small,large')).split(',') as ('small' | 'large')[];
const only = args.only ? new Set(args.only.split(',')) : undefined;
const seconds = Number(args.seconds ?? (args.quick ? 2 : 10));
const warmupSeconds = args.quick ? 1 : 2;
const ceilingSeconds = Number(args['ceiling-seconds'] ?? (args.quick ? 2 : 5));
const programsOf = { small: Number(args.small), large: Number(args.large) };
const adminKey = randomBytes(24).toString('hex');

const log = (message: string) => process.stdout.write(`${message}\n`);

/** The generated set of `programs` programs (and their accreditation histories), made once and kept in bench/data/. */
function dataFiles(programs: number): { programs: string; actions: string } {
  mkdirSync(dataDir, { recursive: true });
  const file = `${dataDir}p${programs}.csv`;
  const files = { programs: file, actions: file.replace(/\.csv$/, '-actions.csv') };
  if (!existsSync(files.programs) || !existsSync(files.actions)) {
    log(`generating ${programs.toLocaleString('en-US')} programs into ${file}`);
    const generated = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'seed/generate.ts', '--programs', String(programs), '--out', file],
      { cwd: root, stdio: 'inherit' },
    );
    if (generated.status !== 0) throw new Error('seed/generate.ts failed');
  }
  return files;
}

async function postgresVersion(): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? 'unknown';
  } finally {
    await client.end();
  }
}

const cleanups = new Set<() => Promise<void>>();
async function cleanUp() {
  for (const cleanup of [...cleanups].reverse()) await cleanup().catch(() => {});
  cleanups.clear();
}
process.on('SIGINT', () => {
  log('\ninterrupted: stopping the service and dropping the benchmark databases');
  void cleanUp().finally(() => process.exit(130));
});

async function withService<T>(env: Record<string, string>, run: (service: ServiceProcess) => Promise<T>): Promise<T> {
  const service = await startService(env, args['from-source']);
  const stop = () => service.stop();
  cleanups.add(stop);
  try {
    return await run(service);
  } finally {
    cleanups.delete(stop);
    await stop();
  }
}

/** The distinct GET requests of a scenario's rotation (at most `most`), each answered once by the service. */
async function captureAnswers(service: ServiceProcess, scenario: Scenario, most = 1_000) {
  const rotation = typeof scenario.request === 'function' ? scenario.request : () => scenario.request as BenchRequest;
  const requests = new Map<string, BenchRequest>();
  for (let n = 0; n < 20_000 && requests.size < most; n++) {
    const request = rotation(n);
    if ((request.method ?? 'GET') !== 'GET') return undefined;
    requests.set(request.path, request);
  }
  const answers = [];
  for (const request of requests.values()) {
    const response = await fetch(`${service.url}${request.path}`, {
      headers: { ...request.headers, 'x-forwarded-for': '198.19.0.2' },
    });
    const body = Buffer.from(await response.arrayBuffer());
    answers.push({
      path: request.path,
      status: response.status,
      type: response.headers.get('content-type') ?? 'application/json',
      body: body.toString('base64'),
      bytes: body.length,
    });
  }
  return answers;
}

/**
 * The same load against the HTTP ceiling serving the service's own answers: what HTTP alone allows
 * here, now. Scenarios that write have no fixed answers and get none.
 */
async function runCeiling(service: ServiceProcess, ceiling: ServiceProcess, scenario: Scenario) {
  const answers = await captureAnswers(service, scenario);
  if (!answers) return null;
  const response = await fetch(`${ceiling.url}/__bodies`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(answers),
  });
  if (!response.ok) throw new Error(`the ceiling refused its bodies: ${response.status}`);
  const load = { url: ceiling.url, connections: scenario.connections, request: scenario.request };
  await runLoad({ ...load, seconds: 1 });
  const cpuBefore = ceiling.cpuMs();
  const result = await runLoad({ ...load, seconds: ceilingSeconds });
  const cpuMs = ceiling.cpuMs() - cpuBefore;
  const bytes = answers.reduce((sum, answer) => sum + answer.bytes, 0) / answers.length;
  return {
    rps: Math.round(result.rps),
    cpuMs: Number((cpuMs / Math.max(1, result.requests)).toFixed(3)),
    bytes: Math.round(bytes),
    errors: result.errors,
  };
}

async function runScenario(
  service: ServiceProcess,
  ceiling: ServiceProcess,
  scenario: Scenario,
  size: 'small' | 'large',
  programs: number,
) {
  const load = { url: service.url, connections: scenario.connections, request: scenario.request };
  await runLoad({ ...load, seconds: warmupSeconds });
  const cpuBefore = service.cpuMs();
  const result = await runLoad({ ...load, seconds, rss: service.rss });
  const cpuMs = service.cpuMs() - cpuBefore;
  const { peakRss, ...figures } = result;
  const row: Row = {
    size,
    programs,
    scenario: scenario.name,
    cache: scenario.cache,
    connections: scenario.connections,
    ...figures,
    rssMb: Math.round(peakRss / 1024 / 1024),
    serverCpuMs: Number((cpuMs / Math.max(1, result.requests)).toFixed(3)),
    ceiling: await runCeiling(service, ceiling, scenario),
    description: scenario.description,
  };
  const ceilingText = row.ceiling
    ? `  ceiling ${row.ceiling.rps} req/s (${Math.round((100 * row.rps) / row.ceiling.rps)}%), ${row.ceiling.cpuMs} ms/req, ${row.ceiling.bytes} B`
    : '';
  log(
    `  ${scenario.name.padEnd(22)} ${Math.round(row.rps).toString().padStart(7)} req/s  p50 ${row.p50.toFixed(1)}  p95 ${row.p95.toFixed(1)}  p99 ${row.p99.toFixed(1)} ms  errors ${row.errors}  RSS ${row.rssMb} MB  CPU ${row.serverCpuMs} ms/req${ceilingText}`,
  );
  if (row.errors > 0) log(`    statuses: ${JSON.stringify(row.statuses)}`);
  return row;
}

const compression: CompressionRow[] = [];

async function benchSize(size: 'small' | 'large', rows: Row[], skipped: Skipped[], notes: string[]) {
  const programs = programsOf[size];
  const files = dataFiles(programs);
  const database: BenchDatabase = await createBenchDatabase(serverUrl, size);
  cleanups.add(database.drop);
  try {
    log(`\n${programs.toLocaleString('en-US')} programs: loading into ${database.name}`);
    const started = Date.now();
    const loaded = await loadPrograms(database.url, files);
    log(`  loaded ${loaded.toLocaleString('en-US')} programs in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const env = {
      DATABASE_URL: database.url,
      SEED_ON_EMPTY: 'false',
      // Behind a (simulated) proxy: each load-generator client has its own address and rate-limit budget.
      TRUST_PROXY: 'true',
      RATE_LIMIT_MAX: '1000000',
      ADMIN_API_KEY: adminKey,
    };
    let found: Discovered | undefined;
    const ceiling = await startCeiling();
    const stopCeiling = () => ceiling.stop();
    cleanups.add(stopCeiling);
    for (const cache of ['off', 'on'] as const) {
      await withService({ ...env, ...(cache === 'off' ? { RESPONSE_CACHE_SIZE: '0' } : {}) }, async (service) => {
        found ??= await discover(service.url);
        if (cache === 'off') {
          log(`  idle RSS ${Math.round(service.rss() / 1024 / 1024)} MB; filtered list: ${found.filteredList}`);
          if (found.write.kind === 'none') notes.push(`mixed workload without writes: ${found.write.reason}`);
        }
        for (const scenario of scenarios(found, adminKey)) {
          if (scenario.cache !== cache || (only && !only.has(scenario.name))) continue;
          if (scenario.requires && !found.paths.has(scenario.requires)) {
            skipped.push({ size, scenario: scenario.name, reason: `${scenario.requires} is not in this build` });
            log(`  ${scenario.name.padEnd(22)} skipped: ${scenario.requires} is not in this build`);
            continue;
          }
          rows.push(await runScenario(service, ceiling, scenario, size, programs));
        }
        if (cache === 'on' && (!only || only.has('compression'))) {
          compression.push(
            ...(await benchCompression(service, found.filteredList, programs, { seconds, warmupSeconds })),
          );
        }
      });
    }
    cleanups.delete(stopCeiling);
    await stopCeiling();
  } finally {
    cleanups.delete(database.drop);
    await database.drop();
  }
}

async function main() {
  const startedAt = new Date();
  const environment = {
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    postgres: await postgresVersion(),
    loadAverageAtStart: loadavg().map((value) => Number(value.toFixed(2))),
  };
  log(
    `benchmark: ${sizes.map((size) => programsOf[size].toLocaleString('en-US')).join(' and ')} programs, ${seconds} s per scenario after ${warmupSeconds} s warm-up`,
  );
  log(
    `machine: ${environment.cpus} × ${environment.cpu}, Node ${environment.node}, PostgreSQL ${environment.postgres}, load average ${environment.loadAverageAtStart.join(' ')}`,
  );
  if (!args['from-source']) {
    log('building the service (npm run build)');
    const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('npm run build failed');
  }
  const rows: Row[] = [];
  const skipped: Skipped[] = [];
  const notes: string[] = [];
  try {
    for (const size of sizes) await benchSize(size, rows, skipped, notes);
  } finally {
    await cleanUp();
  }
  const checks = checkTargets(rows);
  log(`\n${formatTable(rows, skipped)}`);
  if (compression.length > 0) log(`\ncompression (the cached filtered list):\n${formatCompression(compression)}`);
  for (const note of notes) log(`note: ${note}`);
  log(`\ntargets:\n${formatTargets(checks)}`);
  const loadAverageAtEnd = loadavg().map((value) => Number(value.toFixed(2)));
  log(`load average at the end: ${loadAverageAtEnd.join(' ')} (other work on the machine makes the figures noisy)`);
  writeFileSync(
    fileURLToPath(new URL('./results.json', import.meta.url)),
    `${JSON.stringify(
      {
        startedAt: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        options: {
          sizes,
          programs: programsOf,
          seconds,
          warmupSeconds,
          ceilingSeconds,
          quick: args.quick,
          only: args.only ?? null,
          service: args['from-source'] ? 'node --import tsx src/server.ts' : 'node dist/src/server.js',
        },
        environment: { ...environment, loadAverageAtEnd },
        rows,
        skipped,
        notes,
        targets: checks,
        compression,
      },
      null,
      2,
    )}\n`,
  );
  log('wrote bench/results.json');
}

await main();
