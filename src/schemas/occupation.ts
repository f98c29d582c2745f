import { z } from 'zod';
import { cipCodes, degreeLevels } from '../domain/vocabularies.js';
import { decimal, integer, line, listOf, matching, paragraph, type Rule, webUrl } from './field-rules.js';
import { cell, importProblemSchema } from './import-row.js';

/** A SOC 2018 detailed occupation code, such as 29-2072. */
export const SOC_CODE = /^\d{2}-\d{4}$/;

const socCode = z.string().meta({ description: 'SOC 2018 code', example: '29-2072' });
const usd = (description: string, example: number) =>
  z
    .int()
    .nullable()
    .meta({ description: `${description} (whole US dollars); null when no cited source gives it`, example });

/** Where a program leads, as the program record shows it: the occupation's headline figures. */
export const careerSchema = z
  .object({
    soc_code: socCode,
    title: z.string().meta({ example: 'Medical Records Specialists' }),
    median_annual_wage_usd: usd('National median annual wage', 50250),
    projected_growth_pct: z
      .number()
      .nullable()
      .meta({ description: 'Projected change in employment over `projection_period`, in percent', example: 7 }),
    projection_period: z.string().nullable().meta({ example: '2024-34' }),
    wage_reference: z.string().nullable().meta({ description: 'The OEWS release of the wage', example: 'May 2024' }),
    wage_source_url: z.string().nullable().meta({ description: 'The page the wage was read from' }),
  })
  .meta({ id: 'Career' });

export type Career = z.output<typeof careerSchema>;

/** One occupation with every figure, where each came from, and how many listed programs lead there. */
export const occupationSchema = careerSchema
  .extend({
    description: z.string().nullable(),
    wage_p10_usd: usd('10th percentile of the annual wage, from the same release as the median', 34000),
    wage_p90_usd: usd('90th percentile of the annual wage, from the same release as the median', 80000),
    employment: z.int().nullable().meta({ description: 'National employment in the same release as the wages' }),
    entry_education: z.string().nullable().meta({
      description: 'Typical education needed for entry, as BLS words it',
      example: 'Postsecondary nondegree award',
    }),
    sources: z.array(z.string()).meta({ description: 'Every URL the figures and the crosswalk were read from' }),
    source_urls: z
      .object({
        wages: z.string().nullable().meta({ description: 'Median, percentile wages and employment' }),
        projection: z.string().nullable().meta({ description: 'Projected growth' }),
        entry_education: z.string().nullable(),
        crosswalk: z.string().nullable().meta({ description: 'The CIP to SOC crosswalk' }),
      })
      .meta({ description: 'The page each figure was read from' }),
    cip_codes: z
      .array(z.enum(cipCodes.values))
      .meta({ description: 'CIP 2020 codes that lead here (NCES CIP 2020 to SOC 2018 crosswalk)' }),
    degree_levels: z
      .array(z.enum(degreeLevels.values))
      .meta({ description: 'The degree levels of programs with those CIP codes that lead here' }),
    program_count: z.int().meta({ description: 'Listed programs (holding accreditation today) that lead here' }),
  })
  .meta({ id: 'Occupation' });

export type Occupation = z.output<typeof occupationSchema>;

export const occupationListSchema = z.object({ data: z.array(occupationSchema) }).meta({ id: 'OccupationList' });

export const socCodeParams = z.strictObject({
  soc_code: z
    .string()
    .regex(SOC_CODE, 'must be a SOC code such as 29-2072')
    .meta({ description: 'SOC 2018 code', example: '29-2072' }),
});

// ---------------------------------------------------------------------------------------------
// The occupations import: one row per occupation, CSV or JSON, in the columns of seed/occupations.csv
// ---------------------------------------------------------------------------------------------

const wage = integer(1, 10_000_000);

