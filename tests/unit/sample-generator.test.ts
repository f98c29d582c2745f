import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { sampleFiles } from '../../src/services/seed.js';

/**
 * The sample generator is deterministic: the same arguments write the same bytes. Its data (name
 * lists, the catalogue, proportions, prose templates in seed/sample-data/) and its logic
 * (seed/generate.ts) live apart; these hashes pin the output so that moving either changes nothing.
 */
const run = promisify(execFile);
const sha256 = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'hpf-generator-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function generate(args: string[]): Promise<void> {
  await run(process.execPath, ['--import', 'tsx', join(projectRoot, 'seed', 'generate.ts'), ...args], {
    cwd: projectRoot,
  });
}

describe('seed/generate.ts', () => {
  it('writes the committed sample files byte for byte', async () => {
    await generate(['--out', join(folder, 'sample.csv')]);
    expect(await sha256(join(folder, 'sample.csv'))).toBe(await sha256(sampleFiles.programs));
    expect(await sha256(join(folder, 'sample-actions.csv'))).toBe(await sha256(sampleFiles.actions));
  });

  it('writes the same bytes as ever at another size', async () => {
    await generate(['--programs', '3000', '--out', join(folder, 'big.csv')]);
    expect(await sha256(join(folder, 'big.csv'))).toBe(
      '0541bb2228c317dd824561e73f52c3929b70bcb240189fc8de5d0a3283350b61',
    );
    expect(await sha256(join(folder, 'big-actions.csv'))).toBe(
      '6e2e62aaa4b6c9d72de8ca02b0510a317f99bbe6bfae294da15520648432b673',
    );
  });
});
