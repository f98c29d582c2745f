import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { jsonResponse, problemResponses } from '../schemas/responses.js';
import {
  deliveryParams,
  webhookCreatedSchema,
  webhookCreateSchema,
  webhookDeliverySchema,
  webhookDetailSchema,
  webhookListSchema,
  webhookParams,
  webhookPatchSchema,
  webhookSubscriptionSchema,
} from '../schemas/webhooks.js';
import {
  createWebhook,
  getWebhook,
  listWebhooks,
  removeWebhook,
  retryDelivery,
  rotateWebhookSecret,
  updateWebhook,
  type WebhookContext,
} from '../services/webhooks.js';
import {
  acceptJsonBodies,
  adminSecurity,
  ifMatchRequired,
  patchBodyValidator,
  writeBodyValidator,
} from './admin-http.js';

const location = (id: string) => `/v1/webhooks/${id}`;
const ifMatchOnPatch = ifMatchRequired('webhook subscription');

const deliveryDescription =
  "Events are POSTed as JSON with the Standard Webhooks headers `webhook-id` (the delivery id, the same for every retry: de-duplicate on it), `webhook-timestamp` and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body`, keyed by the base64-decoded secret after `whsec_`; during a rotation's 24 h grace period one signature per valid secret, space-separated). At least once; each program's events arrive in `seq` order. A 2xx answer is a delivery; a timeout (WEBHOOK_TIMEOUT_MS, 10 s), a network error, a redirect (never followed), 429 or 5xx is retried with exponential backoff and jitter (30 s doubling to 6 h, `Retry-After` honoured) for as long as the subscription lives; any other 4xx fails that delivery without retry. A subscription failing for 3 days without a success is disabled, with the reason.";

