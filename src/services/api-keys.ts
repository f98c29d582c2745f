import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/client.js';
import {
  type ApiKeyRow,
  findApiKeyByHash,
  insertApiKey,
  listApiKeys as listKeyRows,
  revokeApiKey as revokeKeyRow,
  touchApiKey,
} from '../queries/api-keys.js';

/** The actor recorded for writes made with ADMIN_API_KEY; with `cli` and `seed`, never a key's name. */
export const ADMIN_ACTOR = 'admin';
const reservedNames = new Set([ADMIN_ACTOR, 'cli', 'seed']);
const KEY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** Longer than any key this service makes; longer tokens are refused without hashing megabytes. */
const MAX_TOKEN_LENGTH = 512;
const TOUCH_INTERVAL_MS = 60_000;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

export class KeyError extends Error {
  override name = 'KeyError';
}

export function checkKeyName(name: string): void {
  if (!KEY_NAME.test(name))
    throw new KeyError(
      'a key name is 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit',
    );
  if (reservedNames.has(name.toLowerCase()))
    throw new KeyError(`"${name}" is reserved: the change feed uses it for writes made without a key of that name`);
}

/** Makes a key and stores its SHA-256; the key itself exists only in the return value. */
export async function createApiKey(db: Db, name: string): Promise<{ name: string; key: string }> {
  checkKeyName(name);
  const key = `hpf_${randomBytes(32).toString('base64url')}`;
  try {
    await insertApiKey(db, { name, hash: sha256(key).toString('hex') });
  } catch (error) {
    // drizzle wraps the driver's error; the SQLSTATE is on its cause.
    const { code, cause } = error as { code?: string; cause?: { code?: string } };
    if ((cause?.code ?? code) === '23505')
      throw new KeyError(`a key named "${name}" exists; names are never reused, so the audit trail stays unambiguous`);
    throw error;
  }
  return { name, key };
}

export const listApiKeys = (db: Db): Promise<ApiKeyRow[]> => listKeyRows(db);

export async function revokeApiKey(db: Db, name: string): Promise<void> {
  if (!(await revokeKeyRow(db, name))) throw new KeyError(`no active key is named "${name}"`);
}

/**
 * Tells who a bearer token belongs to. Tokens are compared as SHA-256 digests, which always have
 * the same length, with timingSafeEqual; the table is searched by digest, whose timing says
 * nothing about the key. Returns the actor for the change feed, or null.
 */
export class KeyVerifier {
  private readonly adminDigest?: Buffer;
  private readonly touched = new Map<string, number>();

  constructor(
    private readonly db: Db,
    adminKey: string | undefined,
    private readonly onTouchError: (error: unknown) => void = () => {},
  ) {
    this.adminDigest = adminKey ? sha256(adminKey) : undefined;
  }

  async verify(token: string): Promise<string | null> {
    if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) return null;
    const digest = sha256(token);
    if (this.adminDigest && timingSafeEqual(digest, this.adminDigest)) return ADMIN_ACTOR;
    const stored = await findApiKeyByHash(this.db, digest.toString('hex'));
    if (!stored || stored.revoked) return null;
    const storedDigest = Buffer.from(stored.hash, 'hex');
    if (storedDigest.length !== digest.length || !timingSafeEqual(storedDigest, digest)) return null;
    await this.touch(stored.id);
    return stored.name;
  }

  /** Records the use at most once a minute per key and process: a write per request would be a write per read. */
  private async touch(id: string): Promise<void> {
    const now = Date.now();
    if (now - (this.touched.get(id) ?? 0) < TOUCH_INTERVAL_MS) return;
    this.touched.set(id, now);
    await touchApiKey(this.db, id).catch(this.onTouchError);
  }
}
