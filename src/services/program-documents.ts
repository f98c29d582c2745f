import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { chunk } from '../queries/batch.js';
import { type ProgramDocumentWrite, programsToRender, storeProgramDocuments } from '../queries/program-documents.js';
import { storedProgramsByIds } from '../queries/stored-programs.js';
import { compileSerializer } from '../schemas/compile-serializer.js';
import { programSchema } from '../schemas/program.js';
import { programVersionTag, toProgram } from './program-mappings.js';

/**
 * Each program's public record is rendered here, by the one mapper (toProgram) and the response
 * schema's compiled writer, and stored: list, compare and export answers send the stored text as it
 * is. Every write renders the programs it changed in its own transaction (services/change-feed.ts),
 * so a stored document is never older than the data it shows, and a write that rolls back leaves
 * the previous document.
 */

const writeProgram = compileSerializer(programSchema);

/** Bumped when the mapper changes what it writes without the schema changing. */
const MAPPER_REVISION = 1;

/** The shape documents are rendered in: a release whose record differs re-renders every document at start. */
export const RENDER_VERSION = createHash('sha256')
  .update(JSON.stringify(z.toJSONSchema(programSchema)))
  .update(String(MAPPER_REVISION))
  .digest('base64url')
  .slice(0, 16);

const RENDER_BATCH = 500;

export async function renderProgramDocuments(db: Db, programIds: readonly string[]): Promise<void> {
  for (const batch of chunk([...new Set(programIds)], RENDER_BATCH)) {
    const rows = await storedProgramsByIds(db, batch);
    await storeProgramDocuments(
      db,
      rows.map(
        (row): ProgramDocumentWrite => ({
          program_id: row.id,
          document: writeProgram(toProgram(row)),
          version_tag: programVersionTag(row),
          render_version: RENDER_VERSION,
        }),
      ),
    );
  }
}

/**
 * Renders every document that is missing or of another shape than this release's; returns how many.
 * Runs at start under the migration lock, so instances starting at once render each document once.
 */
export async function renderStaleDocuments(db: Db): Promise<number> {
  let rendered = 0;
  for (;;) {
    const ids = await programsToRender(db, RENDER_VERSION, RENDER_BATCH * 4);
    if (ids.length === 0) return rendered;
    await db.transaction((tx) => renderProgramDocuments(tx, ids));
    rendered += ids.length;
  }
}
