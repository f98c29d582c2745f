import { stringify } from 'csv-stringify/sync';
import type { Db } from '../db/client.js';
import type { SearchFilters } from '../queries/program-filters.js';
import { listProgramsAfter } from '../queries/programs.js';
import { matchingStoredPrograms } from '../queries/stored-programs.js';
import { importColumns, importRowToCells } from '../schemas/import-row.js';
import type { ProgramExportQuery } from '../schemas/program-query.js';
import { toImportRow } from './program-mappings.js';
import { resolveFilters } from './programs.js';

/** Programs per database round trip: memory stays flat whatever the size of the export. */
const PAGE = 500;

export interface ProgramExport {
  contentType: string;
  filename: string;
  chunks: AsyncIterable<string>;
}

// CRLF line ends as RFC 4180 asks; the import reads either. Cells are written as stored, so a value
// starting with "=" stays one: prefixing it would break "an export imports back unchanged".
const csvLines = (rows: string[][]) => stringify(rows, { record_delimiter: 'windows' });

async function* csvChunks(db: Db, filters: SearchFilters): AsyncGenerator<string> {
  yield csvLines([[...importColumns]]);
  let afterId: string | undefined;
  for (;;) {
    const records = await matchingStoredPrograms(db, filters, afterId, PAGE);
    if (records.length === 0) return;
    yield csvLines(records.map((record) => importRowToCells(toImportRow(record))));
    afterId = records.at(-1)?.id;
    if (records.length < PAGE) return;
  }
}

async function* ndjsonChunks(db: Db, filters: SearchFilters): AsyncGenerator<string> {
  let afterId: string | undefined;
  for (;;) {
    const rows = await listProgramsAfter(db, filters, afterId, PAGE);
    if (rows.length === 0) return;
    yield rows.map((row) => `${row.document}\n`).join('');
    afterId = rows.at(-1)?.id;
    if (rows.length < PAGE) return;
  }
}

/**
 * Every match of the filters (defaults included, as GET /v1/programs applies them), streamed in
 * id order a page at a time: CSV in the import columns, so an export imports back unchanged, or
 * one program record per line. The filters are resolved first, so a bad one is a 400, not a
 * broken stream.
 */
export async function exportPrograms(db: Db, query: ProgramExportQuery): Promise<ProgramExport> {
  const { format, ...filterQuery } = query;
  const filters = await resolveFilters(db, filterQuery);
  const date = new Date().toISOString().slice(0, 10);
  return format === 'csv'
    ? { contentType: 'text/csv; charset=utf-8', filename: `programs-${date}.csv`, chunks: csvChunks(db, filters) }
    : {
        contentType: 'application/x-ndjson',
        filename: `programs-${date}.ndjson`,
        chunks: ndjsonChunks(db, filters),
      };
}
