import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Database, Db } from '../db/client.js';
import { databaseFailure, passesOnItsOwn } from '../db/failures.js';
import { migrateAndPrepare } from '../db/migrate.js';
import { createApiKey, KeyError, listApiKeys, revokeApiKey } from '../services/api-keys.js';
import { importOccupations } from '../services/import-occupations.js';
import { type ImportOptions, type ImportPayload, importPrograms } from '../services/import-programs.js';
import { settleImportedTables } from '../services/imported-tables.js';
import { describeFailure } from './failure-message.js';

export const usage = `usage: npm run cli -- <command>

  keys create --name NAME     make an API key and print it (shown this once only)
  keys list                   list keys: name, created, last used, revoked
  keys revoke NAME            revoke a key at once
  import FILE [--dry-run] [--source import|cahiim_directory]
                              import programs from a CSV (or a .json array of rows):
                              all rows or nothing, as POST /v1/imports
  occupations import FILE [--dry-run]
                              replace the occupations and their figures from a CSV in the
                              columns of seed/occupations.csv (or a .json array of rows): all
                              rows or nothing, as POST /v1/occupations/imports
  migrate                     apply the database migrations

The database is the one the service uses (DATABASE_URL, else PGLITE_DATA_DIR). An embedded
database (PGlite) belongs to one process: stop the service before running a command on it.

Exit codes: 0 done, 1 failed (one line on stderr says what failed and whether anything was
written), 2 wrong usage.`;

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** What the caller knows about the database under the command, for the message when it fails. */
export interface RunContext {
  /** How to name the database in a message, e.g. `the database "finder" at db:5432`. */
  target?: string;
  /** Whether a write may have reached the database before its connection was lost (see WriteTracker). */
  writes?: { uncertain: boolean };
}

class UsageError extends Error {}
class InputError extends Error {}

/** One command, parsed and with its input read, ready to run once the migrations are applied. */
interface Command {
  /** As the operator typed it: `import`, `keys create`. */
  name: string;
  run: (db: Db, io: Output) => Promise<number>;
  /** What a failure left written: when it certainly did not write, and when that cannot be known. */
  nothingWritten: string;
  mayHaveWritten: string;
}

const sources = ['import', 'cahiim_directory'] as const;

async function readInput(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new InputError(`cannot read ${file}: ${why}`);
  }
}

function jsonRows(text: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new InputError('the file is not valid JSON');
  }
  if (!Array.isArray(parsed)) throw new InputError('a JSON import is an array of rows');
  return parsed;
}

/** A file as an import payload: a .json array of rows, else CSV text. */
async function readPayload(file: string): Promise<ImportPayload> {
  // Read before the database is touched: a wrong path is the operator's to fix, not a database failure.
  const text = await readInput(file);
  return extname(file).toLowerCase() === '.json' ? { kind: 'json', rows: jsonRows(text) } : { kind: 'csv', text };
}

/** Every problem of a rejected import, a line each on stderr. */
function reportProblems(io: Output, errors: readonly { row: number; column: string | null; message: string }[]) {
  for (const error of errors) io.err(`row ${error.row}${error.column ? ` ${error.column}` : ''}: ${error.message}`);
  io.err(`${errors.length} problem(s); nothing was written`);
}

const importFailures = (dryRun: boolean) => ({
  nothingWritten: dryRun
    ? 'Nothing was written (a dry run never writes).'
    : 'Nothing was written: an import writes all its rows or none.',
  mayHaveWritten:
    'It is not known whether the import was written: the connection was lost while it was being committed. Once the database is back, run the same import again: if it was written, every row is reported unchanged and nothing changes.',
});

