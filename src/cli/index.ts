import { ConfigError, loadConfig, loadDotEnv } from '../config.js';
import { type Database, openDatabase } from '../db/client.js';
import { runCommand } from './commands.js';
import { describeTarget } from './failure-message.js';
import { WriteTracker } from './write-tracker.js';

/** `npm run cli -- …`: the operator's commands, on the database the validated configuration names. */
async function main(argv: string[]): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    loadDotEnv();
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const target = describeTarget(config);
  const writes = new WriteTracker();
  let database: Database;
  try {
    database = await openDatabase(config, { observer: writes });
  } catch (error) {
    console.error(`could not open ${target}: ${(error as Error).message}. Nothing was written.`);
    return 1;
  }
  try {
    return await runCommand(database, argv, { out: console.log, err: console.error }, { target, writes });
  } finally {
    // Bounded: a connection that died, or a server gone silent, never holds the command open.
    await database.close();
  }
}

const code = await main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`the command failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
});
process.exitCode = code;
// The command is over: a socket to a server that went silent must not keep the process waiting.
setTimeout(() => process.exit(code), 1_000).unref();
