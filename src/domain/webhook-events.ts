/** The events a webhook subscription can ask for, each with what it announces. */
export const webhookEvents = {
  'program.created': 'A program was added (admin API or import).',
  'program.updated':
    'A program changed: any field, its institution, its outcomes or its accreditation history (admin API or import).',
  'program.deleted': 'A program was deleted; `data.program` is null.',
  'accreditation.action_recorded':
    'An accreditation action was recorded for a program (`data.action`), with or without a new status.',
  'accreditation.status_changed':
    'A program’s accreditation status changed (`data.old_status`, `data.new_status`), by an accreditation action, an edit or an import.',
} as const;

export type WebhookEventType = keyof typeof webhookEvents;

export const webhookEventTypes = Object.keys(webhookEvents) as [WebhookEventType, ...WebhookEventType[]];
