import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';
import { type ProgramRow, programColumns, programFrom } from './program-row.js';
import type { InstitutionWrite, OutcomeWrite } from './program-writes.js';
import { isUuid } from './sql-fragments.js';

/**
 * The SQL of single-record admin writes (the batched import writes are in program-writes.ts).
 * Each runs inside the caller's transaction; the reads lock what the write is about.
 */

const byIdOrSlug = (alias: 'p' | 'i', idOrSlug: string) =>
  isUuid(idOrSlug) ? sql`${sql.raw(alias)}.id = ${idOrSlug}::uuid` : sql`${sql.raw(alias)}.slug = ${idOrSlug}`;

export interface LockedProgram extends ProgramRow {
  graduation_rate: number | null;
  employment_rate: number | null;
  pass_rate: number | null;
}

/** The program, locked until the transaction ends, so that a concurrent write waits and then sees this one's result. */
export async function lockProgram(db: Db, idOrSlug: string): Promise<LockedProgram | undefined> {
  const rows = await queryRows<LockedProgram>(
    db,
    sql`SELECT ${programColumns}, p.graduation_rate, p.employment_rate, p.pass_rate
        FROM ${programFrom} WHERE ${byIdOrSlug('p', idOrSlug)} FOR UPDATE OF p`,
  );
  return rows[0];
}

export type StoredOutcome = Omit<OutcomeWrite, 'program_id'>;

/** Every stored outcome of a program, every cohort. */
export async function programOutcomes(db: Db, programId: string): Promise<StoredOutcome[]> {
  return queryRows(
    db,
    sql`SELECT metric, value, cohort_year, exam FROM program_outcomes WHERE program_id = ${programId}::uuid`,
  );
}

export async function replaceProgramOutcomes(
  db: Db,
  programId: string,
  outcomes: readonly StoredOutcome[],
): Promise<void> {
  await queryRows(db, sql`DELETE FROM program_outcomes WHERE program_id = ${programId}::uuid`);
  if (outcomes.length === 0) return;
  const values = outcomes.map(
    (outcome) =>
      sql`(${programId}::uuid, ${outcome.metric}, ${outcome.cohort_year}::int, ${outcome.value}::real, ${outcome.exam})`,
  );
  await queryRows(
    db,
    sql`INSERT INTO program_outcomes (program_id, metric, cohort_year, value, exam) VALUES ${sql.join(values, sql`, `)}`,
  );
}

export async function deleteProgram(db: Db, programId: string): Promise<void> {
  await queryRows(db, sql`DELETE FROM programs WHERE id = ${programId}::uuid`);
}

/**
 * Records that the program changed through an accreditation action: a new version and, when
 * `status` is another status than the current one, that status since `date`.
 */
export async function applyAccreditationAction(
  db: Db,
  programId: string,
  change: { status: string | null; date: string },
): Promise<void> {
  await queryRows(
    db,
    sql`UPDATE programs SET
          status_since = CASE WHEN ${change.status}::text IS DISTINCT FROM accreditation_status AND ${change.status}::text IS NOT NULL
                              THEN ${change.date}::date ELSE status_since END,
          accreditation_status = coalesce(${change.status}::text, accreditation_status),
          version = version + 1, updated_at = now()
        WHERE id = ${programId}::uuid`,
  );
}

// ---------------------------------------------------------------------------------------------
// Institutions
// ---------------------------------------------------------------------------------------------

const institutionColumns = sql`i.id, i.slug, i.name, i.campus, i.city, i.state, i.zip, i.latitude, i.longitude,
  i.website, i.ipeds_unitid, i.control`;

export async function findInstitutionById(db: Db, id: string): Promise<InstitutionWrite | undefined> {
  if (!isUuid(id)) return undefined;
  const rows = await queryRows<InstitutionWrite>(
    db,
    sql`SELECT ${institutionColumns} FROM institutions i WHERE i.id = ${id}::uuid`,
  );
  return rows[0];
}

export async function lockInstitution(db: Db, idOrSlug: string): Promise<InstitutionWrite | undefined> {
  const rows = await queryRows<InstitutionWrite>(
    db,
    sql`SELECT ${institutionColumns} FROM institutions i WHERE ${byIdOrSlug('i', idOrSlug)} FOR UPDATE`,
  );
  return rows[0];
}

/** Rewrites an institution, its identity included; the slug stays, so links keep working. */
export async function updateInstitution(db: Db, institution: InstitutionWrite): Promise<void> {
  await queryRows(
    db,
    sql`UPDATE institutions SET name = ${institution.name}, campus = ${institution.campus}, city = ${institution.city},
          state = ${institution.state}, zip = ${institution.zip}, latitude = ${institution.latitude}::float8,
          longitude = ${institution.longitude}::float8, website = ${institution.website},
          ipeds_unitid = ${institution.ipeds_unitid}::int, control = ${institution.control},
          version = version + 1, updated_at = now()
        WHERE id = ${institution.id}::uuid`,
  );
}

/** What an institution's ETag is made of: its version and the ids and versions of its programs. */
export async function institutionVersionTag(db: Db, id: string): Promise<string | undefined> {
  const rows = await queryRows<{ tag: string }>(
    db,
    sql`SELECT i.id || '.' || i.version || '.'
             || coalesce(md5(string_agg(p.id::text || ':' || p.version, ',' ORDER BY p.id)), '') AS tag
        FROM institutions i LEFT JOIN programs p ON p.institution_id = i.id
        WHERE i.id = ${id}::uuid GROUP BY i.id`,
  );
  return rows[0]?.tag;
}

export async function deleteInstitution(db: Db, id: string): Promise<void> {
  await queryRows(db, sql`DELETE FROM institutions WHERE id = ${id}::uuid`);
}

export async function countProgramsAt(db: Db, institutionId: string): Promise<number> {
  const rows = await queryRows<{ count: number }>(
    db,
    sql`SELECT count(*)::int AS count FROM programs WHERE institution_id = ${institutionId}::uuid`,
  );
  return rows[0]?.count ?? 0;
}

/**
 * The programs of an institution that changed: their searchable institution text follows it and
 * their updated_at moves (their ETag moves with the institution's version). Returns their ids.
 */
export async function refreshProgramsOfInstitution(db: Db, institutionId: string, text: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`UPDATE programs SET institution_text = ${text}, updated_at = now()
        WHERE institution_id = ${institutionId}::uuid RETURNING id`,
  );
  return rows.map((row) => row.id);
}
