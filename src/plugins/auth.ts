import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors.js';
import { KeyVerifier } from '../services/api-keys.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is writing: the API key's name, `admin` for ADMIN_API_KEY. Set on admin routes only. */
    actor: string;
  }
}

function bearerToken(header: string | undefined): string | undefined {
  const match = header === undefined ? null : /^Bearer +(\S+) *$/i.exec(header);
  return match?.[1];
}

/**
 * Requires `Authorization: Bearer <key>` on every route of the context that registers it (it
 * is meant for the admin context only: registered there, the hook stays off public routes).
 * Checked on request, before a body is read, so unauthenticated clients cannot make the
 * service parse large uploads. The key is never logged: the logger redacts the header.
 */
export const apiKeyAuth = fp(
  async (app: FastifyInstance) => {
    const verifier = new KeyVerifier(app.db.primary, app.config.ADMIN_API_KEY, (error) =>
      app.log.warn({ err: error }, 'could not record the last use of an API key'),
    );
    app.decorateRequest('actor', '');
    app.addHook('onRequest', async (request) => {
      const token = bearerToken(request.headers.authorization);
      if (token === undefined) {
        throw new AppError('unauthorized', 'This endpoint needs an API key: send Authorization: Bearer <key>', [
          { in: 'header', name: 'authorization', message: 'must be Bearer and an API key' },
        ]);
      }
      const actor = await verifier.verify(token);
      if (actor === null) {
        throw new AppError(
          'unauthorized',
          'The API key is not valid (unknown or revoked)',
          [{ in: 'header', name: 'authorization', message: 'is not a valid API key' }],
          undefined,
          { 'www-authenticate': 'Bearer error="invalid_token"' },
        );
      }
      request.actor = actor;
    });
  },
  { name: 'api-key-auth', dependencies: ['problem-details'] },
);
