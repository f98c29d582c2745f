import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { createClient as heyApi } from '@hey-api/openapi-ts';
import openapiTS, { astToString } from 'openapi-typescript';
import { generate as orval } from 'orval';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import { migrateAndPrepare } from '../src/db/migrate.js';
import { prepareData } from '../src/services/seed.js';
import type { Target } from './client-check/shared.js';

/**
 * Clients generated from the committed openapi/openapi.json, as their users would generate them:
 * openapi-typescript + openapi-fetch, @hey-api/openapi-ts (fetch client) and orval (fetch and axios).
 * Each gets the same scenario of an admissions site (scripts/client-check/<generator>.ts), type-checked
 * under `strict` together with the generated code. The scenarios of the clients that can run in Node
 * also run against the service itself, listening on a port, on an in-memory database with the sample data.
 *
 *   npm run client:check            (KEEP_CLIENTS=1 keeps the generated folder and prints where it is)
 */

const root = fileURLToPath(new URL('..', import.meta.url));
const documentPath = join(root, 'openapi', 'openapi.json');
const scenarios = join(root, 'scripts', 'client-check');
const run = promisify(execFile);

type Generator = 'openapi-fetch' | 'hey-api' | 'orval-fetch' | 'orval-axios';

/** Scenarios also run against the service; orval's fetch client requests paths relative to a page, so not that one. */
const live: Generator[] = ['openapi-fetch', 'hey-api', 'orval-axios'];

const generators: Record<Generator, (folder: string) => Promise<void>> = {
  'openapi-fetch': async (folder) => {
    await writeFile(join(folder, 'schema.ts'), astToString(await openapiTS(pathToFileURL(documentPath))));
  },
  'hey-api': async (folder) => {
    await heyApi({
      input: documentPath,
      output: join(folder, 'client'),
      plugins: ['@hey-api/client-fetch'],
      logs: { level: 'silent' },
    });
  },
  'orval-fetch': (folder) => generateOrval(folder, 'fetch'),
  'orval-axios': (folder) => generateOrval(folder, 'axios'),
};

/**
 * orval 7.13 is the last orval for Node 20; the axios client it writes type-checks against axios up
 * to 1.18 (1.19 changed the return type of axios.get and friends), hence axios 1.18 here.
 */
async function generateOrval(folder: string, client: 'fetch' | 'axios'): Promise<void> {
  // `headers: true` makes header parameters (If-Match, If-None-Match) arguments of the functions.
  await orval({
    input: { target: documentPath },
    output: { target: join(folder, 'api.ts'), client, mode: 'single', headers: true, prettier: false },
  });
}

/** The compiler settings of a careful TypeScript project; the generated code is checked with the scenario. */
const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2023', 'DOM'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ['node'],
  },
  include: ['*.ts', '**/*.ts', '../shared.ts'],
};

async function typeCheck(folder: string): Promise<string | undefined> {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    await run(process.execPath, [tsc, '-p', 'tsconfig.json', '--noEmit'], {
      cwd: folder,
      maxBuffer: 16 * 1024 * 1024,
    });
    return undefined;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return `${stdout}${stderr}`.trim() || (error as Error).message;
  }
}

/** The README's TypeScript blocks, one after the other as one module, against the shipped client. */
async function readmeExample(folder: string): Promise<string | undefined> {
  const readme = await readFile(join(root, 'clients', 'typescript', 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map(([, code]) => code);
  const target = join(folder, 'readme');
  await mkdir(target);
  await writeFile(join(target, 'example.ts'), `${blocks.join('\n')}\nexport {};\n`);
  const config = {
    ...tsconfig,
    compilerOptions: {
      ...tsconfig.compilerOptions,
      paths: { '@him-program-finder/client': [join(root, 'clients', 'typescript', 'src', 'index.ts')] },
    },
    include: ['example.ts'],
  };
  await writeFile(join(target, 'tsconfig.json'), JSON.stringify(config, null, 2));
  return typeCheck(target);
}

/** The service on a free port, with the sample data in an in-memory database. */
async function startService(): Promise<Target & { close: () => Promise<void> }> {
  const apiKey = randomBytes(24).toString('hex');
  const config = testConfig({ ADMIN_API_KEY: apiKey, RATE_LIMIT_MAX: 100_000 });
  const database = await openDatabase(config);
  await migrateAndPrepare(database, (db) => prepareData(db, { seedOnEmpty: true }));
  const app = await buildApp({ config, database });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    apiKey,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

const folder = await mkdtemp(join(tmpdir(), 'hpf-clients-'));
const failures: string[] = [];
const report = (line: string) => process.stdout.write(`${line}\n`);
try {
  // The generated code and the scenarios resolve openapi-fetch, axios and the rest from this project.
  await symlink(join(root, 'node_modules'), join(folder, 'node_modules'), 'dir');
  await writeFile(join(folder, 'package.json'), '{ "type": "module", "private": true }\n');
  await copyFile(join(scenarios, 'shared.ts'), join(folder, 'shared.ts'));

  for (const [name, generate] of Object.entries(generators) as [Generator, (folder: string) => Promise<void>][]) {
    const target = join(folder, name);
    await mkdir(target);
    try {
      await generate(target);
    } catch (error) {
      failures.push(name);
      report(`✗ ${name}: generating the client failed: ${(error as Error).message}`);
      continue;
    }
    await copyFile(join(scenarios, `${name}.ts`), join(target, 'scenario.ts'));
    await writeFile(join(target, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
    const errors = await typeCheck(target);
    if (errors) {
      failures.push(name);
      report(`✗ ${name}: the scenario does not type-check under strict:\n${errors}`);
    } else {
      report(`✓ ${name}: generated, and the scenario type-checks under strict`);
    }
  }

  // The TypeScript client shipped in clients/typescript, on the types committed beside it.
  const shipped = await typeCheck(join(root, 'clients', 'typescript'));
  if (shipped) {
    failures.push('clients/typescript');
    report(`✗ clients/typescript does not type-check:\n${shipped}`);
  } else {
    report('✓ clients/typescript type-checks');
  }
  const readme = await readmeExample(folder);
  if (readme) {
    failures.push('clients/typescript/README.md');
    report(`✗ the examples of clients/typescript/README.md do not type-check:\n${readme}`);
  } else {
    report('✓ the examples of clients/typescript/README.md type-check');
  }

  const service = await startService();
  try {
    for (const name of live) {
      try {
        const { run: scenario } = (await import(pathToFileURL(join(folder, name, 'scenario.ts')).href)) as {
          run: (target: Target) => Promise<void>;
        };
        await scenario(service);
        report(`✓ ${name}: the scenario runs against the service`);
      } catch (error) {
        failures.push(`${name} (live)`);
        report(`✗ ${name}: the scenario failed against the service: ${(error as Error).stack ?? error}`);
      }
    }
  } finally {
    await service.close();
  }
} finally {
  if (process.env.KEEP_CLIENTS) report(`generated clients kept in ${folder}`);
  else await rm(folder, { recursive: true, force: true });
}

if (failures.length > 0) {
  report(`\nclient check failed: ${failures.join(', ')}`);
  process.exit(1);
}
report('\nclient check passed');
