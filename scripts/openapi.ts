import { readFile, writeFile } from 'node:fs/promises';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';

/**
 * openapi/openapi.json is an artifact of the code: `write` regenerates it,
 * `check` fails when the committed file and the code disagree.
 */
const target = new URL('../openapi/openapi.json', import.meta.url);

async function generate(): Promise<string> {
  const config = testConfig();
  const database = await openDatabase(config);
  const app = await buildApp({ config, database });
  await app.ready();
  const document = `${JSON.stringify(app.swagger(), null, 2)}\n`;
  await app.close();
  await database.close();
  return document;
}

const mode = process.argv[2];
const document = await generate();
if (mode === 'write') {
  await writeFile(target, document);
  process.stdout.write(`wrote ${target.pathname}\n`);
} else if (mode === 'check') {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== document) {
    process.stderr.write(
      'openapi/openapi.json is out of date with the code: run `npm run openapi:write` and commit it.\n',
    );
    process.exit(1);
  }
  process.stdout.write('openapi/openapi.json matches the code\n');
} else {
  process.stderr.write('usage: tsx scripts/openapi.ts write|check\n');
  process.exit(2);
}
