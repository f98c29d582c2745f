import { describe, expect, it } from 'vitest';
import { describeTarget } from '../../src/cli/failure-message.js';
import { WriteTracker } from '../../src/cli/write-tracker.js';
import { databaseFailure, isConnectionLost } from '../../src/db/failures.js';
import { toAppError } from '../../src/plugins/problems/thrown-errors.js';

const withCode = (message: string, code: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(message), { code, ...extra });
/** How drizzle reports a failed statement: its own error, the driver's as the cause. */
const wrapped = (cause: Error, query = 'select 1') =>
  Object.assign(new Error(`Failed query: ${query}\nparams: `), { query, cause });

describe('databaseFailure', () => {
  it.each([
    [withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'), 'refused'],
    [withCode('getaddrinfo ENOTFOUND db', 'ENOTFOUND'), 'unreachable'],
    [new Error('timeout exceeded when trying to connect'), 'connect-timeout'],
    [new Error('Connection terminated due to connection timeout'), 'connect-timeout'],
    [wrapped(new Error('Connection terminated unexpectedly')), 'connection-lost'],
    [wrapped(withCode('read ECONNRESET', 'ECONNRESET')), 'connection-lost'],
    [
      wrapped(withCode('terminating connection due to administrator command', '57P01', { severity: 'FATAL' })),
      'connection-lost',
    ],
    [
      wrapped(new Error('Client has encountered a connection error and is not queryable'), 'rollback'),
      'connection-lost',
    ],
    [new Error('Query read timeout'), 'no-answer'],
    [
      wrapped(withCode('canceling statement due to statement timeout', '57014', { severity: 'ERROR' })),
      'statement-timeout',
    ],
    [withCode('the database system is starting up', '57P03', { severity: 'FATAL' }), 'starting'],
    [withCode('password authentication failed for user "x"', '28P01', { severity: 'FATAL' }), 'authentication'],
    [withCode('database "x" does not exist', '3D000', { severity: 'FATAL' }), 'no-database'],
  ])('reads %s as %s', (error, kind) => {
    expect(databaseFailure(error)?.kind).toBe(kind);
  });

  it('keeps the server’s own words for any other error it answered with', () => {
    const failure = databaseFailure(wrapped(withCode('relation "x" does not exist', '42P01', { severity: 'ERROR' })));
    expect(failure).toEqual({ kind: 'server-error', sqlState: '42P01', message: 'relation "x" does not exist' });
  });

  it('knows nothing of errors that did not come from the database', () => {
    expect(databaseFailure(new TypeError('x is undefined'))).toBeUndefined();
    expect(databaseFailure(withCode('no such file', 'ENOENT'))).toBeUndefined();
    expect(isConnectionLost(new Error('timeout exceeded when trying to connect'))).toBe(false);
  });
});

describe('describeTarget', () => {
  it('names the database, its host and port, never the password', () => {
    const target = describeTarget({
      DATABASE_URL: 'postgres://app:s3cret@db.internal:6432/finder',
      PGLITE_DATA_DIR: '',
    });
    expect(target).toBe('the database "finder" at db.internal:6432');
    expect(describeTarget({ DATABASE_URL: undefined, PGLITE_DATA_DIR: './data/pglite' })).toBe(
      'the embedded database in ./data/pglite',
    );
  });
});

describe('WriteTracker', () => {
  const lost = new Error('Connection terminated unexpectedly');
  const run = (statements: [string, Error?][]) => {
    const tracker = new WriteTracker();
    const connection = {};
    for (const [text, error] of statements) {
      tracker.sent(connection, text);
      tracker.settled(connection, text, error);
    }
    return tracker.uncertain;
  };

  it('knows nothing was written when the connection dies inside a transaction', () => {
    expect(run([['begin'], ['INSERT INTO programs …'], ['INSERT INTO changes …', lost], ['rollback', lost]])).toBe(
      false,
    );
  });

  it('cannot tell when the connection dies under a commit, or under a write outside a transaction', () => {
    expect(run([['begin'], ['INSERT INTO programs …'], ['commit', lost]])).toBe(true);
    expect(run([['INSERT INTO api_keys …', lost]])).toBe(true);
    expect(run([['WITH x AS (UPDATE api_keys …) SELECT 1', lost]])).toBe(true);
  });

  it('counts reads and refused connections as nothing written', () => {
    expect(run([['SELECT 1', lost]])).toBe(false);
    expect(run([['INSERT INTO api_keys …', new Error('connect ECONNREFUSED')]])).toBe(false);
  });
});

describe('the problem a request gets for a database failure', () => {
  // Every SQLSTATE and network code the classifier knows. 40001 and 40P01 (a transaction that lost to
  // another) and 28P01, 28000 and 3D000 (a database the service cannot use) are all the database being
  // unavailable to the client: a 503 with Retry-After. Only a duplicate key is the client's conflict,
  // and an error about the statement itself stays a 500 whose text never reaches the client.
  const server = (code: string) => wrapped(withCode('server text that must not leak', code, { severity: 'ERROR' }));
  it.each([
    ...['57014', '57P01', '57P02', '57P03', '53300', '25006', '40001', '40P01', '28P01', '28000', '3D000', '08006'].map(
      (code): [string, Error, string] => [code, server(code), 'unavailable'],
    ),
    ...[
      'ECONNREFUSED',
      'ECONNRESET',
      'ETIMEDOUT',
      'EPIPE',
      'EHOSTUNREACH',
      'ENETUNREACH',
      'ENOTFOUND',
      'EAI_AGAIN',
    ].map((code): [string, Error, string] => [code, wrapped(withCode(`connect ${code}`, code)), 'unavailable']),
    ['Connection terminated', wrapped(new Error('Connection terminated unexpectedly')), 'unavailable'],
    ['connect timeout', new Error('timeout exceeded when trying to connect'), 'unavailable'],
    ['Query read timeout', new Error('Query read timeout'), 'unavailable'],
    ['23505', server('23505'), 'conflict'],
    ['42P01', server('42P01'), 'internal_error'],
    ['not the database', new Error('something else'), 'internal_error'],
  ])('%s → %s', (_name, error, code) => {
    const problem = toAppError(error as Parameters<typeof toAppError>[0]);
    expect(problem.code).toBe(code);
    expect(problem.detail).not.toContain('server text');
    if (code === 'unavailable') expect(problem.headers).toEqual({ 'retry-after': '5' });
  });
});