/** Each column's rule, and which figures a reference or source URL must accompany. */
export const occupationColumns = {
  soc_code: { rule: matching(7, SOC_CODE, 'a SOC code such as 29-2072'), required: true },
  title: { rule: line(200), required: true },
  description: { rule: paragraph(1000), required: false },
  median_annual_wage_usd: { rule: wage, required: false },
  wage_p10_usd: { rule: wage, required: false },
  wage_p90_usd: { rule: wage, required: false },
  employment: { rule: integer(1, 999_999_999), required: false },
  wage_reference: { rule: line(40), required: false },
  wage_source_url: { rule: webUrl, required: false },
  projected_growth_pct: { rule: decimal(-100, 1000), required: false },
  projection_period: { rule: matching(9, /^\d{4}-\d{2}$/, 'a period such as 2024-34'), required: false },
  projection_source_url: { rule: webUrl, required: false },
  entry_education: { rule: line(100), required: false },
  entry_education_source_url: { rule: webUrl, required: false },
  cip_codes: { rule: listOf(cipCodes.values), required: true },
  degree_levels: { rule: listOf(degreeLevels.values), required: true },
  crosswalk_source_url: { rule: webUrl, required: false },
} as const satisfies Record<string, { rule: Rule<unknown>; required: boolean }>;

export type OccupationColumn = keyof typeof occupationColumns;
export const occupationColumnNames = Object.keys(occupationColumns) as OccupationColumn[];

/** A figure, with the columns that must be given whenever it is: its reference period and its page. */
const citedBy: Partial<Record<OccupationColumn, readonly OccupationColumn[]>> = {
  median_annual_wage_usd: ['wage_reference', 'wage_source_url'],
  wage_p10_usd: ['wage_reference', 'wage_source_url'],
  wage_p90_usd: ['wage_reference', 'wage_source_url'],
  employment: ['wage_reference', 'wage_source_url'],
  projected_growth_pct: ['projection_period', 'projection_source_url'],
  entry_education: ['entry_education_source_url'],
  cip_codes: ['crosswalk_source_url'],
};

export type OccupationRow = {
  [K in OccupationColumn]: (typeof occupationColumns)[K]['rule'] extends Rule<infer T>
    ? T | (T extends unknown[] ? never : null)
    : never;
};

export const occupationRowSchema = z
  .strictObject(
    Object.fromEntries(
      occupationColumnNames.map((name) => {
        const { rule, required } = occupationColumns[name];
        return [name, cell(rule as Rule<unknown>, required)];
      }),
    ) as unknown as Record<OccupationColumn, z.ZodType>,
  )
  .superRefine((input, ctx) => {
    const row = input as OccupationRow;
    const problem = (column: OccupationColumn, message: string) =>
      ctx.addIssue({ code: 'custom', path: [column], message });
    for (const [figure, needs] of Object.entries(citedBy) as [OccupationColumn, OccupationColumn[]][]) {
      const value = row[figure];
      if (value === null || (Array.isArray(value) && value.length === 0)) continue;
      for (const column of needs) if (row[column] === null) problem(column, `is required with ${figure}`);
    }
    if (row.degree_levels.length === 0) problem('degree_levels', 'must name at least one degree level');
    const { wage_p10_usd: p10, median_annual_wage_usd: median, wage_p90_usd: p90 } = row;
    if (p10 !== null && median !== null && p10 > median) problem('wage_p10_usd', 'must not be above the median');
    if (p90 !== null && median !== null && p90 < median) problem('wage_p90_usd', 'must not be below the median');
  })
  .meta({
    id: 'OccupationImportRow',
    description:
      'One occupation: the columns of seed/occupations.csv, each a typed value, its CSV text or null (empty). Lists are `;`-separated in CSV.',
  });

export const occupationImportReportSchema = z
  .object({
    dry_run: z.boolean(),
    rows: z.int().meta({ description: 'Data rows read', example: 3 }),
    created: z.int(),
    updated: z.int(),
    unchanged: z.int(),
    deleted: z.int().meta({ description: 'Occupations the file no longer lists' }),
    programs_changed: z.int().meta({ description: 'Programs whose careers changed (their records were rewritten)' }),
    errors: z.array(importProblemSchema),
  })
  .meta({ id: 'OccupationImportReport' });

export type OccupationImportReport = z.output<typeof occupationImportReportSchema>;
