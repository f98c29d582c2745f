-- program_search, program_names and search_words follow programs and institutions through triggers, so every
-- write path (imports, the admin API, SQL run by hand) keeps search in step without knowing it.
-- Statement-level triggers with transition tables: an import of 500 rows costs one refresh.
CREATE FUNCTION refresh_program_search(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO program_search AS s (
    program_id, accreditation_status, degree_level, discipline, delivery_mode, state, latitude, longitude,
    internship_formats, placement_assistance, career_services, tuition_in_state_usd, graduation_rate,
    employment_rate, pass_rate, next_review_year, updated_at, name_key, name_words,
    name_document, head_document, document, status_code, degree_code, discipline_code, delivery_code,
    placement_code, state_code, format_bits, career_bits)
  SELECT p.id, p.accreditation_status, p.degree_level, p.discipline, p.delivery_mode, i.state, i.latitude,
    i.longitude, p.internship_formats, p.placement_assistance, p.career_services, p.tuition_in_state_usd,
    p.graduation_rate, p.employment_rate, p.pass_rate, p.next_review_year, p.updated_at, lower(p.name),
    array_to_string(tsvector_to_array(to_tsvector('simple', p.name)), ' '),
    d.name_document, d.head_document,
    d.head_document || strip(to_tsvector('english', coalesce(p.description, ''))),
    -- Facet codes: positions in these lists, which src/queries/program-facets.ts decodes with the
    -- same lists (a vocabulary value added there needs a migration that redefines this function).
    array_position(ARRAY['candidacy', 'accredited', 'probation', 'administrative_probation', 'withheld',
      'withdrawn', 'voluntary_withdrawal', 'inactive'], p.accreditation_status) - 1,
    array_position(ARRAY['associate', 'baccalaureate', 'master', 'certificate'], p.degree_level) - 1,
    array_position(ARRAY['health_information_management', 'health_informatics', 'digital_health'], p.discipline) - 1,
    coalesce(array_position(ARRAY['campus', 'online', 'hybrid'], p.delivery_mode) - 1, 3),
    CASE p.placement_assistance WHEN false THEN 0 WHEN true THEN 1 ELSE 2 END,
    (ascii(i.state) - 65) * 26 + ascii(substr(i.state, 2)) - 65,
    (SELECT coalesce(bit_or(1 << (array_position(ARRAY['onsite', 'virtual', 'hybrid'], f) - 1)), 0)
       FROM unnest(p.internship_formats) AS f),
    (SELECT coalesce(bit_or(1 << (array_position(ARRAY['job_placement', 'internship_placement', 'resume_review',
       'mock_interviews', 'employer_partnerships', 'alumni_network', 'mentoring', 'networking_events', 'exam_prep'],
       c) - 1)), 0)
       FROM unnest(p.career_services) AS c)
  FROM programs p
  JOIN institutions i ON i.id = p.institution_id
  CROSS JOIN LATERAL (SELECT strip(to_tsvector('english', concat_ws(' ', p.name, p.credential))) AS name_document) n
  CROSS JOIN LATERAL (SELECT n.name_document,
    n.name_document || strip(to_tsvector('english', p.institution_text)) AS head_document) d
  WHERE p.id = ANY (ids)
  ORDER BY p.id
  ON CONFLICT (program_id) DO UPDATE SET
    accreditation_status = excluded.accreditation_status, degree_level = excluded.degree_level,
    discipline = excluded.discipline, delivery_mode = excluded.delivery_mode, state = excluded.state,
    latitude = excluded.latitude, longitude = excluded.longitude, internship_formats = excluded.internship_formats,
    placement_assistance = excluded.placement_assistance, career_services = excluded.career_services,
    tuition_in_state_usd = excluded.tuition_in_state_usd, graduation_rate = excluded.graduation_rate,
    employment_rate = excluded.employment_rate, pass_rate = excluded.pass_rate,
    next_review_year = excluded.next_review_year, updated_at = excluded.updated_at, name_key = excluded.name_key,
    name_words = excluded.name_words, name_document = excluded.name_document,
    head_document = excluded.head_document, document = excluded.document, status_code = excluded.status_code,
    degree_code = excluded.degree_code, discipline_code = excluded.discipline_code,
    delivery_code = excluded.delivery_code, placement_code = excluded.placement_code,
    state_code = excluded.state_code, format_bits = excluded.format_bits, career_bits = excluded.career_bits;

  INSERT INTO program_names (name_key, name)
  SELECT DISTINCT ON (lower(p.name)) lower(p.name), p.name
  FROM programs p
  WHERE p.id = ANY (ids)
  ORDER BY lower(p.name), p.name
  ON CONFLICT (name_key) DO NOTHING;

  -- Letters only: numbers, e-mail addresses and URLs are not words anyone misspells.
  INSERT INTO search_words (word)
  SELECT DISTINCT w.word
  FROM programs p
  CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector('simple',
    concat_ws(' ', p.name, p.credential, p.institution_text, p.description)))) AS w(word)
  WHERE p.id = ANY (ids) AND length(w.word) BETWEEN 2 AND 40 AND w.word !~ '[[:digit:][:punct:]]'
  ORDER BY w.word
  ON CONFLICT (word) DO NOTHING;
$$;
--> statement-breakpoint
CREATE FUNCTION program_search_programs_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_program_search(ARRAY(SELECT id FROM changed));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER program_search_after_insert AFTER INSERT ON programs REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION program_search_programs_changed();
--> statement-breakpoint
CREATE TRIGGER program_search_after_update AFTER UPDATE ON programs REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION program_search_programs_changed();
--> statement-breakpoint
-- An institution's place is copied to its programs' rows; its searchable text reaches them through
-- programs.institution_text, which the write path updates (and so fires the trigger above).
CREATE FUNCTION program_search_institutions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE program_search s SET state = i.state, latitude = i.latitude, longitude = i.longitude,
    state_code = (ascii(i.state) - 65) * 26 + ascii(substr(i.state, 2)) - 65
  FROM changed i
  JOIN programs p ON p.institution_id = i.id
  WHERE s.program_id = p.id
    AND (s.state, s.latitude, s.longitude) IS DISTINCT FROM (i.state, i.latitude, i.longitude);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER program_search_after_institution_update AFTER UPDATE ON institutions REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION program_search_institutions_changed();
--> statement-breakpoint
-- Fill it for the programs already there; a large table can take longer than the pool's statement timeout.
SET LOCAL statement_timeout = 0;
--> statement-breakpoint
SELECT refresh_program_search(ARRAY(SELECT id FROM programs));
