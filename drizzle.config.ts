import { defineConfig } from 'drizzle-kit';

// Migrations are generated from src/db/schema.ts by `npm run db:generate` and applied by the
// service at start (src/db/migrate.ts); drizzle-kit never touches a live database here.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './migrations',
  strict: true,
});
