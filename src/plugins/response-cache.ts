import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { LRUCache } from 'lru-cache';
import type { DataVersion } from '../db/data-version.js';

export interface ResponseCacheStats {
  enabled: boolean;
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    responseCache: { stats: () => ResponseCacheStats };
  }
}

interface Entry {
  /** The data version the answer was computed at; valid only while it is still the current one. */
  version: number;
  body: Buffer;
  headers: Record<string, string>;
}

export interface ResponseCacheOptions {
  /** Most answers kept; 0 disables the cache. */
  size: number;
  dataVersion: DataVersion;
  /** Most bytes kept, bodies together. */
  maxBytes?: number;
}

/** What describes the representation itself; everything else (request id, CORS, rate limit) is per request. */
const storedHeaders = ['content-type', 'etag', 'cache-control', 'vary', 'link', 'content-language', 'last-modified'];

const MISS = Symbol('response-cache-miss');
type Pending = { key: string; version: number };
type Tracked = FastifyRequest & { [MISS]?: Pending };

/** Whether an Accept header admits the stored media type (a client that asks for something else goes through). */
function accepts(accept: string | undefined, contentType: string | undefined): boolean {
  if (accept === undefined || accept === '*/*') return true;
  const stored = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const major = stored.split('/')[0];
  return accept.split(',').some((range) => {
    const [type = '', ...params] = range.split(';').map((part) => part.trim().toLowerCase());
    if (params.some((param) => /^q=0(\.0*)?$/.test(param))) return false;
    return type === '*/*' || type === stored || type === `${major}/*`;
  });
}

/**
 * Answers of public GET routes (`config.cache: 'public'`) kept in memory, keyed by host and URL
 * exactly as sent (the body echoes the URL in `links.self`, so two spellings are two answers), and
 * tagged with the data version they were computed at. A hit is sent before validation and the
 * handler, once the onRequest hooks (request id, CORS, security headers, rate limit) have run, so
 * cached answers are still counted and carry their per-request headers. Any write moves the version,
 * on every instance, and empties the cache. Requests with Authorization neither read nor fill it.
 */
export const responseCache = fp(
  async (app: FastifyInstance, options: ResponseCacheOptions) => {
    const stats = { hits: 0, misses: 0 };
    const enabled = options.size > 0;
    const cache = enabled
      ? new LRUCache<string, Entry>({
          max: options.size,
          maxSize: options.maxBytes ?? 32 * 1024 * 1024,
          sizeCalculation: (entry) => entry.body.length + 256,
        })
      : undefined;
    app.decorate('responseCache', {
      stats: () => ({ enabled, ...stats, entries: cache?.size ?? 0, bytes: cache?.calculatedSize ?? 0 }),
    });
    if (!cache) return;
    options.dataVersion.onChange(() => cache.clear());

    // preParsing: after every onRequest hook, the per-route ones too (the rate limit adds its own to each
    // route, and those run after the app's), and before validation and the handler.
    app.addHook('preParsing', (request: Tracked, reply: FastifyReply, payload, done) => {
      if (request.method !== 'GET' || request.routeOptions.config?.cache !== 'public') return done(null, payload);
      if (request.headers.authorization !== undefined) return done(null, payload);
      const version = options.dataVersion.current;
      if (version === undefined) return done(null, payload);
      const key = `${request.headers.host ?? ''} ${request.url}`;
      const entry = cache.get(key);
      if (entry && entry.version === version && accepts(request.headers.accept, entry.headers['content-type'])) {
        stats.hits += 1;
        reply.headers(entry.headers);
        reply.send(entry.body);
        return;
      }
      stats.misses += 1;
      request[MISS] = { key, version };
      done(null, payload);
    });

    app.addHook('onSend', (request: Tracked, reply: FastifyReply, payload: unknown, done) => {
      const pending = request[MISS];
      if (pending && reply.statusCode === 200 && (typeof payload === 'string' || Buffer.isBuffer(payload))) {
        const headers: Record<string, string> = {};
        for (const name of storedHeaders) {
          const value = reply.getHeader(name);
          if (value !== undefined) headers[name] = String(value);
        }
        // Only what a shared cache may keep: never an answer marked private or no-store.
        if (!/no-store|private/.test(headers['cache-control'] ?? '')) {
          const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
          cache.set(pending.key, { version: pending.version, body, headers });
        }
      }
      done(null, payload);
    });
  },
  { name: 'response-cache' },
);
