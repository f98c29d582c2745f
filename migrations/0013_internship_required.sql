ALTER TABLE "program_search" ADD COLUMN "required_code" smallint DEFAULT 2 NOT NULL;--> statement-breakpoint
-- What a search row takes from its program beyond refresh_program_search's columns, on every write of
-- the row: its occupations (0012) and whether it requires an internship, as a facet code.
CREATE FUNCTION program_search_derived() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.occupation_codes := program_occupation_codes(NEW.program_id);
  NEW.required_code := (SELECT CASE p.internship_required WHEN false THEN 0 WHEN true THEN 1 ELSE 2 END
                          FROM programs p WHERE p.id = NEW.program_id);
  RETURN NEW;
END
$$;
--> statement-breakpoint
DROP TRIGGER program_search_occupations ON program_search;
--> statement-breakpoint
DROP FUNCTION program_search_occupations();
--> statement-breakpoint
CREATE TRIGGER program_search_derived BEFORE INSERT OR UPDATE ON program_search
  FOR EACH ROW EXECUTE FUNCTION program_search_derived();
--> statement-breakpoint
-- The keys of 0012 plus the internship_required facet: `internship_required:<code>`.
CREATE OR REPLACE FUNCTION program_search_keys(s program_search) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY['all', 'x:' || s.name_words, 'l:' || lpad(s.name_length::text, 5, '0'),
      'degree_level:' || s.degree_code, 'discipline:' || s.discipline_code, 'delivery_mode:' || s.delivery_code,
      'accreditation_status:' || s.status_code, 'state:' || s.state_code,
      'placement_assistance:' || s.placement_code, 'internship_required:' || s.required_code]
    || ARRAY(SELECT 'internship_format:' || b FROM generate_series(0, 14) b WHERE s.format_bits & (1 << b) <> 0)
    || ARRAY(SELECT 'career_services:' || b FROM generate_series(0, 14) b WHERE s.career_bits & (1 << b) <> 0)
    || ARRAY(SELECT 'occupation:' || o FROM unnest(s.occupation_codes) o)
    || ARRAY(SELECT 'n:' || l FROM unnest(tsvector_to_array(s.name_document)) l)
    || ARRAY(SELECT 'h:' || l FROM unnest(tsvector_to_array(s.head_document)) l)
    || ARRAY(SELECT 'd:' || l FROM unnest(tsvector_to_array(s.document)) l)
$$;
--> statement-breakpoint
-- The programs already there: their codes (the trigger sets them on this update), then their keys
-- added to the match sets as a new program's are (bits already set stay set), at this commit.
UPDATE program_search SET required_code = required_code;
--> statement-breakpoint
UPDATE search_set_changes SET old_keys = '{}';
--> statement-breakpoint
INSERT INTO search_set_changes (ordinal, old_keys)
SELECT ordinal, '{}' FROM program_search ORDER BY ordinal ON CONFLICT (ordinal) DO NOTHING;
