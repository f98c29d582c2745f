import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `public`: cacheable by browsers and CDNs for CACHE_MAX_AGE; anything else is `no-store`. */
    cache?: 'public' | 'no-store';
  }
}

/** Whether an If-None-Match header lists this ETag (or `*`); weak comparison as RFC 9110 asks for GET. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

export const strongEtag = (seed: string) => `"${createHash('sha256').update(seed).digest('base64url').slice(0, 27)}"`;

/**
 * ETag, If-None-Match → 304 and Cache-Control for every GET. A handler that
 * knows its version sets the ETag itself; otherwise the body is hashed.
 */
export const httpCache = fp(
  async (app: FastifyInstance, options: { maxAge: number }) => {
    app.addHook('onSend', async (request, reply, payload) => {
      const cache = reply.routeOptions.config?.cache;
      reply.header(
        'cache-control',
        cache === 'public' && reply.statusCode < 400 ? `public, max-age=${options.maxAge}` : 'no-store',
      );
      if (cache === 'public') reply.header('vary', 'Accept-Encoding, Origin');
      if ((request.method !== 'GET' && request.method !== 'HEAD') || reply.statusCode !== 200) return payload;
      if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload; // streams carry no ETag
      let etag = reply.getHeader('etag') as string | undefined;
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
