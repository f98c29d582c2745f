import { readFile, writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';

/**
 * openapi/openapi.json is an artifact of the code, and the TypeScript client's types
 * (clients/typescript/src/schema.ts) an artifact of that document: `write` regenerates both,
 * `check` fails when a committed file and the code disagree.
 */
const documentFile = new URL('../openapi/openapi.json', import.meta.url);
const clientTypesFile = new URL('../clients/typescript/src/schema.ts', import.meta.url);

async function generateDocument(): Promise<string> {
  const config = testConfig();
  const database = await openDatabase(config);
  const app = await buildApp({ config, database });
  await app.ready();
  const document = `${JSON.stringify(app.swagger(), null, 2)}\n`;
  await app.close();
  await database.close();
  return document;
}

async function generateClientTypes(document: string): Promise<string> {
  const types = astToString(await openapiTS(JSON.parse(document)));
  return `// Generated from openapi/openapi.json by openapi-typescript (npm run openapi:write). Do not edit.\n\n${types}`;
}

const mode = process.argv[2];
const document = await generateDocument();
const clientTypes = await generateClientTypes(document);
if (mode === 'write') {
  await writeFile(documentFile, document);
  await writeFile(clientTypesFile, clientTypes);
  process.stdout.write(`wrote ${documentFile.pathname} and ${clientTypesFile.pathname}\n`);
} else if (mode === 'check') {
  const stale = [
    (await readFile(documentFile, 'utf8').catch(() => '')) !== document && 'openapi/openapi.json',
    (await readFile(clientTypesFile, 'utf8').catch(() => '')) !== clientTypes && 'clients/typescript/src/schema.ts',
  ].filter(Boolean);
  if (stale.length > 0) {
    process.stderr.write(
      `${stale.join(' and ')} out of date with the code: run \`npm run openapi:write\` and commit.\n`,
    );
    process.exit(1);
  }
  process.stdout.write('openapi/openapi.json and the TypeScript client types match the code\n');
} else {
  process.stderr.write('usage: tsx scripts/openapi.ts write|check\n');
  process.exit(2);
}
