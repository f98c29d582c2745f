import { createHash } from 'node:crypto';
import { invalidParameter } from '../errors.js';
import type { Position } from '../queries/programs.js';

/**
 * Opaque keyset cursors. A cursor carries the last row's sort value and id,
 * a fingerprint of the filters and sort it belongs to, and a checksum, so a
 * cursor that was edited or reused with other filters is refused (400) rather
 * than silently skipping or repeating rows.
 */
const digest = (text: string, length: number) => createHash('sha256').update(text).digest('base64url').slice(0, length);

/** Canonical form of a search: key order and list order do not matter. */
export function fingerprint(search: Record<string, unknown>): string {
  const canonical = Object.keys(search)
    .filter((key) => search[key] !== undefined)
    .sort()
    .map((key) => {
      const value = search[key];
      return [key, Array.isArray(value) ? [...value].sort() : value];
    });
  return digest(JSON.stringify(canonical), 16);
}

export function encodeCursor(position: Position, searchFingerprint: string): string {
  const body = JSON.stringify([position.value, position.id, searchFingerprint]);
  return Buffer.from(JSON.stringify([body, digest(`cursor:${body}`, 12)])).toString('base64url');
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function decodeCursor(cursor: string, searchFingerprint: string): Position {
  const invalid = invalidParameter('cursor', 'is not a valid cursor');
  let parts: unknown;
  try {
    const [body, check] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    if (typeof body !== 'string' || check !== digest(`cursor:${body}`, 12)) throw invalid;
    parts = JSON.parse(body);
  } catch {
    throw invalid;
  }
  if (!Array.isArray(parts) || parts.length !== 3) throw invalid;
  const [value, id, owner] = parts as unknown[];
  if ((value !== null && typeof value !== 'string') || typeof id !== 'string' || !uuidPattern.test(id)) throw invalid;
  if (owner !== searchFingerprint)
    throw invalidParameter('cursor', 'belongs to other filters or another sort; start again without it');
  return { value, id };
}
