import { z } from 'zod';
import { integerParam } from './common.js';

export const changeSchema = z
  .object({
    seq: z.int().meta({ description: 'Position in the feed; increases with every change', example: 412 }),
    op: z.enum(['created', 'updated', 'deleted']),
    program_id: z.uuid(),
    at: z.iso.datetime().meta({ example: '2026-11-20T14:03:11.000Z' }),
  })
  .meta({ id: 'Change' });

export const auditedChangeSchema = changeSchema
  .extend({
    program_id: z
      .uuid()
      .nullable()
      .meta({ description: 'The program changed; null for a change to an institution or an occupation alone' }),
    institution_id: z
      .uuid()
      .nullable()
      .meta({ description: 'The institution changed, when no program changed with it' }),
    soc_code: z
      .string()
      .nullable()
      .meta({ description: 'The occupation whose reference data changed (the occupations import)', example: null }),
    actor: z.string().nullable().meta({
      description: 'Who made the change: an API key’s name, `admin` (ADMIN_API_KEY), `cli` or `seed`',
      example: 'registrar-sync',
    }),
  })
  .meta({ id: 'AuditedChange' });

const changesMeta = z.object({
  next_since: z.string().meta({
    description: 'Pass as `since` to read on from here; when `data` is empty it is the `since` given',
    example: '412',
  }),
});

export const changeListSchema = z.object({ data: z.array(changeSchema), meta: changesMeta }).meta({ id: 'ChangeList' });

export const auditedChangeListSchema = z
  .object({ data: z.array(auditedChangeSchema), meta: changesMeta })
  .meta({ id: 'AuditedChangeList' });

export const changesQuerySchema = z.strictObject({
  since: integerParam(0, 999_999_999)
    .optional()
    .meta({ description: '`meta.next_since` of the previous answer; omitted: from the beginning', example: 412 }),
  limit: integerParam(1, 1000).optional().meta({ description: 'Changes per answer, default 100' }),
});

export const auditedChangesQuerySchema = changesQuerySchema.extend({
  program_id: z.uuid({ error: 'must be a program id (a UUID)' }).optional().meta({
    description: 'Only the changes of this program',
  }),
});

export type Change = z.output<typeof changeSchema>;
export type AuditedChange = z.output<typeof auditedChangeSchema>;
