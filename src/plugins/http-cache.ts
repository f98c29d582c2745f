import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { DataVersion } from '../db/data-version.js';
import { strongEtag } from '../services/preconditions.js';

/** A Vary value that keeps what other plugins (CORS) already put there. */
function withVary(current: unknown, names: string[]): string {
  const listed = String(current ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const seen = new Set(listed.map((name) => name.toLowerCase()));
  if (seen.has('*')) return '*';
  return [...listed, ...names.filter((name) => !seen.has(name.toLowerCase()))].join(', ');
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `public`: cacheable by browsers and CDNs for CACHE_MAX_AGE; anything else is `no-store`. */
    cache?: 'public' | 'no-store';
    /** The answer's media type follows Accept: `Vary: accept`, and caches keep one answer per Accept. */
    varyByAccept?: boolean;
  }
}

/** Whether an If-None-Match header lists this ETag (or `*`); weak comparison as RFC 9110 asks for GET. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/**
 * A digest of the service's own code (src/ or dist/src/), part of every version ETag: an answer also
 * changes when a deployment changes its code (a label, the widget), and instances running the same
 * code on the same data agree on their ETags.
 */
const codeFingerprint = (() => {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const hash = createHash('sha256');
  for (const name of (readdirSync(root, { recursive: true }) as string[]).sort()) {
    const path = join(root, name);
    if (statSync(path).isFile()) hash.update(name).update(readFileSync(path));
  }
  return hash.digest('base64url').slice(0, 12);
})();

const VERSION_ETAG = Symbol('version-etag');
type Tagged = FastifyRequest & { [VERSION_ETAG]?: string };

/** Whether If-None-Match lists exactly this tag (`*` is left to the handler: it depends on the resource existing). */
const listsTag = (header: string | undefined, etag: string) =>
  header?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag) === true;

/**
 * ETag, If-None-Match → 304 and Cache-Control for every GET. A handler that knows its resource's
 * own version sets the ETag itself (a program). Other public answers get a version ETag: the data
 * version, the code and the URL as sent, computed before the handler runs so that a 304 costs no
 * database work. Without a known data version the body is hashed.
 */
export const httpCache = fp(
  async (app: FastifyInstance, options: { maxAge: number; dataVersion?: DataVersion }) => {
    const { dataVersion } = options;
    if (dataVersion) {
      app.addHook('preHandler', (request: Tagged, reply, done) => {
        if (request.method !== 'GET' && request.method !== 'HEAD') return done();
        if (reply.routeOptions.config?.cache !== 'public' || dataVersion.current === undefined) return done();
        const accept = reply.routeOptions.config.varyByAccept ? `\n${request.headers.accept ?? ''}` : '';
        const etag = strongEtag(`${codeFingerprint}\n${dataVersion.current}\n${request.url}${accept}`);
        request[VERSION_ETAG] = etag;
        if (!listsTag(request.headers['if-none-match'], etag)) return done();
        reply.code(304).header('etag', etag).send();
      });
    }
    app.addHook('onSend', async (request: Tagged, reply, payload) => {
      const cache = reply.routeOptions.config?.cache;
      reply.header(
        'cache-control',
        cache === 'public' && reply.statusCode < 400 ? `public, max-age=${options.maxAge}` : 'no-store',
      );
      // Lower case, as the compression plugin writes it, so that it does not add the same name again.
      if (cache === 'public') {
        const names = reply.routeOptions.config?.varyByAccept
          ? ['accept', 'accept-encoding', 'origin']
          : ['accept-encoding', 'origin'];
        reply.header('vary', withVary(reply.getHeader('vary'), names));
      }
      if ((request.method !== 'GET' && request.method !== 'HEAD') || reply.statusCode !== 200) return payload;
      let etag = (reply.getHeader('etag') as string | undefined) ?? request[VERSION_ETAG];
      if (etag) reply.header('etag', etag);
      // A stream has only a version ETag: its body is never in memory to hash.
      if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
      if (!etag) {
        etag = strongEtag(typeof payload === 'string' ? payload : payload.toString('binary'));
        reply.header('etag', etag);
      }
      if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) {
        reply.code(304);
        reply.removeHeader('content-type');
        reply.removeHeader('content-length');
        return '';
      }
      return payload;
    });
  },
  { name: 'http-cache' },
);
