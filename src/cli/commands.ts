import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Database } from '../db/client.js';
import { migrateAndPrepare } from '../db/migrate.js';
import { createApiKey, KeyError, listApiKeys, revokeApiKey } from '../services/api-keys.js';
import { type ImportOptions, type ImportPayload, importPrograms } from '../services/import-programs.js';
import { settleImportedTables } from '../services/imported-tables.js';

export const usage = `usage: npm run cli -- <command>

  keys create --name NAME     make an API key and print it (shown this once only)
  keys list                   list keys: name, created, last used, revoked
  keys revoke NAME            revoke a key at once
  import FILE [--dry-run] [--source import|cahiim_directory]
                              import programs from a CSV (or a .json array of rows):
                              all rows or nothing, as POST /v1/imports
  migrate                     apply the database migrations

The database is the one the service uses (DATABASE_URL, else PGLITE_DATA_DIR). An embedded
database (PGlite) belongs to one process: stop the service before running a command on it.`;

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

class UsageError extends Error {}

const sources = ['import', 'cahiim_directory'] as const;

/** Runs one command; returns the exit code (0 done, 1 failed, 2 wrong usage). Migrations are applied first. */
export async function runCommand(database: Database, argv: string[], io: Output): Promise<number> {
  try {
    const [command, sub, ...rest] = argv;
    if (command === undefined || command === 'help' || command === '--help') {
      io.out(usage);
      return command === undefined ? 2 : 0;
    }
    await migrateAndPrepare(database);
    const db = database.primary;
    if (command === 'migrate') {
      io.out('migrations applied');
      return 0;
    }
    if (command === 'keys' && sub === 'create') {
      const { values } = parseArgs({ args: rest, options: { name: { type: 'string' } }, strict: true });
      if (!values.name) throw new UsageError('keys create needs --name NAME');
      const { name, key } = await createApiKey(db, values.name);
      io.err(`API key "${name}" created. It is shown this once; only its hash is stored:`);
      io.out(key);
      return 0;
    }
    if (command === 'keys' && sub === 'list') {
      const keys = await listApiKeys(db);
      if (keys.length === 0) io.err('no keys (ADMIN_API_KEY, when set, is accepted as well)');
      for (const key of keys) {
        const state = key.revoked_at ? `revoked ${key.revoked_at}` : 'active';
        io.out(`${key.name}\tcreated ${key.created_at}\tlast used ${key.last_used_at ?? 'never'}\t${state}`);
      }
      return 0;
    }
    if (command === 'keys' && sub === 'revoke') {
      const [name, ...extra] = rest;
      if (!name || extra.length > 0) throw new UsageError('keys revoke needs one NAME');
      await revokeApiKey(db, name);
      io.out(`API key "${name}" revoked`);
      return 0;
    }
    if (command === 'import') {
      const { values, positionals } = parseArgs({
        args: [sub ?? '', ...rest].filter((arg) => arg !== ''),
        options: { 'dry-run': { type: 'boolean' }, source: { type: 'string' } },
        allowPositionals: true,
        strict: true,
      });
      const [file, ...extra] = positionals;
      if (!file || extra.length > 0) throw new UsageError('import needs one FILE');
      const source = (values.source ?? 'import') as ImportOptions['source'];
      if (!(sources as readonly string[]).includes(source))
        throw new UsageError(`--source must be one of: ${sources.join(', ')}`);
      const text = await readFile(file, 'utf8');
      const payload: ImportPayload =
        extname(file).toLowerCase() === '.json' ? { kind: 'json', rows: jsonRows(text) } : { kind: 'csv', text };
      const report = await importPrograms(db, payload, {
        dryRun: values['dry-run'] ?? false,
        actor: 'cli',
        source,
      });
      const counts = `${report.rows} rows: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged`;
      if (report.errors.length > 0) {
        for (const error of report.errors)
          io.err(`row ${error.row}${error.column ? ` ${error.column}` : ''}: ${error.message}`);
        io.err(`${report.errors.length} problem(s); nothing was written`);
        return 1;
      }
      io.out(report.dry_run ? `dry run, nothing written; ${counts}` : counts);
      await settleImportedTables(db, report).then(
        (settled) => settled && io.out('tables vacuumed and analyzed for the new rows'),
        (error: Error) => io.err(`imported, but could not vacuum and analyze the tables: ${error.message}`),
      );
      return 0;
    }
    throw new UsageError(`unknown command: ${argv.join(' ')}`);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      io.err(`${(error as Error).message}\n\n${usage}`);
      return 2;
    }
    if (error instanceof KeyError || error instanceof InputError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}

class InputError extends Error {}

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
