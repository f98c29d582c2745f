import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { ConfigError, loadConfig, loadDotEnv } from './config.js';
import { openDatabase } from './db/client.js';
import { migrateAndPrepare } from './db/migrate.js';
import { prepareData } from './services/seed.js';

/** The process: configuration (.env, environment) → database (migrated, seeded when empty) → app → listen; graceful shutdown. */
async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    // A .env file in the working folder, when there is one; the real environment wins over it.
    loadDotEnv();
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }

  const database = await openDatabase(config);
  await migrateAndPrepare(database, (db) => prepareData(db, { seedOnEmpty: config.SEED_ON_EMPTY }));
  const app = await buildApp({ config, database });

  // SIGTERM/SIGINT: stop accepting, let requests in flight finish, close the database, exit 0.
  closeWithGrace({ delay: 10_000 }, async ({ err, signal }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
  });

  await app.listen({ port: config.PORT, host: config.HOST });
}

await main();
