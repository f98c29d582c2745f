import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';
import { isoTimestamp } from './sql-fragments.js';

const at = (column: string) => sql.raw(`${isoTimestamp(column)} AS ${column}`);

export interface ApiKeyRow {
  name: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export async function insertApiKey(db: Db, key: { name: string; hash: string }): Promise<void> {
  await queryRows(db, sql`INSERT INTO api_keys (name, hash) VALUES (${key.name}, ${key.hash})`);
}

export async function listApiKeys(db: Db): Promise<ApiKeyRow[]> {
  return queryRows<ApiKeyRow>(
    db,
    sql`SELECT name, ${at('created_at')}, ${at('last_used_at')}, ${at('revoked_at')} FROM api_keys ORDER BY name`,
  );
}

/** Marks a key revoked; false when no key of that name is still active. */
export async function revokeApiKey(db: Db, name: string): Promise<boolean> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`UPDATE api_keys SET revoked_at = now() WHERE name = ${name} AND revoked_at IS NULL RETURNING name`,
  );
  return rows.length > 0;
}

export interface StoredKey {
  id: string;
  name: string;
  hash: string;
  revoked: boolean;
}

export async function findApiKeyByHash(db: Db, hash: string): Promise<StoredKey | undefined> {
  const rows = await queryRows<StoredKey>(
    db,
    sql`SELECT id, name, hash, revoked_at IS NOT NULL AS revoked FROM api_keys WHERE hash = ${hash}`,
  );
  return rows[0];
}

/** Records a use; a no-op when one was recorded within the last minute (by this or another instance). */
export async function touchApiKey(db: Db, id: string): Promise<void> {
  await queryRows(
    db,
    sql`UPDATE api_keys SET last_used_at = now()
        WHERE id = ${id}::uuid AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
  );
}
