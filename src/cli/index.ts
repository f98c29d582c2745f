import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { runCommand } from './commands.js';

/** `npm run cli -- …`: the operator's commands, on the database the validated configuration names. */
async function main(): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const database = await openDatabase(config);
  try {
    return await runCommand(database, process.argv.slice(2), { out: console.log, err: console.error });
  } finally {
    await database.close();
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  return 1;
});
