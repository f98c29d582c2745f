import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { LRUCache } from 'lru-cache';
import type { DataVersion } from '../db/data-version.js';
import {
  COMPRESSION_THRESHOLD,
  compressBody,
  type Encoding,
  isCompressible,
  negotiateEncoding,
} from './compression.js';
import { matchesIfNoneMatch } from './http-cache.js';

export interface ResponseCacheStats {
  enabled: boolean;
  hits: number;
  misses: number;
  /** Bodies compressed by the cache: once per entry and encoding, never on a hit that finds its variant. */
  compressions: number;
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
  /** Whether the body is worth compressing (type and size), decided once. */
  compressible: boolean;
  /** The body compressed for each encoding asked for so far. */
  encoded: Partial<Record<Encoding, Buffer>>;
}

const entrySize = (entry: Entry) =>
  entry.body.length + (entry.encoded.br?.length ?? 0) + (entry.encoded.gzip?.length ?? 0) + 256;

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
 * The encoding to send an entry in: the client's choice when the body is worth compressing, unless the
 * answer will be a 304 (http-cache turns a matching If-None-Match into one, and a 304 has no body to encode).
 */
function encodingFor(request: FastifyRequest, entry: Entry): Encoding | undefined {
  if (!entry.compressible) return undefined;
  if (matchesIfNoneMatch(request.headers['if-none-match'], entry.headers.etag ?? '')) return undefined;
  return negotiateEncoding(request.headers['accept-encoding']);
}

/**
 * Answers of public GET routes (`config.cache: 'public'`) kept in memory, keyed by host and URL
 * exactly as sent (the body echoes the URL in `links.self`, so two spellings are two answers), and
 * tagged with the data version they were computed at. A hit is sent before validation and the
 * handler, once the onRequest hooks (request id, CORS, security headers, rate limit) have run, so
 * cached answers are still counted and carry their per-request headers. Any write moves the version,
 * on every instance, and empties the cache. Requests with Authorization neither read nor fill it.
 *
 * An entry also keeps its body compressed, once per encoding (brotli, gzip) clients asked for, so
 * a hit sends stored bytes and never compresses again; the answer that fills an entry is compressed
 * here too, and the compression plugin leaves it as it is.
 */
export const responseCache = fp(
  async (app: FastifyInstance, options: ResponseCacheOptions) => {
    const stats = { hits: 0, misses: 0, compressions: 0 };
    const enabled = options.size > 0;
    const cache = enabled
      ? new LRUCache<string, Entry>({
          max: options.size,
          maxSize: options.maxBytes ?? 32 * 1024 * 1024,
          sizeCalculation: entrySize,
        })
      : undefined;
    /** The entry's body in this encoding, compressed now if it is the first time it is asked for. */
    const encodedBody = (key: string, entry: Entry, encoding: Encoding): Buffer => {
      const stored = entry.encoded[encoding];
      if (stored) return stored;
      const body = compressBody(entry.body, encoding);
      stats.compressions += 1;
      // A new entry object: the LRU sizes an entry only when it is given a different value.
      if (cache?.peek(key) === entry) cache.set(key, { ...entry, encoded: { ...entry.encoded, [encoding]: body } });
      return body;
    };
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
      const accept = request.routeOptions.config.varyByAccept ? ` ${request.headers.accept ?? ''}` : '';
      const key = `${request.headers.host ?? ''} ${request.url}${accept}`;
      const entry = cache.get(key);
      if (entry && entry.version === version && accepts(request.headers.accept, entry.headers['content-type'])) {
        stats.hits += 1;
        reply.headers(entry.headers);
        const encoding = encodingFor(request, entry);
        if (encoding) reply.header('content-encoding', encoding);
        reply.send(encoding ? encodedBody(key, entry, encoding) : entry.body);
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
        if (!/no-store|private/.test(headers['cache-control'] ?? '') && !reply.hasHeader('content-encoding')) {
          const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
          const compressible = body.length >= COMPRESSION_THRESHOLD && isCompressible(headers['content-type']);
          const entry: Entry = { version: pending.version, body, headers, compressible, encoded: {} };
          cache.set(pending.key, entry);
          const encoding = encodingFor(request, entry);
          if (encoding) {
            reply.header('content-encoding', encoding);
            return done(null, encodedBody(pending.key, entry, encoding));
          }
        }
      }
      done(null, payload);
    });
  },
  { name: 'response-cache', dependencies: ['http-cache'] },
);
