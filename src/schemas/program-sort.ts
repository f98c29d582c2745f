/** The orders a program list can be asked for (`sort`) and says it is in (`meta.sort`). */
export const sortValues = [
  'relevance',
  'distance',
  'name',
  '-name',
  'tuition',
  '-tuition',
  '-graduation_rate',
  '-employment_rate',
  '-pass_rate',
  'next_review',
  '-updated_at',
] as const;
export type SortKey = (typeof sortValues)[number];
