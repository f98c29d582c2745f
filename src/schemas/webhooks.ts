import { z } from 'zod';
import { degreeLevels, stateCodes } from '../domain/vocabularies.js';
import { webhookEventTypes } from '../domain/webhook-events.js';

/** Webhook subscriptions and their delivery log, as the admin API reads and writes them. */

const timestamp = z.iso.datetime().meta({ example: '2026-12-08T09:30:00.000Z' });

const eventsField = z
  .array(z.enum(webhookEventTypes, { error: `must be one of: ${webhookEventTypes.join(', ')}` }))
  .min(1, 'must name at least one event')
  .refine((events) => new Set(events).size === events.length, 'must name each event once')
  .meta({ example: ['accreditation.status_changed', 'program.deleted'] });

const filtersSchema = z
  .strictObject({
    state: z
      .array(z.enum(stateCodes, { error: 'must be a USPS state code' }))
      .max(stateCodes.length)
      .optional()
      .meta({ description: 'Only programs in these states (any, when absent)', example: ['TX', 'OK'] }),
    degree_level: z
      .array(z.enum(degreeLevels.values, { error: `must be one of: ${degreeLevels.values.join(', ')}` }))
      .optional()
      .meta({ description: 'Only programs of these degree levels (any, when absent)', example: ['baccalaureate'] }),
  })
  .meta({
    description: 'Events of programs that match every filter given; a program that moved matches by where it was or is',
  });

export const webhookCreateSchema = z
  .strictObject({
    url: z
      .string()
      .min(1)
      .max(2048)
      // A refinement, not a pattern: JSON Schema tools read \p{…} without the Unicode flag.
      .refine((value) => !/[\p{Cc}\s]/u.test(value), 'must be a URL without spaces or control characters')
      .meta({
        description:
          'Where to POST the events: https, to a host resolving to public addresses only (unless WEBHOOK_ALLOW_PRIVATE_TARGETS). Redirects are not followed.',
        example: 'https://hooks.example.org/him-programs',
      }),
    events: eventsField,
    filters: filtersSchema.optional(),
  })
  .meta({ id: 'WebhookSubscriptionWrite' });

export type WebhookCreate = z.output<typeof webhookCreateSchema>;

/** A subscription as a merge patch applies to it; the merged document is validated whole. */
export const webhookDocumentSchema = webhookCreateSchema.extend({
  status: z.enum(['active', 'paused'], { error: 'must be active or paused' }).optional(),
});

export const webhookPatchSchema = z
  .looseObject({
    url: z.string().optional(),
    events: z.array(z.string()).optional(),
    filters: z.object({}).loose().nullable().optional(),
    status: z.enum(['active', 'paused']).optional().meta({
      description:
        '`paused` holds deliveries (events are still collected); `active` resumes, a disabled subscription too',
    }),
  })
  .meta({
    id: 'WebhookSubscriptionPatch',
    description: 'A JSON merge patch (RFC 7396) of the subscription: `url`, `events`, `filters`, `status`',
    example: { status: 'paused' },
  });

export const webhookSubscriptionSchema = z
  .object({
    id: z.uuid(),
    url: z.string(),
    events: z.array(z.enum(webhookEventTypes)),
    filters: z.object({ state: z.array(z.enum(stateCodes)), degree_level: z.array(z.enum(degreeLevels.values)) }),
    status: z.enum(['active', 'paused', 'disabled']).meta({
      description:
        '`disabled`: deliveries failed for too long (see `disabled_reason`); PATCH `status: active` to resume',
    }),
    disabled_reason: z.string().nullable(),
    failing_since: timestamp.nullable().meta({ description: 'Deliveries have failed since then without a success' }),
    previous_secret_expires_at: timestamp
      .nullable()
      .meta({ description: 'After a rotation: until then the previous secret signs too' }),
    created_at: timestamp,
    updated_at: timestamp,
  })
  .meta({ id: 'WebhookSubscription' });

export const webhookCreatedSchema = webhookSubscriptionSchema
  .extend({
    secret: z.string().meta({
      description: 'The signing secret (Standard Webhooks `whsec_…`). Shown this once: store it now.',
      example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    }),
  })
  .meta({ id: 'WebhookSubscriptionWithSecret' });

const attemptSchema = z.object({
  attempt: z.int().min(1),
  at: timestamp,
  status: z.int().nullable().meta({ description: 'The HTTP status answered; null when none came' }),
  latency_ms: z.int().min(0),
  error: z.string().nullable(),
  outcome: z.enum(['delivered', 'retry', 'failed']),
});

export const webhookDeliverySchema = z
  .object({
    id: z.uuid().meta({ description: 'The `webhook-id` of every attempt: the same for each retry of this event' }),
    event_type: z.enum(webhookEventTypes),
    seq: z.int().min(1).meta({ description: 'The change feed seq of the change announced' }),
    program_id: z.uuid(),
    state: z.enum(['pending', 'delivered', 'failed']).meta({
      description:
        '`pending`: to be sent or retried (held while the subscription is paused or disabled); `failed`: answered with a 4xx other than 429, not retried',
    }),
    attempts: z.int().min(0),
    last_status: z.int().nullable(),
    last_latency_ms: z.int().nullable(),
    last_error: z.string().nullable(),
    last_attempt_at: timestamp.nullable(),
    next_attempt_at: timestamp.nullable().meta({ description: 'When a pending delivery is tried next' }),
    created_at: timestamp,
    finished_at: timestamp.nullable(),
    attempt_log: z.array(attemptSchema),
  })
  .meta({ id: 'WebhookDelivery' });

export const webhookDetailSchema = webhookSubscriptionSchema
  .extend({
    deliveries: z
      .array(webhookDeliverySchema)
      .meta({ description: 'The newest deliveries (at most 100), newest first' }),
  })
  .meta({ id: 'WebhookSubscriptionDetail' });

export const webhookListSchema = z
  .object({ data: z.array(webhookSubscriptionSchema) })
  .meta({ id: 'WebhookSubscriptionList' });

export const webhookParams = z.strictObject({
  id: z.string().meta({ description: 'The subscription id', example: '0b6f3f0e-6d0c-4a4e-9d55-1f3b1d9e2a10' }),
});

export const deliveryParams = webhookParams.extend({
  delivery_id: z.string().meta({ description: 'The delivery id', example: '7d3c5a0e-8a53-4f4b-9c0d-3c9a9f1d2b44' }),
});
