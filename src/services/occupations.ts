import type { Db } from '../db/client.js';
import { notFound } from '../errors.js';
import { readOccupation, readOccupations, type StoredOccupation } from '../queries/occupations.js';
import { countMatches } from '../queries/search-sets.js';
import type { Occupation } from '../schemas/occupation.js';

/** An occupation as answered: its figures, the page of each, and the listed programs that lead there. */
function toOccupation(stored: StoredOccupation, programCount: number): Occupation {
  const { wage_source_url, projection_source_url, entry_education_source_url, crosswalk_source_url, ...figures } =
    stored;
  const urls = [wage_source_url, projection_source_url, entry_education_source_url, crosswalk_source_url];
  return {
    ...figures,
    wage_source_url,
    cip_codes: stored.cip_codes as Occupation['cip_codes'],
    degree_levels: stored.degree_levels as Occupation['degree_levels'],
    sources: [...new Set(urls.filter((url): url is string => url !== null))],
    source_urls: {
      wages: wage_source_url,
      projection: projection_source_url,
      entry_education: entry_education_source_url,
      crosswalk: crosswalk_source_url,
    },
    program_count: programCount,
  };
}

/** Listed programs leading there: the `meta.total` of GET /v1/programs?occupation=<soc>. */
const programCount = (db: Db, socCode: string) => countMatches(db, { occupation: [socCode] });

export async function listOccupations(db: Db): Promise<{ data: Occupation[] }> {
  const stored = await readOccupations(db);
  const counts = await Promise.all(stored.map((occupation) => programCount(db, occupation.soc_code)));
  return { data: stored.map((occupation, index) => toOccupation(occupation, counts[index] ?? 0)) };
}

export async function getOccupation(db: Db, socCode: string): Promise<Occupation> {
  const stored = await readOccupation(db, socCode);
  if (!stored) throw notFound(`Occupation ${socCode}`, 'soc_code');
  return toOccupation(stored, await programCount(db, socCode));
}
