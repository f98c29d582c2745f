import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Db, queryRows } from '../db/client.js';

/** The tables an import writes: its rows, their search rows, match sets and word starts, and the change feed. */
const importedTables = [
  'institutions',
  'institution_word_starts',
  'programs',
  'program_outcomes',
  'accreditation_actions',
  'changes',
  'program_search',
  'program_names',
  'search_words',
  'search_sets',
  'search_set_changes',
];

/**
 * VACUUM (ANALYZE) of the tables an import writes. VACUUM cannot run inside a transaction, and takes
 * seconds for 100,000 programs: on PostgreSQL it gets a connection of its own, without the pool's
 * statement timeout.
 */
export async function vacuumImportedTables(db: Db): Promise<void> {
  const statement = `VACUUM (ANALYZE) ${importedTables.join(', ')}`;
  const client = (db as unknown as { $client: unknown }).$client;
  if (!(client instanceof pg.Pool)) {
    await queryRows(db, sql.raw(statement));
    return;
  }
  const connection = await client.connect();
  let broken: Error | undefined;
  try {
    await connection.query('SET statement_timeout = 0');
    await connection.query({ text: statement, query_timeout: 3_600_000 } as pg.QueryConfig);
  } finally {
    // A connection that cannot be reset goes, rather than back to the pool without its timeout.
    await connection.query('RESET statement_timeout').catch((error: Error) => {
      broken = error;
    });
    connection.release(broken);
  }
}
