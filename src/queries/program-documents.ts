import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';
import { insertRows } from './batch.js';

/** The stored public records of programs (services/program-documents.ts renders them). */

export interface ProgramDocumentWrite {
  program_id: string;
  document: string;
  version_tag: string;
  render_version: string;
}

const columns = { program_id: 'uuid', document: 'text', version_tag: 'text', render_version: 'text' } as const;

export async function storeProgramDocuments(db: Db, documents: readonly ProgramDocumentWrite[]): Promise<void> {
  await insertRows(db, 'program_documents', columns, documents, {
    onConflict: sql`ON CONFLICT (program_id) DO UPDATE SET document = excluded.document,
      version_tag = excluded.version_tag, render_version = excluded.render_version`,
  });
}

/** Up to `limit` programs whose document is missing or was rendered in another shape than `renderVersion`. */
export async function programsToRender(db: Db, renderVersion: string, limit: number): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`SELECT p.id FROM programs p LEFT JOIN program_documents d ON d.program_id = p.id
        WHERE d.render_version IS DISTINCT FROM ${renderVersion} ORDER BY p.id LIMIT ${limit}`,
  );
  return rows.map((row) => row.id);
}

/** What a read selects of a page `page` (with a `program_id`): the program's id and its stored document. */
export const documentColumns = sql`page.program_id AS id, d.document`;
export const documentJoin = sql`JOIN program_documents d ON d.program_id = page.program_id`;
