import type { LoadResult } from './load.js';

export interface Row extends Omit<LoadResult, 'peakRss'> {
  size: 'small' | 'large';
  programs: number;
  scenario: string;
  cache: 'on' | 'off';
  connections: number;
  rssMb: number;
  /** CPU time of the service process per answered request, ms: what a request costs, whatever else runs on the machine. */
  serverCpuMs: number;
  /**
   * The same load against bare Fastify serving the service's own answers (bench/ceiling-server.ts),
   * in the same run: the rate HTTP alone allows; null for scenarios that write.
   */
  ceiling: { rps: number; cpuMs: number; bytes: number; errors: number } | null;
  description: string;
}

export interface Skipped {
  size: 'small' | 'large';
  scenario: string;
  reason: string;
}

interface Target {
  size: 'small' | 'large';
  scenario: string;
  text: string;
  met: (row: Row) => boolean;
  figure: (row: Row) => string;
}

const rps = (row: Row) => `${Math.round(row.rps).toLocaleString('en-US')} req/s`;
const p95 = (row: Row) => `p95 ${row.p95.toFixed(1)} ms`;
const tail = (row: Row) => `p95 ${row.p95.toFixed(1)} ms, p99 ${row.p99.toFixed(1)} ms`;

const searchKinds = ['q-name-1c', 'q-typo-1c', 'q-words-1c'];

/** The speed targets, checked against the rows they name. */
const targets: Target[] = [
  { size: 'small', scenario: 'list-filtered', text: '>= 9,000 req/s', met: (r) => r.rps >= 9_000, figure: rps },
  {
    size: 'small',
    scenario: 'list-filtered-cached',
    text: '>= 45,000 req/s',
    met: (r) => r.rps >= 45_000,
    figure: rps,
  },
  { size: 'large', scenario: 'list-filtered', text: '>= 3,000 req/s', met: (r) => r.rps >= 3_000, figure: rps },
  { size: 'large', scenario: 'q-search', text: '>= 250 req/s', met: (r) => r.rps >= 250, figure: rps },
  ...searchKinds.map(
    (scenario): Target => ({
      size: 'large',
      scenario,
      text: 'p95 < 50 ms and p99 < 100 ms',
      met: (r) => r.p95 < 50 && r.p99 < 100,
      figure: tail,
    }),
  ),
  { size: 'large', scenario: 'facets', text: '>= 250 req/s', met: (r) => r.rps >= 250, figure: rps },
  { size: 'large', scenario: 'facets-1c', text: 'p95 < 30 ms', met: (r) => r.p95 < 30, figure: p95 },
  { size: 'large', scenario: 'suggest-1c', text: 'p95 < 10 ms', met: (r) => r.p95 < 10, figure: p95 },
  { size: 'large', scenario: 'near-1c', text: 'p95 < 30 ms', met: (r) => r.p95 < 30, figure: p95 },
];

const rssLimitMb = { small: 250, large: 600 };

export interface TargetCheck {
  target: string;
  met: boolean;
  figure: string;
}

export function checkTargets(rows: Row[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const target of targets) {
    const row = rows.find((candidate) => candidate.size === target.size && candidate.scenario === target.scenario);
    if (!row) continue;
    checks.push({
      target: `${row.programs.toLocaleString('en-US')} programs, ${target.scenario}: ${target.text}`,
      met: target.met(row),
      figure: target.figure(row),
    });
  }
  for (const size of ['small', 'large'] as const) {
    const measured = rows.filter((row) => row.size === size);
    if (measured.length === 0) continue;
    const programs = (measured[0] as Row).programs.toLocaleString('en-US');
    const errors = measured.reduce((sum, row) => sum + row.errors, 0);
    checks.push({ target: `${programs} programs: zero errors`, met: errors === 0, figure: `${errors} errors` });
    const peak = Math.max(...measured.map((row) => row.rssMb));
    checks.push({
      target: `${programs} programs: server RSS < ${rssLimitMb[size]} MB`,
      met: peak < rssLimitMb[size],
      figure: `peak ${peak} MB`,
    });
  }
  return checks;
}

function pad(text: string, width: number, right = false) {
  return right ? text.padStart(width) : text.padEnd(width);
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 2 : 1) : '-');

export function formatTable(rows: Row[], skipped: Skipped[]): string {
  const header = [
    'programs',
    'scenario',
    'cache',
    'conns',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'errors',
    'RSS MB',
    'CPU ms/req',
    'ceiling req/s',
    '% of ceiling',
    'ceiling CPU ms/req',
    'answer KB',
  ];
  const widths = [9, 22, 5, 5, 8, 7, 7, 7, 6, 6, 10, 13, 12, 18, 9];
  const line = (cells: string[]) => cells.map((cell, i) => pad(cell, widths[i] as number, i >= 3)).join('  ');
  const out = [line(header), line(widths.map((width) => '-'.repeat(width)))];
  for (const row of rows) {
    const ceiling = row.ceiling;
    out.push(
      line([
        row.programs.toLocaleString('en-US'),
        row.scenario,
        row.cache,
        String(row.connections),
        Math.round(row.rps).toLocaleString('en-US'),
        ms(row.p50),
        ms(row.p95),
        ms(row.p99),
        String(row.errors),
        String(row.rssMb),
        row.serverCpuMs.toFixed(3),
        ceiling ? ceiling.rps.toLocaleString('en-US') : '-',
        ceiling ? `${((100 * row.rps) / ceiling.rps).toFixed(1)}%` : '-',
        ceiling ? ceiling.cpuMs.toFixed(3) : '-',
        ceiling ? (ceiling.bytes / 1024).toFixed(1) : '-',
      ]),
    );
  }
  for (const skip of skipped) out.push(`skipped ${skip.size} ${skip.scenario}: ${skip.reason}`);
  return out.join('\n');
}

export function formatTargets(checks: TargetCheck[]): string {
  return checks.map((check) => `${check.met ? 'met   ' : 'MISSED'}  ${check.target} (${check.figure})`).join('\n');
}
