import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';

/**
 * Every write to the catalogue (programs, institutions, imports, accreditation actions) takes this
 * transaction-scoped lock first: writers queue, which keeps natural keys unique (two imports
 * creating the same program at once would both see it missing) and makes change-feed sequence
 * numbers commit in order (a reader resuming `since` a number never misses a lower one committed later).
 */
export async function lockCatalogueWrites(db: Db): Promise<void> {
  await queryRows(db, sql`SELECT pg_advisory_xact_lock(727274002)`);
}
