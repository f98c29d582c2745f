import { createHash } from 'node:crypto';
import type { Db } from '../db/client.js';
import { accreditationActions, accreditationStatuses } from '../domain/vocabularies.js';
import { newestAccreditationActions } from '../queries/accreditation-feed.js';
import type { ProgramFilters } from '../schemas/program-query.js';
import { resolveFilters } from './programs.js';

/**
 * Accreditation actions as an Atom 1.0 feed (RFC 4287), for people who follow them in a feed
 * reader: the newest first, each entry linking to its program.
 */

const FEED_SIZE = 50;

const escapeXml = (text: string) =>
  text
    .replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string)
    // Characters XML 1.0 does not allow at all: control characters but tab, line feed and carriage return.
    .replace(/[^\P{Cc}\t\n\r]|[\ufffe\uffff]/gu, '');

const actionLabels = new Map<string, string>(accreditationActions.terms.map((term) => [term.value, term.label]));
const statusLabels = new Map<string, string>(accreditationStatuses.terms.map((term) => [term.value, term.label]));

/** A permanent id for an action, whatever host the feed is read through (RFC 4122 name-based form). */
function entryId(actionId: string): string {
  const hex = createHash('sha1').update(`him-program-finder:accreditation-action:${actionId}`).digest('hex');
  const variant = ((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

interface ProgramRecord {
  id: string;
  slug: string;
  name: string;
  credential: string | null;
  program_url: string | null;
  institution: { name: string; campus: string | null; city: string; state: string };
  accreditation: { status: string };
}

export async function accreditationFeed(
  db: Db,
  filters: ProgramFilters,
  urls: { origin: string; self: string },
): Promise<string> {
  // Withdrawals are what a follower most needs to see: without a status filter every program counts,
  // not only those holding accreditation today as in GET /v1/programs.
  const resolved = await resolveFilters(db, {
    ...filters,
    accreditation_status: filters.accreditation_status ?? ['any'],
  });
  const rows = await newestAccreditationActions(db, resolved, FEED_SIZE);
  // ISO 8601 texts in UTC sort as the instants they name.
  const updated = rows
    .map((row) => row.recorded_at)
    .sort()
    .at(-1);
  const entries = rows.map((row) => {
    const program = JSON.parse(row.document) as ProgramRecord;
    const place = [
      program.institution.name,
      program.institution.campus,
      `${program.institution.city}, ${program.institution.state}`,
    ]
      .filter(Boolean)
      .join(', ');
    const action = actionLabels.get(row.action) ?? row.action;
    const link = `${urls.origin}/v1/programs/${encodeURIComponent(program.slug)}`;
    const summary = [
      `${action} on ${row.date}.`,
      `Current status: ${statusLabels.get(program.accreditation.status) ?? program.accreditation.status}.`,
      row.note ?? '',
    ]
      .filter(Boolean)
      .join(' ');
    return `  <entry>
    <id>${entryId(row.id)}</id>
    <title>${escapeXml(`${action}: ${program.name}${program.credential ? ` (${program.credential})` : ''}, ${place}`)}</title>
    <link rel="alternate" type="application/json" href="${escapeXml(link)}"/>
${program.program_url ? `    <link rel="related" type="text/html" href="${escapeXml(program.program_url)}"/>\n` : ''}    <published>${row.date}T00:00:00Z</published>
    <updated>${row.recorded_at}</updated>
    <category term="${escapeXml(row.action)}" label="${escapeXml(action)}"/>
    <summary type="text">${escapeXml(summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(urls.self)}</id>
  <title>CAHIIM accreditation actions: HIM Program Finder</title>
  <subtitle>Accreditation actions of health information management and health informatics programs, newest first</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(urls.self)}"/>
  <updated>${updated || new Date(0).toISOString()}</updated>
  <author><name>HIM Program Finder</name></author>
  <generator>HIM Program Finder</generator>
${entries.join('\n')}${entries.length > 0 ? '\n' : ''}</feed>
`;
}
