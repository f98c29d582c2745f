import type { Config } from '../config.js';
import type { DatabaseFailure } from '../db/failures.js';

/** The database a command works on, as an operator recognises it (never with the password). */
export function describeTarget(config: Pick<Config, 'DATABASE_URL' | 'PGLITE_DATA_DIR'>): string {
  if (!config.DATABASE_URL) return `the embedded database in ${config.PGLITE_DATA_DIR}`;
  try {
    const url = new URL(config.DATABASE_URL);
    const name = decodeURIComponent(url.pathname.slice(1));
    return `the database ${name ? `"${name}" ` : ''}at ${url.hostname}:${url.port || '5432'}`;
  } catch {
    return 'the database of DATABASE_URL';
  }
}

/** What went wrong, in one clause about `target`. */
export function describeFailure(failure: DatabaseFailure, target: string): string {
  switch (failure.kind) {
    case 'refused':
      return `${target} refused the connection (is PostgreSQL running there?)`;
    case 'unreachable':
      return `${target} could not be reached (the host name does not resolve or the network has no route to it)`;
    case 'connect-timeout':
      return `${target} did not accept a connection within 5 s`;
    case 'connection-lost':
      return `the connection to ${target} was lost (the server restarted, failed over or the network dropped)`;
    case 'no-answer':
      return `${target} stopped answering (no reply within 20 s)`;
    case 'statement-timeout':
      return `${target} cancelled a statement that ran longer than its 15 s limit`;
    case 'starting':
      return `${target} is starting up or shutting down`;
    case 'too-many-connections':
      return `${target} has no connection free (max_connections reached)`;
    case 'authentication':
      return `${target} refused the user name or password of DATABASE_URL`;
    case 'no-database':
      return `${target} does not exist`;
    case 'read-only':
      return `${target} is read-only (a standby, or a primary demoted by a failover)`;
    case 'lost-to-another':
      return `${target} rolled the work back: it conflicted with another transaction`;
    case 'duplicate':
      return `${target} refused a duplicate of a record that already exists`;
    case 'server-error':
      return `${target} answered with an error: ${failure.message} (SQLSTATE ${failure.sqlState})`;
  }
}
