import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Counter, Histogram } from 'prom-client';
import type { DataVersion } from '../db/data-version.js';
import { SecretBox } from '../services/webhook-secrets.js';
import { WebhookWorker } from '../services/webhook-worker.js';

declare module 'fastify' {
  interface FastifyInstance {
    webhookSecrets: SecretBox;
    webhookWorker: WebhookWorker;
  }
}

/**
 * The webhook delivery worker of this instance: started with the app, woken by every change to the
 * data (this instance's writes and, through LISTEN/NOTIFY, other instances'), stopped when the app
 * closes, before the database is. It never runs inside a write's transaction: writes only add rows
 * to the outbox.
 */
export const webhooks = fp(
  async (app: FastifyInstance, options: { dataVersion: DataVersion }) => {
    const { config } = app;
    const secrets = new SecretBox(config.WEBHOOK_SECRET_KEY);
    const attempts = new Counter({
      name: 'webhook_attempts_total',
      help: 'Webhook delivery attempts, by outcome (delivered, retry, failed)',
      labelNames: ['outcome'] as const,
      registers: [app.metrics.registry],
    });
    const latency = new Histogram({
      name: 'webhook_attempt_duration_seconds',
      help: 'Time from sending a webhook request to its answer (or its failure), by outcome',
      labelNames: ['outcome'] as const,
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [app.metrics.registry],
    });
    const worker = new WebhookWorker({
      db: app.db.primary,
      secrets,
      allowPrivate: config.WEBHOOK_ALLOW_PRIVATE_TARGETS,
      timeoutMs: config.WEBHOOK_TIMEOUT_MS,
      retryBaseMs: config.WEBHOOK_RETRY_BASE_MS,
      retryMaxDelayMs: config.WEBHOOK_RETRY_MAX_DELAY_MS,
      disableAfterMs: config.WEBHOOK_DISABLE_AFTER_MS,
      pollMs: config.WEBHOOK_POLL_MS,
      log: app.log.child({ component: 'webhooks' }),
      onAttempt: (result) => {
        attempts.inc({ outcome: result.outcome });
        latency.observe({ outcome: result.outcome }, result.latency_ms / 1000);
      },
    });
    app.decorate('webhookSecrets', secrets);
    app.decorate('webhookWorker', worker);
    options.dataVersion.onChange(() => worker.nudge());
    app.addHook('onReady', async () => worker.start());
    app.addHook('onClose', async () => worker.stop());
  },
  { name: 'webhooks', dependencies: ['metrics'] },
);
