CREATE TABLE "occupations" (
	"soc_code" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"median_annual_wage_usd" integer,
	"wage_p10_usd" integer,
	"wage_p90_usd" integer,
	"employment" integer,
	"wage_reference" text,
	"wage_source_url" text,
	"projected_growth_pct" double precision,
	"projection_period" text,
	"projection_source_url" text,
	"entry_education" text,
	"entry_education_source_url" text,
	"cip_codes" text[] NOT NULL,
	"degree_levels" text[] NOT NULL,
	"crosswalk_source_url" text,
	CONSTRAINT "occupations_soc_code_check" CHECK ("occupations"."soc_code" ~ '^[0-9]{2}-[0-9]{4}$'),
	CONSTRAINT "occupations_degree_levels_check" CHECK ("occupations"."degree_levels" <@ ARRAY['associate', 'baccalaureate', 'master', 'certificate']::text[]),
	CONSTRAINT "occupations_growth_check" CHECK ("occupations"."projected_growth_pct" BETWEEN -100 AND 1000)
);
--> statement-breakpoint
ALTER TABLE "changes" DROP CONSTRAINT "changes_subject_check";--> statement-breakpoint
ALTER TABLE "changes" ADD COLUMN "soc_code" text;--> statement-breakpoint
ALTER TABLE "program_search" ADD COLUMN "occupation_codes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "changes" ADD CONSTRAINT "changes_subject_check" CHECK (num_nonnulls("changes"."program_id", "changes"."institution_id", "changes"."soc_code") = 1);--> statement-breakpoint
-- The occupations a program leads to: those whose crosswalk names its CIP code and its degree level.
CREATE FUNCTION program_occupation_codes(program uuid) RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(o.soc_code ORDER BY o.soc_code), '{}')
    FROM programs p
    JOIN occupations o ON p.cip_code = ANY (o.cip_codes) AND p.degree_level = ANY (o.degree_levels)
   WHERE p.id = program
$$;
--> statement-breakpoint
-- Every write of a search row (refresh_program_search, on any change of a program or its institution)
-- takes the program's occupations as they are; a change of the occupations themselves rewrites the
-- rows whose occupations it changed (src/queries/occupations.ts).
CREATE FUNCTION program_search_occupations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.occupation_codes := program_occupation_codes(NEW.program_id);
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER program_search_occupations BEFORE INSERT OR UPDATE ON program_search
  FOR EACH ROW EXECUTE FUNCTION program_search_occupations();
--> statement-breakpoint
-- The keys of 0010_search_sets.sql plus one per occupation: `occupation:<soc code>`.
CREATE OR REPLACE FUNCTION program_search_keys(s program_search) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY['all', 'x:' || s.name_words, 'l:' || lpad(s.name_length::text, 5, '0'),
      'degree_level:' || s.degree_code, 'discipline:' || s.discipline_code, 'delivery_mode:' || s.delivery_code,
      'accreditation_status:' || s.status_code, 'state:' || s.state_code,
      'placement_assistance:' || s.placement_code]
    || ARRAY(SELECT 'internship_format:' || b FROM generate_series(0, 14) b WHERE s.format_bits & (1 << b) <> 0)
    || ARRAY(SELECT 'career_services:' || b FROM generate_series(0, 14) b WHERE s.career_bits & (1 << b) <> 0)
    || ARRAY(SELECT 'occupation:' || o FROM unnest(s.occupation_codes) o)
    || ARRAY(SELECT 'n:' || l FROM unnest(tsvector_to_array(s.name_document)) l)
    || ARRAY(SELECT 'h:' || l FROM unnest(tsvector_to_array(s.head_document)) l)
    || ARRAY(SELECT 'd:' || l FROM unnest(tsvector_to_array(s.document)) l)
$$;
