import { accreditationActions, accreditationStatuses } from '../domain/vocabularies.js';
import { type WebhookEventType, webhookEvents } from '../domain/webhook-events.js';

/**
 * The OpenAPI 3.1 `webhooks` section: each event a subscription can ask for, as the request this
 * service sends to the subscriber, with the Standard Webhooks headers and the JSON body.
 */

const statusSchema = { type: 'string', enum: accreditationStatuses.values };

const extraData: Record<WebhookEventType, { properties: Record<string, unknown>; required: string[] }> = {
  'program.created': { properties: {}, required: [] },
  'program.updated': { properties: {}, required: [] },
  'program.deleted': { properties: {}, required: [] },
  'accreditation.action_recorded': {
    properties: {
      action: {
        type: 'object',
        properties: {
          action: { type: 'string', enum: accreditationActions.values },
          date: { type: 'string', format: 'date' },
          note: { type: ['string', 'null'] },
          status: { ...statusSchema, type: ['string', 'null'], enum: [...accreditationStatuses.values, null] },
        },
        required: ['action', 'date', 'note', 'status'],
      },
    },
    required: ['action'],
  },
  'accreditation.status_changed': {
    properties: { old_status: statusSchema, new_status: statusSchema },
    required: ['old_status', 'new_status'],
  },
};

const headers = [
  {
    name: 'webhook-id',
    in: 'header',
    required: true,
    description: 'The delivery id: the same for every attempt of this event to this subscription. De-duplicate on it.',
    schema: { type: 'string', format: 'uuid' },
  },
  {
    name: 'webhook-timestamp',
    in: 'header',
    required: true,
    description:
      'Seconds since the Unix epoch when this attempt was signed; refuse ones far from your clock (5 minutes).',
    schema: { type: 'string', pattern: '^[0-9]+$' },
  },
  {
    name: 'webhook-signature',
    in: 'header',
    required: true,
    description:
      '`v1,` + base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`, keyed by the base64-decoded part of the secret after `whsec_`. After a rotation, one signature per valid secret, space-separated: accept the request when any matches.',
    schema: { type: 'string', example: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=' },
  },
];

// Typed loosely: the OpenAPI types of @fastify/swagger want literal types for every keyword.
// biome-ignore lint/suspicious/noExplicitAny: a plain JSON document
export const webhookDocuments: Record<string, any> = Object.fromEntries(
  (Object.keys(webhookEvents) as WebhookEventType[]).map((type) => {
    const extra = extraData[type];
    return [
      type,
      {
        post: {
          operationId: `webhook_${type.replace('.', '_')}`,
          tags: ['Webhooks'],
          summary: `${type}: ${webhookEvents[type]}`,
          description:
            'Sent to every subscription that asked for this event and whose filters match. At least once: the same `webhook-id` may arrive again. A 2xx answer is a delivery; 429, 5xx, redirects, timeouts and network errors are retried with backoff; other 4xx answers fail the delivery without retry.',
          // The receiver asks for no credential: the signature is what proves the sender.
          security: [],
          parameters: headers,
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    type: { type: 'string', const: type },
                    timestamp: { type: 'string', format: 'date-time', description: 'When the change was committed' },
                    data: {
                      type: 'object',
                      properties: {
                        seq: { type: 'integer', minimum: 1, description: 'The change feed seq (GET /v1/changes)' },
                        program_id: { type: 'string', format: 'uuid' },
                        program: {
                          description:
                            type === 'program.deleted'
                              ? 'Always null: the program is gone'
                              : 'The program record after the change (as GET /v1/programs lists it)',
                          oneOf: [{ $ref: '#/components/schemas/Program' }, { type: 'null' }],
                        },
                        ...extra.properties,
                      },
                      required: ['seq', 'program_id', 'program', ...extra.required],
                    },
                  },
                  required: ['type', 'timestamp', 'data'],
                },
              },
            },
          },
          responses: {
            '2XX': { description: 'Received: the delivery is done' },
            '429': { description: 'Retried later, after `Retry-After` when given' },
            '5XX': { description: 'Retried later with exponential backoff' },
            '4XX': { description: 'Any other 4xx: the delivery fails and is not retried' },
          },
        },
      },
    ];
  }),
);
