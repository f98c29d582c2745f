import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';
import { asJson, readInBatches } from './batch.js';

/** Which of these slugs are already used. */
export async function takenSlugs(
  db: Db,
  table: 'programs' | 'institutions',
  slugs: readonly string[],
): Promise<Set<string>> {
  const rows = await readInBatches(slugs, (batch) =>
    queryRows<{ slug: string }>(
      db,
      sql`SELECT slug FROM ${sql.identifier(table)} WHERE slug IN (SELECT jsonb_array_elements_text(${asJson(batch)}))`,
    ),
  );
  return new Set(rows.map((row) => row.slug));
}
