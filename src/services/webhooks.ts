import type { Db } from '../db/client.js';
import type { degreeLevels, stateCodes } from '../domain/vocabularies.js';
import type { WebhookEventType } from '../domain/webhook-events.js';
import { AppError, notFound } from '../errors.js';
import {
  type DeliveryRow,
  deleteSubscription,
  deliveriesOf,
  findDuplicate,
  findSubscription,
  insertSubscription,
  listSubscriptions,
  redeliver,
  rotateSecret,
  type SubscriptionRow,
  type SubscriptionWrite,
  updateSubscription,
} from '../queries/webhooks.js';
import { invalidBody, writeProblems } from '../schemas/program-write.js';
import { type WebhookCreate, webhookDocumentSchema } from '../schemas/webhooks.js';
import { mergePatch } from './merge-patch.js';
import { checkIfMatch, strongEtag } from './preconditions.js';
import { newSecret, type SecretBox } from './webhook-secrets.js';
import { checkTarget, parseTarget, type TargetPolicy, TargetRefused } from './webhook-targets.js';

/** Webhook subscriptions through the admin API: validated targets, secrets shown once, the delivery log. */

/** How long the previous secret still signs after a rotation, so receivers can switch without losing events. */
export const SECRET_GRACE_MS = 24 * 60 * 60 * 1000;

const DELIVERY_LOG_SIZE = 100;

export interface WebhookContext {
  policy: TargetPolicy;
  secrets: SecretBox;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const webhookEtag = (row: Pick<SubscriptionRow, 'id' | 'version'>) =>
  strongEtag(`webhook:${row.id}:${row.version}`);

type StateCode = (typeof stateCodes)[number];
type DegreeLevel = (typeof degreeLevels.values)[number];

export function present(row: SubscriptionRow) {
  return {
    id: row.id,
    url: row.url,
    events: row.events as WebhookEventType[],
    filters: { state: row.filter_states as StateCode[], degree_level: row.filter_degree_levels as DegreeLevel[] },
    status: row.status,
    disabled_reason: row.disabled_reason,
    failing_since: row.failing_since,
    previous_secret_expires_at: row.previous_secret_expires_at,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

function presentDelivery(row: DeliveryRow) {
  return { ...row, event_type: row.event_type as WebhookEventType, seq: Number(row.seq) };
}

/** Sorted and without repeats: the stored form, so that the same subscription is found whatever the order given. */
const normalised = (values: readonly string[] | undefined) => [...new Set(values ?? [])].sort();

/** The URL as stored, once it is a target that may be used: a refusal names `url`. */
async function checkedUrl(text: string, policy: TargetPolicy): Promise<string> {
  try {
    const url = parseTarget(text, policy);
    await checkTarget(url, policy);
    return url.href;
  } catch (error) {
    if (error instanceof TargetRefused) throw invalidBody([{ in: 'body', name: 'url', message: error.message }]);
    throw error;
  }
}

const duplicate = (id: string) =>
  new AppError('conflict', `Subscription ${id} already sends these events with these filters to this URL`, [
    { in: 'body', name: 'url', message: `is already subscribed to these events and filters (subscription ${id})` },
  ]);

async function existing(db: Db, id: string): Promise<SubscriptionRow> {
  const row = UUID.test(id) ? await findSubscription(db, id) : null;
  if (!row) throw notFound(`Webhook subscription ${id}`, 'id');
  return row;
}

export async function createWebhook(db: Db, input: WebhookCreate, context: WebhookContext) {
  const write: SubscriptionWrite = {
    url: await checkedUrl(input.url, context.policy),
    events: normalised(input.events),
    filter_states: normalised(input.filters?.state),
    filter_degree_levels: normalised(input.filters?.degree_level),
  };
  const secret = newSecret();
  const row = await insertSubscription(db, { ...write, secret: context.secrets.seal(secret) });
  if (!row) {
    const other = await findDuplicate(db, '00000000-0000-0000-0000-000000000000', write);
    throw duplicate(other ?? 'another');
  }
  return { subscription: { ...present(row), secret }, etag: webhookEtag(row) };
}

export async function listWebhooks(db: Db) {
  return { data: (await listSubscriptions(db)).map(present) };
}

export async function getWebhook(db: Db, id: string) {
  const row = await existing(db, id);
  const deliveries = await deliveriesOf(db, row.id, DELIVERY_LOG_SIZE);
  return { subscription: { ...present(row), deliveries: deliveries.map(presentDelivery) }, etag: webhookEtag(row) };
}

/** A JSON merge patch of url, events, filters and status; the merged subscription is validated whole. */
export async function updateWebhook(
  db: Db,
  id: string,
  patch: Record<string, unknown>,
  ifMatch: string | undefined,
  context: WebhookContext,
) {
  return db.transaction(async (tx) => {
    const current = await existing(tx, id);
    checkIfMatch(ifMatch, webhookEtag(current), 'webhook subscription');
    const document = {
      url: current.url,
      events: current.events,
      filters: {
        ...(current.filter_states.length > 0 ? { state: current.filter_states } : {}),
        ...(current.filter_degree_levels.length > 0 ? { degree_level: current.filter_degree_levels } : {}),
      },
      ...(current.status === 'paused' ? { status: 'paused' } : {}),
    };
    const parsed = webhookDocumentSchema.safeParse(mergePatch(document, patch));
    if (!parsed.success) throw invalidBody(writeProblems(parsed.error));
    const next = parsed.data;
    const url = next.url === current.url ? current.url : await checkedUrl(next.url, context.policy);
    const write: SubscriptionWrite = {
      url,
      events: normalised(next.events),
      filter_states: normalised(next.filters?.state),
      filter_degree_levels: normalised(next.filters?.degree_level),
    };
    const other = await findDuplicate(tx, current.id, write);
    if (other) throw duplicate(other);
    // A status left out of the patch keeps the current one; a disabled subscription stays so until resumed.
    const status = 'status' in patch ? (next.status ?? 'active') : undefined;
    await updateSubscription(tx, current.id, {
      ...write,
      ...(status && !(status === 'paused' && current.status === 'paused') ? { status } : {}),
    });
    const row = (await findSubscription(tx, current.id)) as SubscriptionRow;
    return { subscription: present(row), etag: webhookEtag(row) };
  });
}

export async function rotateWebhookSecret(db: Db, id: string, context: WebhookContext) {
  const current = await existing(db, id);
  const secret = newSecret();
  await rotateSecret(db, current.id, context.secrets.seal(secret), SECRET_GRACE_MS);
  const row = (await findSubscription(db, current.id)) as SubscriptionRow;
  return { subscription: { ...present(row), secret }, etag: webhookEtag(row) };
}

export async function removeWebhook(db: Db, id: string): Promise<void> {
  const found = UUID.test(id) && (await deleteSubscription(db, id));
  if (!found) throw notFound(`Webhook subscription ${id}`, 'id');
}

export async function retryDelivery(db: Db, id: string, deliveryId: string) {
  await existing(db, id);
  const row = UUID.test(deliveryId) ? await redeliver(db, id, deliveryId) : null;
  if (!row) throw notFound(`Delivery ${deliveryId}`, 'delivery_id');
  return presentDelivery(row);
}
