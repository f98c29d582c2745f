import cors, { type FastifyCorsOptions } from '@fastify/cors';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

/** Response headers a browser script on another origin may read (the contract's list). */
export const exposedHeaders = [
  'ETag',
  'Link',
  'Location',
  'X-Request-Id',
  'RateLimit-Policy',
  'RateLimit',
  'Retry-After',
];

const readMethods = new Set(['GET', 'HEAD']);

/**
 * Writes, imports, webhook subscriptions and the admin area. For a preflight the method that counts is the one
 * the browser is asking about, not OPTIONS.
 */
export function isAdminRequest(request: FastifyRequest): boolean {
  const asked = request.headers['access-control-request-method'];
  const method = request.method === 'OPTIONS' && typeof asked === 'string' ? asked.toUpperCase() : request.method;
  const path = request.url.split('?')[0] ?? '';
  return !readMethods.has(method) || /^\/v1\/(imports|admin|webhooks)(\/|$)/.test(path);
}

/**
 * CORS from CORS_ORIGINS. Public reads are open to the configured origins (`*` by default);
 * admin requests only to origins listed by name: `*` alone never opens them, so a page on
 * any site cannot drive a key-holding browser tool against the admin API.
 */
export const corsPolicy = fp(
  async (app: FastifyInstance, options: { origins: string[] }) => {
    const wildcard = options.origins.includes('*');
    const named = options.origins.filter((origin) => origin !== '*');
    const common = { exposedHeaders, maxAge: 600, strictPreflight: false };
    const publicOptions: FastifyCorsOptions = {
      ...common,
      origin: wildcard ? '*' : named,
      methods: ['GET', 'HEAD'],
    };
    const adminOptions: FastifyCorsOptions = {
      ...common,
      // An empty list still answers the preflight, just without Access-Control-Allow-Origin.
      origin: named,
      methods: ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE'],
    };
    await app.register(cors, {
      delegator: (request, callback) => callback(null, isAdminRequest(request) ? adminOptions : publicOptions),
    });
  },
  { name: 'cors' },
);
