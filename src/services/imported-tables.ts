import type { Db } from '../db/client.js';
import { vacuumImportedTables } from '../queries/table-maintenance.js';

/** An import that wrote this many programs leaves the planner's picture of the tables out of date. */
const MANY_ROWS = 1_000;

/**
 * After an import has committed: when it wrote many programs, brings the planner's statistics and
 * the visibility map of the tables it wrote up to date (VACUUM ANALYZE), so the first searches after
 * a large load are as fast as later ones rather than planned blind and reading every heap page.
 * PostgreSQL's autovacuum would get there eventually, if it runs at all.
 */
export async function settleImportedTables(
  db: Db,
  report: { dry_run: boolean; created: number; updated: number; errors: readonly unknown[] },
): Promise<boolean> {
  if (report.dry_run || report.errors.length > 0 || report.created + report.updated < MANY_ROWS) return false;
  await vacuumImportedTables(db);
  return true;
}
