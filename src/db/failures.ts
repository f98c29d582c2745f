/**
 * What a failed database call means, read from node-postgres and PostgreSQL errors (and from the
 * errors drizzle wraps around them), in terms an operator or a retry can act on.
 */
export type DatabaseFailure =
  /** Nothing listens at the address: the server is down or restarting. */
  | { kind: 'refused' }
  /** The host name does not resolve or the network has no route to it. */
  | { kind: 'unreachable' }
  /** The server did not accept a connection in time (connectionTimeoutMillis). */
  | { kind: 'connect-timeout' }
  /** An open connection died under a statement: restart, failover, a dropped network, a terminated backend. */
  | { kind: 'connection-lost' }
  /** A statement got no answer at all in time (query_timeout): the server or the network went silent. */
  | { kind: 'no-answer' }
  /** The server cancelled a statement that ran past statement_timeout. */
  | { kind: 'statement-timeout' }
  /** The server is starting up, shutting down or in recovery. */
  | { kind: 'starting' }
  | { kind: 'too-many-connections' }
  /** The credentials of the URL were refused. */
  | { kind: 'authentication' }
  /** The URL names a database the server does not have. */
  | { kind: 'no-database' }
  /** A write reached a server that is read-only (a standby, a demoted primary). */
  | { kind: 'read-only' }
  /**
   * The transaction lost to another and was rolled back: a serialization failure (also a read on a
   * replica cancelled by a conflict with replay) or a deadlock. Running it again may succeed.
   */
  | { kind: 'lost-to-another' }
  /** A unique constraint refused the write: a record with the same key exists. */
  | { kind: 'duplicate' }
  /** Any other error the server answered with, by its SQLSTATE and its own message. */
  | { kind: 'server-error'; sqlState: string; message: string };

type Cause = { code?: unknown; message?: unknown; errno?: unknown; severity?: unknown };

/** The error itself and its causes: drizzle wraps every failed query in an error of its own. */
function* causes(error: unknown): Generator<Cause> {
  let current = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    yield current as Cause;
    current = (current as { cause?: unknown }).cause;
  }
}

const networkCodes: Record<string, DatabaseFailure['kind']> = {
  ECONNREFUSED: 'refused',
  ENOTFOUND: 'unreachable',
  EAI_AGAIN: 'unreachable',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  ECONNRESET: 'connection-lost',
  EPIPE: 'connection-lost',
  ETIMEDOUT: 'connection-lost',
};

const sqlStates: Record<string, DatabaseFailure['kind']> = {
  '57P01': 'connection-lost', // admin_shutdown: the server terminated the connection (restart, pg_terminate_backend)
  '57P02': 'connection-lost', // crash_shutdown
  '57P03': 'starting', // cannot_connect_now
  '57014': 'statement-timeout', // query_canceled: statement_timeout
  '53300': 'too-many-connections',
  '28P01': 'authentication',
  '28000': 'authentication',
  '3D000': 'no-database',
  '25006': 'read-only',
  '40001': 'lost-to-another', // serialization_failure
  '40P01': 'lost-to-another', // deadlock_detected
  '23505': 'duplicate', // unique_violation
};

// node-postgres says these in words only. Order matters: a connect timeout also says "Connection terminated".
const messages: [string, DatabaseFailure['kind']][] = [
  ['timeout exceeded when trying to connect', 'connect-timeout'],
  ['Connection terminated due to connection timeout', 'connect-timeout'],
  ['Query read timeout', 'no-answer'],
  ['Connection terminated', 'connection-lost'],
  ['Client has encountered a connection error', 'connection-lost'],
  ['Client was closed and is not queryable', 'connection-lost'],
];

/** The failure behind an error, or undefined when it did not come from the database or the way to it. */
export function databaseFailure(error: unknown): DatabaseFailure | undefined {
  for (const cause of causes(error)) {
    const code = typeof cause.code === 'string' ? cause.code : undefined;
    const message = typeof cause.message === 'string' ? cause.message : '';
    if (code && networkCodes[code]) return { kind: networkCodes[code] } as DatabaseFailure;
    if (code && sqlStates[code]) return { kind: sqlStates[code] } as DatabaseFailure;
    // SQLSTATE class 08: connection exceptions.
    if (code && /^08[0-9A-Z]{3}$/.test(code)) return { kind: 'connection-lost' };
    const worded = messages.find(([text]) => message.includes(text));
    if (worded) return { kind: worded[1] } as DatabaseFailure;
    // A PostgreSQL ErrorResponse carries a five-character SQLSTATE and a severity.
    if (code && /^[0-9A-Z]{5}$/.test(code) && typeof cause.severity === 'string') {
      return { kind: 'server-error', sqlState: code, message };
    }
  }
  return undefined;
}

/**
 * Whether the database cannot answer now but may shortly (so a request is a 503 to retry, not a
 * fault of the service): every failure but an error the server answered about the statement itself,
 * or a duplicate key. A database that is missing or refuses the credentials counts too: to a client
 * the service's database is unavailable, and the operator sees the cause in the log.
 */
export const isTransient = (failure: DatabaseFailure) =>
  failure.kind !== 'server-error' && failure.kind !== 'duplicate';

/**
 * Whether the failure passes on its own, so the same work is worth running again once the database
 * is back; a wrong URL, credentials or database name needs the operator first.
 */
export const passesOnItsOwn = (failure: DatabaseFailure) =>
  (
    [
      'refused',
      'connect-timeout',
      'connection-lost',
      'no-answer',
      'starting',
      'too-many-connections',
      'read-only',
      'lost-to-another',
    ] as DatabaseFailure['kind'][]
  ).includes(failure.kind);

/** A connection that was open and died: the statement may work at once on another connection. */
export const isConnectionLost = (error: unknown) => databaseFailure(error)?.kind === 'connection-lost';
