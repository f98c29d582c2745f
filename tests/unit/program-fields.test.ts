import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { programSchema } from '../../src/schemas/program.js';
import { importColumns, programFields } from '../../src/schemas/program-fields.js';

/** The contract's import columns, in its order (api.md, Imports). */
const contractColumns = [
  'cahiim_epc', 'institution_name', 'campus', 'city', 'state', 'zip', 'lat', 'lon', 'institution_website',
  'ipeds_unitid', 'control', 'program_name', 'credential', 'degree_level', 'discipline', 'cip_code',
  'delivery_mode', 'accreditation_status', 'status_since', 'initial_accreditation_date', 'next_review_year',
  'internship_required', 'internship_min_hours', 'internship_formats', 'placement_assistance', 'career_services',
  'graduation_rate', 'employment_rate', 'retention_rate', 'pass_rate', 'pass_rate_exam', 'outcomes_year',
  'tuition_in_state_usd', 'tuition_out_of_state_usd', 'credit_hours', 'duration_months', 'program_url',
  'outcomes_url', 'contact_name', 'contact_email', 'contact_phone', 'description',
]; // biome-ignore format: the contract's list, packed

/** What the service itself sets or derives in a record: the field table does not write them. */
const derived = [
  'id',
  'slug',
  'institution.id',
  'institution.slug',
  'accreditation.status_label',
  'outcomes',
  'careers',
  'source',
  'updated_at',
];

/** The dotted paths of a zod object's leaves (a nullable object counts as its properties). */
function leaves(schema: z.ZodType, prefix = ''): string[] {
  const inner = schema instanceof z.ZodNullable || schema instanceof z.ZodOptional ? schema.unwrap() : schema;
  if (!(inner instanceof z.ZodObject)) return [prefix];
  return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, child]) =>
    leaves(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('the field table', () => {
  it('starts with the contract import columns, in its order (attributes added later follow them)', () => {
    expect(importColumns.slice(0, contractColumns.length)).toEqual(contractColumns);
  });

  it('writes every leaf of the program record that the service does not derive, each once', () => {
    const written = importColumns.flatMap((column) => {
      const field = programFields[column];
      if (field.kind === 'outcome') return [];
      return [[...(field.kind === 'institution' ? ['institution'] : []), ...field.path].join('.')];
    });
    expect(new Set(written).size).toBe(written.length);
    const record = leaves(programSchema).filter((path) => !derived.includes(path));
    expect([...written].sort()).toEqual([...record].sort());
  });
});