/** Webhook subscriptions (admin): the routes validate and shape; services/webhooks.ts decides. */
export const webhookRoutes: FastifyPluginAsyncZod = async (app) => {
  acceptJsonBodies(app);
  const context: WebhookContext = {
    policy: { allowPrivate: app.config.WEBHOOK_ALLOW_PRIVATE_TARGETS },
    secrets: app.webhookSecrets,
  };

  app.post(
    '/webhooks',
    {
      validatorCompiler: writeBodyValidator,
      schema: {
        operationId: 'createWebhook',
        tags: ['Webhooks'],
        summary: 'Subscribe a URL to program and accreditation events',
        description: `Answers 201 with the subscription and its signing secret, shown this once. The URL must be https and resolve to public addresses only (http and private addresses with WEBHOOK_ALLOW_PRIVATE_TARGETS=true); the same URL, events and filters twice is a 409. ${deliveryDescription}`,
        security: adminSecurity,
        body: webhookCreateSchema,
        response: {
          201: jsonResponse('Created: the subscription with its secret', webhookCreatedSchema),
          ...problemResponses(
            'invalid_body',
            'unauthorized',
            'conflict',
            'payload_too_large',
            'unsupported_media_type',
          ),
        },
      },
    },
    async (request, reply) => {
      const { subscription, etag } = await createWebhook(request.server.db.primary, request.body, context);
      reply.code(201).header('location', location(subscription.id)).header('etag', etag);
      return subscription;
    },
  );

  app.get(
    '/webhooks',
    {
      schema: {
        operationId: 'listWebhooks',
        tags: ['Webhooks'],
        summary: 'List webhook subscriptions',
        description: 'Every subscription, oldest first; secrets are never shown again.',
        security: adminSecurity,
        response: {
          200: jsonResponse('The subscriptions', webhookListSchema),
          ...problemResponses('invalid_parameter', 'unauthorized'),
        },
      },
    },
    async (request) => listWebhooks(request.server.db.primary),
  );

  app.get(
    '/webhooks/:id',
    {
      schema: {
        operationId: 'getWebhook',
        tags: ['Webhooks'],
        summary: 'A webhook subscription with its delivery log',
        description:
          'The subscription and its newest deliveries, each with its attempts (status, latency, error) and its next try. The `ETag` is the subscription’s version (settings, status, secret), for `If-Match` on PATCH; deliveries are not part of it.',
        security: adminSecurity,
        params: webhookParams,
        response: {
          200: jsonResponse('The subscription and its delivery log', webhookDetailSchema),
          ...problemResponses('invalid_parameter', 'unauthorized', 'not_found'),
        },
      },
    },
    async (request, reply) => {
      const { subscription, etag } = await getWebhook(request.server.db.primary, request.params.id);
      reply.header('etag', etag);
      return subscription;
    },
  );

  app.patch(
    '/webhooks/:id',
    {
      validatorCompiler: patchBodyValidator,
      preValidation: ifMatchOnPatch.preValidation,
      schema: {
        operationId: 'updateWebhook',
        tags: ['Webhooks'],
        summary: 'Pause, resume or change a webhook subscription (JSON merge patch)',
        description:
          '`{"status": "paused"}` holds deliveries (events are still collected), `{"status": "active"}` resumes (a disabled subscription too, retrying what it holds at once); `events`, `filters` and `url` may change. `If-Match` with the subscription’s ETag is required.',
        security: adminSecurity,
        consumes: ['application/merge-patch+json', 'application/json'],
        params: webhookParams,
        headers: ifMatchOnPatch.headers,
        body: webhookPatchSchema,
        response: {
          200: jsonResponse('The subscription as changed', webhookSubscriptionSchema),
          ...problemResponses(
            'invalid_parameter',
            'invalid_body',
            'unauthorized',
            'not_found',
            'conflict',
            'precondition_failed',
            'payload_too_large',
            'unsupported_media_type',
            'precondition_required',
          ),
        },
      },
    },
    async (request, reply) => {
      const { subscription, etag } = await updateWebhook(
        request.server.db.primary,
        request.params.id,
        request.body as Record<string, unknown>,
        request.headers['if-match'],
        context,
      );
      request.server.webhookWorker?.nudge();
      reply.header('etag', etag);
      return subscription;
    },
  );

  app.post(
    '/webhooks/:id/secret',
    {
      schema: {
        operationId: 'rotateWebhookSecret',
        tags: ['Webhooks'],
        summary: 'Rotate a webhook subscription’s signing secret',
        description:
          'Answers 201 with the new secret, shown this once. For 24 hours (`previous_secret_expires_at`) deliveries carry a signature by each secret, space-separated, so the receiver can switch when it likes.',
        security: adminSecurity,
        params: webhookParams,
        response: {
          201: jsonResponse('The subscription with its new secret', webhookCreatedSchema),
          ...problemResponses('invalid_parameter', 'unauthorized', 'not_found'),
        },
      },
    },
    async (request, reply) => {
      const { subscription, etag } = await rotateWebhookSecret(request.server.db.primary, request.params.id, context);
      reply.code(201).header('location', location(subscription.id)).header('etag', etag);
      return subscription;
    },
  );

  app.post(
    '/webhooks/:id/deliveries/:delivery_id/retry',
    {
      schema: {
        operationId: 'retryWebhookDelivery',
        tags: ['Webhooks'],
        summary: 'Send one delivery again',
        description:
          'Makes the delivery due now, whatever its state (delivered and failed ones too), with the same `webhook-id` and body. Answers 202: it is sent by the next free worker, after any earlier pending event of the same program.',
        security: adminSecurity,
        params: deliveryParams,
        response: {
          202: jsonResponse('Accepted: the delivery, due now', webhookDeliverySchema),
          ...problemResponses('invalid_parameter', 'unauthorized', 'not_found'),
        },
      },
    },
    async (request, reply) => {
      const delivery = await retryDelivery(request.server.db.primary, request.params.id, request.params.delivery_id);
      request.server.webhookWorker?.nudge();
      reply.code(202);
      return delivery;
    },
  );

  app.delete(
    '/webhooks/:id',
    {
      schema: {
        operationId: 'deleteWebhook',
        tags: ['Webhooks'],
        summary: 'Delete a webhook subscription',
        description: 'With its pending deliveries and its log; nothing more is sent to it.',
        security: adminSecurity,
        params: webhookParams,
        response: {
          204: z.null().meta({ description: 'Deleted; no body' }),
          ...problemResponses('invalid_parameter', 'unauthorized', 'not_found'),
        },
      },
    },
    async (request, reply) => {
      await removeWebhook(request.server.db.primary, request.params.id);
      return reply.code(204).send(undefined as never);
    },
  );
};
