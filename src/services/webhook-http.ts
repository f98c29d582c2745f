import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { checkAddresses, hostOf, parseTarget, type TargetPolicy } from './webhook-targets.js';

/**
 * One webhook request: POST the body, read at most a few kilobytes of the answer, give up after the
 * timeout (connecting, sending and answering together). Redirects are not followed (Node's client
 * never follows them; a 3xx is reported as it is). The address connected to is checked after DNS
 * resolution, in the socket's own lookup, so what is checked is what is used. No connection is
 * reused: each request resolves the host again.
 */

export interface SendResult {
  /** The HTTP status, or undefined when no answer came (network error, timeout, refused target). */
  status?: number;
  latencyMs: number;
  /** Why the request failed, without a secret or a header value in it. */
  error?: string;
  /** The Retry-After header of the answer, as sent. */
  retryAfter?: string;
}

export interface SendOptions extends TargetPolicy {
  timeoutMs: number;
  signal?: AbortSignal;
}

/** How much of an answer is read: receivers need not say much, and a huge answer must not cost memory. */
const MAX_ANSWER_BYTES = 16 * 1024;

function guardedLookup(policy: TargetPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, found) => {
      if (error) return (callback as (e: Error) => void)(error);
      const addresses = found as unknown as LookupAddress[];
      try {
        checkAddresses(
          hostname,
          addresses.map(({ address }) => address),
          policy,
        );
      } catch (refused) {
        return (callback as (e: Error) => void)(refused as Error);
      }
      if (options.all) return (callback as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0] as LookupAddress;
      (callback as (e: null, a: string, f: number) => void)(null, first.address, first.family);
    });
  };
}

export async function postWebhook(
  target: string,
  body: string,
  headers: Record<string, string>,
  options: SendOptions,
): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let url: URL;
  try {
    url = parseTarget(target, options);
    // An IP literal never goes through the lookup: checked here instead.
    const host = hostOf(url);
    if (isIP(host)) checkAddresses(host, [host], options);
  } catch (error) {
    return { latencyMs: elapsed(), error: `target refused: ${(error as Error).message}` };
  }
  if (options.signal?.aborted) return { latencyMs: elapsed(), error: 'abandoned: the service is stopping' };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<SendResult>((resolve) => {
    let settled = false;
    const finish = (result: Omit<SendResult, 'latencyMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve({ ...result, latencyMs: elapsed() });
    };
    const request = client.request(url, {
      method: 'POST',
      agent: false,
      lookup: guardedLookup(options),
      headers: {
        ...headers,
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        'user-agent': 'him-program-finder-webhooks/1',
      },
    });
    const timer = setTimeout(() => {
      finish({ error: `no answer within ${options.timeoutMs} ms` });
      request.destroy();
    }, options.timeoutMs);
    const onAbort = () => {
      finish({ error: 'abandoned: the service is stopping' });
      request.destroy();
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    request.on('error', (error: NodeJS.ErrnoException) => {
      const refused = error.name === 'TargetRefused' ? 'target refused: ' : '';
      finish({ error: `${refused}${error.code ? `${error.code} ` : ''}${error.message}`.slice(0, 500) });
    });
    request.on('response', (response) => {
      const retryAfter = response.headers['retry-after'];
      let read = 0;
      const done = () =>
        finish({
          status: response.statusCode,
          ...(typeof retryAfter === 'string' ? { retryAfter } : {}),
          ...(response.statusCode && response.statusCode >= 300 && response.statusCode < 400
            ? { error: 'redirect not followed' }
            : {}),
        });
      response.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read > MAX_ANSWER_BYTES) {
          done();
          response.destroy();
        }
      });
      response.on('end', done);
      response.on('error', done);
      response.on('close', done);
    });
    request.end(body);
  });
}
