import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDotEnv } from '../../src/config.js';
import { projectRoot } from '../../src/paths.js';

let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'dotenv-'));
  // A port nothing listens on: the command fails at once and names the database it tried.
  writeFileSync(
    join(folder, '.env'),
    '# read when present\nDATABASE_URL=postgres://finder@127.0.0.1:9/from_dotenv\nHPF_DOTENV_TEST=from file\n',
  );
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The CLI run from `folder`, as an operator in a deployment folder with a .env file would. */
function cliIn(cwd: string, env: Record<string, string | undefined>) {
  const { DATABASE_URL: _, ...inherited } = process.env;
  return spawnSync(
    process.execPath,
    [
      '--import',
      join(projectRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs'),
      join(projectRoot, 'src', 'cli', 'index.ts'),
      'keys',
      'list',
    ],
    { cwd, env: { ...inherited, ...env }, encoding: 'utf8', timeout: 60_000 },
  );
}

describe('.env', () => {
  it('is read when it exists', () => {
    const run = cliIn(folder, {});
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('the database "from_dotenv" at 127.0.0.1:9 refused the connection');
  });

  it('never overrides a variable already set, even to an empty value', () => {
    const run = cliIn(folder, { DATABASE_URL: 'postgres://finder@127.0.0.1:9/from_environment' });
    expect(run.stderr).toContain('the database "from_environment" at 127.0.0.1:9');

    process.env.HPF_DOTENV_TEST = '';
    try {
      loadDotEnv(join(folder, '.env'));
      expect(process.env.HPF_DOTENV_TEST).toBe('');
    } finally {
      delete process.env.HPF_DOTENV_TEST;
    }
    loadDotEnv(join(folder, '.env'));
    expect(process.env.HPF_DOTENV_TEST).toBe('from file');
    delete process.env.HPF_DOTENV_TEST;
  });

  it('is optional', () => {
    expect(() => loadDotEnv(join(folder, 'no-such.env'))).not.toThrow();
  });
});
