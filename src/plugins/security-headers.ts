import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Helmet's headers with a Content-Security-Policy that Swagger UI at /docs runs under (its
 * own scripts and styles, data: images, no external validator badge). The embed page sets
 * its own policy with `frame-ancestors *`; everything else may be framed by this origin only.
 */
export const securityHeaders = fp(
  async (app: FastifyInstance) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'frame-ancestors': ["'self'"],
          // TLS is the proxy's business; upgrading would break plain-HTTP deployments and local use.
          'upgrade-insecure-requests': null,
        },
      },
      // A public API: its answers and widget.js are meant to be used by pages of other origins.
      crossOriginResourcePolicy: { policy: 'cross-origin' },
    });
  },
  { name: 'security-headers' },
);
