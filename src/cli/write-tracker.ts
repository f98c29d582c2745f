import type { StatementObserver } from '../db/client.js';
import { databaseFailure } from '../db/failures.js';

const writeVerbs = new Set(['insert', 'update', 'delete', 'merge', 'create', 'alter', 'drop', 'truncate', 'grant']);
const verbOf = (text: string) => /^\s*([a-z]+)/i.exec(text)?.[1]?.toLowerCase() ?? '';

/**
 * Watches the statements a command sends, to tell afterwards whether a failure could have left
 * something written. A write becomes durable when its transaction commits, or at once when it runs
 * outside one; if the connection is lost while such a statement awaits its answer, the server may
 * have applied it or not, and nobody can tell from here. Anything that failed before that point
 * was rolled back by the server.
 */
export class WriteTracker implements StatementObserver {
  private readonly inTransaction = new WeakSet<object>();
  /** A commit, or a write outside a transaction, was cut off before its answer came. */
  uncertain = false;

  sent(connection: object, text: string): void {
    const verb = verbOf(text);
    if (verb === 'begin' || verb === 'start') this.inTransaction.add(connection);
  }

  settled(connection: object, text: string, error?: unknown): void {
    const verb = verbOf(text);
    const durable =
      verb === 'commit' ||
      verb === 'end' ||
      (!this.inTransaction.has(connection) &&
        (writeVerbs.has(verb) || (verb === 'with' && /\b(insert|update|delete)\b/i.test(text))));
    if (verb === 'commit' || verb === 'end' || verb === 'rollback' || verb === 'abort') {
      this.inTransaction.delete(connection);
    }
    const kind = error === undefined ? undefined : databaseFailure(error)?.kind;
    if (durable && (kind === 'connection-lost' || kind === 'no-answer')) this.uncertain = true;
  }
}
