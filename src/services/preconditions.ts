import { createHash } from 'node:crypto';
import { AppError } from '../errors.js';

/** A strong ETag from what identifies a representation: the same seed, the same tag, on every instance. */
export const strongEtag = (seed: string) => `"${createHash('sha256').update(seed).digest('base64url').slice(0, 27)}"`;

/** ETags of what admins write, and the If-Match checks (RFC 9110 §13.1.1) of their writes. */

/** The ETag GET /v1/programs/{id} sends, from programVersionTag: the program's own version and its institution's. */
/** A program's ETag: its own version, and for another representation than the JSON record, that one's name. */
export const programEtag = (versionTag: string, representation?: string) =>
  strongEtag(representation ? `program:${versionTag}:${representation}` : `program:${versionTag}`);

/**
 * An institution's ETag: its own version and the ids and versions of its programs (its
 * representation lists them), so it changes when the institution or one of its programs does.
 */
export const institutionEtag = (versionTag: string) => strongEtag(`institution:${versionTag}`);

/** A PATCH without If-Match could silently undo a change its author never saw: 428. */
export function requireIfMatch(header: string | undefined, what: string): string {
  if (header === undefined || header.trim() === '') {
    throw new AppError(
      'precondition_required',
      `Send If-Match with the ETag of the ${what} you read, so that a change made since is not overwritten`,
      [{ in: 'header', name: 'if-match', message: 'is required' }],
    );
  }
  return header;
}

/** Strong comparison: a weak tag never matches, `*` matches whatever exists. Nothing to check without a header. */
export function checkIfMatch(header: string | undefined, etag: string, what: string): void {
  if (header === undefined) return;
  const tags = header.split(',').map((tag) => tag.trim());
  if (tags.includes('*') || tags.includes(etag)) return;
  throw new AppError(
    'precondition_failed',
    `The ${what} changed since you read it; read it again and reapply your change`,
    [{ in: 'header', name: 'if-match', message: 'does not match the current ETag' }],
  );
}
