import { z } from 'zod';
import { stateCodes } from '../domain/vocabularies.js';
import { integerParam, multiParam, textParam } from './common.js';
import { institutionSchema, programSchema } from './program.js';
import { listLinksSchema, listMetaSchema } from './responses.js';

export const institutionListItemSchema = institutionSchema
  .extend({
    program_count: z.int().meta({ description: 'Programs listed at this campus, of any accreditation status' }),
  })
  .meta({ id: 'InstitutionListItem' });

export const institutionListSchema = z
  .object({ data: z.array(institutionListItemSchema), meta: listMetaSchema(['name']), links: listLinksSchema })
  .meta({ id: 'InstitutionList' });

export const programSummarySchema = programSchema
  .pick({
    id: true,
    slug: true,
    name: true,
    credential: true,
    degree_level: true,
    discipline: true,
    delivery_mode: true,
  })
  .extend({ accreditation: programSchema.shape.accreditation.pick({ status: true, status_label: true }) })
  .meta({ id: 'ProgramSummary' });

export const institutionDetailSchema = institutionSchema
  .extend({ programs: z.array(programSummarySchema) })
  .meta({ id: 'InstitutionDetail' });

export const institutionListQuerySchema = z.strictObject({
  q: textParam(1, 200).optional().meta({ description: 'Name, campus or city; typo-tolerant', example: 'pelarro' }),
  state: multiParam(stateCodes, (value) => value.toUpperCase())
    .optional()
    .meta({ example: ['FL'] }),
  limit: integerParam(1, 100).optional().meta({ description: 'Page size, default 20', example: 20 }),
  cursor: z
    .string({ error: 'must be given only once' })
    .max(1000, 'is not a valid cursor')
    .optional()
    .meta({ description: 'Opaque: the `meta.next_cursor` of the previous page (or follow `links.next`)' }),
});

export type InstitutionListQuery = z.output<typeof institutionListQuerySchema>;
export type InstitutionListItem = z.output<typeof institutionListItemSchema>;
export type InstitutionDetail = z.output<typeof institutionDetailSchema>;
