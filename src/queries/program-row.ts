import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';
import { statusLabel } from '../domain/vocabularies.js';
import type { Program } from '../schemas/program.js';
import { asJson } from './batch.js';

/**
 * The select list of a program record and how one row becomes a Program.
 * Dates and timestamps are formatted by PostgreSQL so that node-postgres and
 * PGlite, whose type parsers differ, hand over identical strings.
 */
export const programColumns = sql`
  p.id, p.slug, p.cahiim_epc, p.name, p.credential, p.degree_level, p.discipline, p.cip_code,
  p.delivery_mode, p.accreditation_status,
  to_char(p.status_since, 'YYYY-MM-DD') AS status_since,
  to_char(p.initial_accreditation_date, 'YYYY-MM-DD') AS initial_accreditation_date,
  p.next_review_year, p.internship_required, p.internship_min_hours, p.internship_formats,
  p.placement_assistance, p.career_services, p.tuition_in_state_usd, p.tuition_out_of_state_usd,
  p.credit_hours, p.duration_months, p.program_url, p.outcomes_url, p.contact_name,
  p.contact_email, p.contact_phone, p.description, p.source, p.version,
  to_char(p.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS updated_at,
  i.id AS institution_id, i.slug AS institution_slug, i.name AS institution_name,
  i.campus AS institution_campus, i.city AS institution_city, i.state AS institution_state,
  i.zip AS institution_zip, i.latitude AS institution_latitude, i.longitude AS institution_longitude,
  i.website AS institution_website, i.ipeds_unitid AS institution_ipeds_unitid,
  i.control AS institution_control, i.version AS institution_version,
  (SELECT coalesce(json_agg(json_build_object('metric', o.metric, 'value', o.value, 'cohort_year', o.cohort_year, 'exam', o.exam) ORDER BY o.metric), '[]'::json)
     FROM (SELECT DISTINCT ON (metric) metric, value, cohort_year, exam FROM program_outcomes
            WHERE program_id = p.id ORDER BY metric, cohort_year DESC) o) AS outcomes`;

export const programFrom = sql`programs p JOIN institutions i ON i.id = p.institution_id`;

export interface ProgramRow {
  id: string;
  slug: string;
  cahiim_epc: string | null;
  name: string;
  credential: string | null;
  degree_level: Program['degree_level'];
  discipline: Program['discipline'];
  cip_code: string | null;
  delivery_mode: Program['delivery_mode'];
  accreditation_status: Program['accreditation']['status'];
  status_since: string | null;
  initial_accreditation_date: string | null;
  next_review_year: number | null;
  internship_required: boolean | null;
  internship_min_hours: number | null;
  internship_formats: Program['internship']['formats'];
  placement_assistance: boolean | null;
  career_services: Program['career_services'];
  tuition_in_state_usd: number | null;
  tuition_out_of_state_usd: number | null;
  credit_hours: number | null;
  duration_months: number | null;
  program_url: string | null;
  outcomes_url: string | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  description: string | null;
  source: Program['source'];
  version: number;
  updated_at: string;
  institution_id: string;
  institution_slug: string;
  institution_name: string;
  institution_campus: string | null;
  institution_city: string;
  institution_state: Program['institution']['state'];
  institution_zip: string | null;
  institution_latitude: number | null;
  institution_longitude: number | null;
  institution_website: string | null;
  institution_ipeds_unitid: number | null;
  institution_control: Program['institution']['control'];
  institution_version: number;
  outcomes: Program['outcomes'];
}

export function toProgram(row: ProgramRow): Program {
  const hasLocation = row.institution_latitude !== null && row.institution_longitude !== null;
  return {
    id: row.id,
    slug: row.slug,
    cahiim_epc: row.cahiim_epc,
    name: row.name,
    credential: row.credential,
    degree_level: row.degree_level,
    discipline: row.discipline,
    cip_code: row.cip_code,
    delivery_mode: row.delivery_mode,
    institution: {
      id: row.institution_id,
      slug: row.institution_slug,
      name: row.institution_name,
      campus: row.institution_campus,
      city: row.institution_city,
      state: row.institution_state,
      zip: row.institution_zip,
      location: hasLocation
        ? { lat: row.institution_latitude as number, lon: row.institution_longitude as number }
        : null,
      website: row.institution_website,
      ipeds_unitid: row.institution_ipeds_unitid,
      control: row.institution_control,
    },
    accreditation: {
      status: row.accreditation_status,
      status_label: statusLabel(row.accreditation_status),
      status_since: row.status_since,
      initial_accreditation_date: row.initial_accreditation_date,
      next_review_year: row.next_review_year,
    },
    internship: {
      required: row.internship_required,
      min_hours: row.internship_min_hours,
      formats: row.internship_formats,
      placement_assistance: row.placement_assistance,
    },
    career_services: row.career_services,
    outcomes: row.outcomes,
    tuition: { in_state_usd: row.tuition_in_state_usd, out_of_state_usd: row.tuition_out_of_state_usd },
    credit_hours: row.credit_hours,
    duration_months: row.duration_months,
    urls: { program: row.program_url, outcomes: row.outcomes_url },
    contact: { name: row.contact_name, email: row.contact_email, phone: row.contact_phone },
    description: row.description,
    source: row.source,
    updated_at: row.updated_at,
  };
}

/** The program's own version for ETag/If-Match: it changes when the program or its institution changes. */
export const programVersionTag = (row: Pick<ProgramRow, 'id' | 'version' | 'institution_version'>) =>
  `${row.id}.${row.version}.${row.institution_version}`;

/** The programs with these ids as rows, in any order: what documents are rendered from. */
export async function programRowsByIds(db: Db, ids: readonly string[]): Promise<ProgramRow[]> {
  if (ids.length === 0) return [];
  return queryRows<ProgramRow>(
    db,
    sql`SELECT ${programColumns} FROM ${programFrom}
        WHERE p.id IN (SELECT (jsonb_array_elements_text(${asJson(ids)}))::uuid)`,
  );
}
