import autocannon, { type Result } from 'autocannon';

/** One HTTP request of a scenario. */
export interface BenchRequest {
  method?: 'GET' | 'POST' | 'PATCH';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  /** One fixed request, or the n-th request of the run (a rotation shared by all connections). */
  request: BenchRequest | ((n: number) => BenchRequest);
  /** Sampled while the load runs; the peak is reported. */
  rss?: () => number;
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  statuses: Record<string, number>;
  peakRss: number;
}

// The service sits behind a trusted proxy in the benchmark (TRUST_PROXY=true), so each simulated
// client has its own address and its own rate-limit budget, as real visitors do.
const CLIENTS = 64;
const clientAddress = (n: number) => `198.18.${Math.floor(n / 250) % 250}.${(n % 250) + 1}`;

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

/** Runs autocannon against the service; latencies are recorded per response, so any percentile can be read. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  let latencies = new Float64Array(1 << 16);
  let count = 0;
  let peakRss = options.rss?.() ?? 0;
  const sampler = options.rss
    ? setInterval(() => {
        peakRss = Math.max(peakRss, options.rss?.() ?? 0);
      }, 250)
    : undefined;

  let client = 0;
  let sent = 0;
  const rotation = typeof options.request === 'function' ? options.request : undefined;
  const fixed = typeof options.request === 'function' ? undefined : options.request;
  const result = await new Promise<Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        timeout: 10,
        ...(fixed
          ? {
              // A fixed request is built once per connection: the load generator stays as cheap as it can be.
              requests: [{ method: fixed.method ?? 'GET', path: fixed.path, body: fixed.body, headers: fixed.headers }],
              setupClient: (each) => {
                each.setHeaders({ ...fixed.headers, 'x-forwarded-for': clientAddress(client++ % CLIENTS) });
              },
            }
          : {
              requests: [
                {
                  setupRequest: (request) => {
                    const n = sent++;
                    const next = (rotation as (n: number) => BenchRequest)(n);
                    return {
                      ...request,
                      method: next.method ?? 'GET',
                      path: next.path,
                      body: next.body ?? '',
                      headers: { ...next.headers, 'x-forwarded-for': clientAddress(n % CLIENTS) },
                    };
                  },
                },
              ],
            }),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => {
      if (count === latencies.length) {
        const grown = new Float64Array(latencies.length * 2);
        grown.set(latencies);
        latencies = grown;
      }
      latencies[count++] = ms;
    });
  });
  clearInterval(sampler);
  peakRss = Math.max(peakRss, options.rss?.() ?? 0);

  const sorted = latencies.subarray(0, count).sort();
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([status, { count: times }]) => [status, times]),
  );
  const unexpected = Object.entries(statuses)
    .filter(([status]) => !/^2\d\d$/.test(status))
    .reduce((sum, [, times]) => sum + times, 0);
  return {
    requests: count,
    rps: count / result.duration,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    errors: result.errors + unexpected,
    statuses,
    peakRss,
  };
}
