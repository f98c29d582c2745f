import { careerServices, internshipFormats, type UsState } from '../domain/vocabularies.js';
import type { ImportRecord } from '../queries/program-writes.js';
import { type ImportRow, importColumns, rateColumns, roundTo } from '../schemas/import-row.js';

/**
 * Programs as import rows: one mapping for the CSV export and for an import's "unchanged" test,
 * so that an export always imports back unchanged.
 */

function canonical<const V extends string>(items: readonly string[], order: readonly V[]): V[] {
  return order.filter((value) => items.includes(value));
}

/**
 * A program as an import row: what the CSV export writes and what an import compares a row with.
 * Outcomes are those of `outcomesYear`, or of the latest cohort when it is not given.
 */
export function programToImportRow(record: ImportRecord, outcomesYear?: number | null): ImportRow {
  const years = record.outcomes.map((outcome) => outcome.cohort_year);
  const year = outcomesYear ?? (years.length > 0 ? Math.max(...years) : null);
  const at = (metric: string) =>
    record.outcomes.find((outcome) => outcome.metric === metric && outcome.cohort_year === year);
  const rate = (metric: string) => {
    const value = at(metric)?.value;
    return value === undefined ? null : roundTo(value, 2);
  };
  return {
    cahiim_epc: record.cahiim_epc,
    institution_name: record.institution_name,
    campus: record.campus,
    city: record.city,
    state: record.state as UsState,
    zip: record.zip,
    lat: record.lat,
    lon: record.lon,
    institution_website: record.institution_website,
    ipeds_unitid: record.ipeds_unitid,
    control: record.control as ImportRow['control'],
    program_name: record.program_name,
    credential: record.credential,
    degree_level: record.degree_level as ImportRow['degree_level'],
    discipline: record.discipline as ImportRow['discipline'],
    cip_code: record.cip_code,
    delivery_mode: record.delivery_mode as ImportRow['delivery_mode'],
    accreditation_status: record.accreditation_status as ImportRow['accreditation_status'],
    status_since: record.status_since,
    initial_accreditation_date: record.initial_accreditation_date,
    next_review_year: record.next_review_year,
    internship_required: record.internship_required,
    internship_min_hours: record.internship_min_hours,
    internship_formats: canonical(record.internship_formats, internshipFormats.values),
    placement_assistance: record.placement_assistance,
    career_services: canonical(record.career_services, careerServices.values),
    graduation_rate: rate(rateColumns.graduation_rate),
    employment_rate: rate(rateColumns.employment_rate),
    retention_rate: rate(rateColumns.retention_rate),
    pass_rate: rate(rateColumns.pass_rate),
    pass_rate_exam: (at(rateColumns.pass_rate)?.exam ?? null) as ImportRow['pass_rate_exam'],
    outcomes_year: year,
    tuition_in_state_usd: record.tuition_in_state_usd,
    tuition_out_of_state_usd: record.tuition_out_of_state_usd,
    credit_hours: record.credit_hours,
    duration_months: record.duration_months,
    program_url: record.program_url,
    outcomes_url: record.outcomes_url,
    contact_name: record.contact_name,
    contact_email: record.contact_email,
    contact_phone: record.contact_phone,
    description: record.description,
  };
}

export function sameImportRow(a: ImportRow, b: ImportRow): boolean {
  return importColumns.every((column) => {
    const x = a[column];
    const y = b[column];
    if (Array.isArray(x) && Array.isArray(y))
      return x.length === y.length && x.every((item, index) => item === y[index]);
    return x === y;
  });
}