async function occupationsCommand(sub: string | undefined, args: string[]): Promise<Command> {
  if (sub !== 'import') throw new UsageError(`unknown command: occupations ${[sub ?? '', ...args].join(' ').trim()}`);
  const { values, positionals } = parseArgs({
    args,
    options: { 'dry-run': { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('occupations import needs one FILE');
  const dryRun = values['dry-run'] ?? false;
  const payload = await readPayload(file);
  return {
    name: 'occupations import',
    ...importFailures(dryRun),
    run: async (db, io) => {
      const report = await importOccupations(db, payload, { dryRun, actor: 'cli' });
      if (report.errors.length > 0) {
        reportProblems(io, report.errors);
        return 1;
      }
      const counts = `${report.rows} occupations: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.deleted} deleted; ${report.programs_changed} programs' careers changed`;
      io.out(report.dry_run ? `dry run, nothing written; ${counts}` : counts);
      return 0;
    },
  };
}

async function importCommand(args: string[]): Promise<Command> {
  const { values, positionals } = parseArgs({
    args,
    options: { 'dry-run': { type: 'boolean' }, source: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('import needs one FILE');
  const source = (values.source ?? 'import') as ImportOptions['source'];
  if (!(sources as readonly string[]).includes(source)) {
    throw new UsageError(`--source must be one of: ${sources.join(', ')}`);
  }
  const dryRun = values['dry-run'] ?? false;
  const payload = await readPayload(file);
  return {
    name: 'import',
    ...importFailures(dryRun),
    run: async (db, io) => {
      const report = await importPrograms(db, payload, { dryRun, actor: 'cli', source });
      const counts = `${report.rows} rows: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged`;
      if (report.errors.length > 0) {
        reportProblems(io, report.errors);
        return 1;
      }
      io.out(report.dry_run ? `dry run, nothing written; ${counts}` : counts);
      await settleImportedTables(db, report).then(
        (settled) => settled && io.out('tables vacuumed and analyzed for the new rows'),
        (error: Error) => io.err(`imported, but could not vacuum and analyze the tables: ${error.message}`),
      );
      return 0;
    },
  };
}

function keysCommand(sub: string | undefined, args: string[]): Command {
  if (sub === 'create') {
    const { values } = parseArgs({ args, options: { name: { type: 'string' } }, strict: true });
    const name = values.name;
    if (!name) throw new UsageError('keys create needs --name NAME');
    return {
      name: 'keys create',
      nothingWritten: 'No key was stored.',
      mayHaveWritten: `It is not known whether the key was stored: the connection was lost while it was being stored. Once the database is back, run \`keys list\`: if "${name}" is there, its key was never shown, so revoke it and create a key with another name.`,
      run: async (db, io) => {
        const created = await createApiKey(db, name);
        io.err(`API key "${created.name}" created. It is shown this once; only its hash is stored:`);
        io.out(created.key);
        return 0;
      },
    };
  }
  if (sub === 'list') {
    if (args.length > 0) throw new UsageError('keys list takes no arguments');
    return {
      name: 'keys list',
      nothingWritten: 'Nothing was written (listing keys only reads).',
      mayHaveWritten: 'Nothing was written (listing keys only reads).',
      run: async (db, io) => {
        const keys = await listApiKeys(db);
        if (keys.length === 0) io.err('no keys (ADMIN_API_KEY, when set, is accepted as well)');
        for (const key of keys) {
          const state = key.revoked_at ? `revoked ${key.revoked_at}` : 'active';
          io.out(`${key.name}\tcreated ${key.created_at}\tlast used ${key.last_used_at ?? 'never'}\t${state}`);
        }
        return 0;
      },
    };
  }
  if (sub === 'revoke') {
    const [name, ...extra] = args;
    if (!name || extra.length > 0) throw new UsageError('keys revoke needs one NAME');
    return {
      name: 'keys revoke',
      nothingWritten: 'The key was not revoked.',
      mayHaveWritten: `It is not known whether the key was revoked: the connection was lost while it was being revoked. Once the database is back, \`keys list\` shows it.`,
      run: async (db, io) => {
        await revokeApiKey(db, name);
        io.out(`API key "${name}" revoked`);
        return 0;
      },
    };
  }
  throw new UsageError(`unknown command: keys ${[sub ?? '', ...args].join(' ').trim()}`);
}

async function parseCommand(argv: string[]): Promise<Command> {
  const [command, sub, ...rest] = argv;
  if (command === 'keys') return keysCommand(sub, rest);
  if (command === 'occupations') return occupationsCommand(sub, rest);
  if (command === 'import') return importCommand([sub ?? '', ...rest].filter((arg) => arg !== ''));
  if (command === 'migrate' && argv.length === 1) {
    return {
      name: 'migrate',
      nothingWritten: 'No migration was applied: they are applied together or not at all.',
      mayHaveWritten:
        'It is not known whether the migrations were applied: the connection was lost while they were being committed. Run `migrate` again once the database is back: it applies only what is missing.',
      run: async (_db, io) => {
        io.out('migrations applied');
        return 0;
      },
    };
  }
  throw new UsageError(`unknown command: ${argv.join(' ')}`);
}

/**
 * The one line that says what failed and whether anything was written. A database failure is named
 * in words (never the driver's or drizzle's own text); anything else is an unexpected error.
 */
function failureLine(command: Command, migrating: boolean, error: unknown, context: RunContext): string {
  const target = context.target ?? 'the database';
  const failure = databaseFailure(error);
  const what = failure
    ? describeFailure(failure, target)
    : `an unexpected error occurred (${error instanceof Error ? error.message : String(error)})`;
  const uncertain = context.writes?.uncertain ?? false;
  let written: string;
  if (migrating && command.name !== 'migrate') {
    written = uncertain
      ? 'It is not known whether the migrations were applied: the connection was lost while they were being committed; nothing else was written.'
      : `Nothing was written: no migration was applied, and \`${command.name}\` did not start.`;
  } else {
    written = uncertain ? command.mayHaveWritten : command.nothingWritten;
  }
  const again = failure && passesOnItsOwn(failure) && !uncertain ? ' Run it again once the database is back.' : '';
  const stage = migrating && command.name !== 'migrate' ? ' while applying the database migrations' : '';
  return `${command.name} failed${stage}: ${what}. ${written}${again}`;
}

/**
 * Runs one command; returns the exit code (0 done, 1 failed, 2 wrong usage). The migrations are
 * applied first. Whatever the database does meanwhile, a failure ends in one line on `io.err`.
 */
export async function runCommand(
  database: Database,
  argv: string[],
  io: Output,
  context: RunContext = {},
): Promise<number> {
  const [first] = argv;
  if (first === undefined || first === 'help' || first === '--help') {
    io.out(usage);
    return first === undefined ? 2 : 0;
  }
  let command: Command;
  try {
    command = await parseCommand(argv);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS_')) {
      io.err(`${(error as Error).message}\n\n${usage}`);
      return 2;
    }
    if (error instanceof InputError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
  let migrating = true;
  try {
    await migrateAndPrepare(database);
    migrating = false;
    return await command.run(database.primary, io);
  } catch (error) {
    if (error instanceof KeyError) {
      io.err(error.message);
      return 1;
    }
    io.err(failureLine(command, migrating, error, context));
    return 1;
  }
}
