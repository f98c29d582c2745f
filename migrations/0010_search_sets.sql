-- Match sets: for every search key (a word of a search document, an exact name, a name length, a
-- facet value) the set of programs that have it, as a bitmap over small program numbers (ordinals).
-- Counting the programs that match a query and its filters is then an AND of a few bitmaps and a
-- bit count, whatever the number of matches. The sets follow program_search through triggers and are
-- brought up to date when the writing transaction commits, inside it: a reader sees them exactly as
-- consistent with the data as the rest of the database.
--
-- Keys:  all                     every program
--        d:<lexeme>              the word is in the whole document (english stem, as to_tsvector makes it)
--        h:<lexeme>              ... in the program name, credential, institution, campus, city or state
--        n:<lexeme>              ... in the program name or credential
--        x:<name words>          the name's distinct words, sorted (program_search.name_words)
--        l:<length>              the length of name_words, five digits: relevance pages are read shortest name first
--        <facet>:<code>          a facet's stored code (src/domain/facets.ts); for a bit-set facet, one key per bit
ALTER TABLE program_search ADD COLUMN ordinal integer;
--> statement-breakpoint
ALTER TABLE program_search ADD COLUMN name_length smallint GENERATED ALWAYS AS (length(name_words)) STORED;
--> statement-breakpoint
UPDATE program_search s SET ordinal = o.ordinal
  FROM (SELECT program_id, (row_number() OVER (ORDER BY program_id) - 1)::integer AS ordinal FROM program_search) o
 WHERE o.program_id = s.program_id;
--> statement-breakpoint
ALTER TABLE program_search ALTER COLUMN ordinal SET NOT NULL;
--> statement-breakpoint
CREATE UNIQUE INDEX program_search_ordinal_idx ON program_search (ordinal);
--> statement-breakpoint
-- A relevance tier is read in (name length, id) order, testing each program's bit: from this index
-- alone (an index-only scan), skipping the lengths in which the tier has no program.
CREATE INDEX program_search_relevance_walk_idx ON program_search (name_length, program_id) INCLUDE (ordinal);
--> statement-breakpoint
CREATE TABLE search_sets (
  key text COLLATE "C" PRIMARY KEY,
  bits bit varying NOT NULL
);
--> statement-breakpoint
-- The programs whose keys a transaction changed, with their keys before it: applied at its commit.
CREATE TABLE search_set_changes (
  ordinal integer PRIMARY KEY,
  old_keys text[] NOT NULL
);
--> statement-breakpoint
CREATE FUNCTION program_search_keys(s program_search) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY['all', 'x:' || s.name_words, 'l:' || lpad(s.name_length::text, 5, '0'),
      'degree_level:' || s.degree_code, 'discipline:' || s.discipline_code, 'delivery_mode:' || s.delivery_code,
      'accreditation_status:' || s.status_code, 'state:' || s.state_code,
      'placement_assistance:' || s.placement_code]
    || ARRAY(SELECT 'internship_format:' || b FROM generate_series(0, 14) b WHERE s.format_bits & (1 << b) <> 0)
    || ARRAY(SELECT 'career_services:' || b FROM generate_series(0, 14) b WHERE s.career_bits & (1 << b) <> 0)
    || ARRAY(SELECT 'n:' || l FROM unnest(tsvector_to_array(s.name_document)) l)
    || ARRAY(SELECT 'h:' || l FROM unnest(tsvector_to_array(s.head_document)) l)
    || ARRAY(SELECT 'd:' || l FROM unnest(tsvector_to_array(s.document)) l)
$$;
--> statement-breakpoint
-- Ordinals are dense: a new program takes the next one after the highest, under a lock held to the end
-- of its transaction, so two writers never take the same one and a rolled-back import leaves no gap.
CREATE OR REPLACE FUNCTION refresh_program_search(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  SELECT pg_advisory_xact_lock(727274003)
   WHERE EXISTS (SELECT 1 FROM unnest(ids) AS n(id)
                  WHERE NOT EXISTS (SELECT 1 FROM program_search s WHERE s.program_id = n.id));

  INSERT INTO program_search AS s (
    program_id, ordinal, accreditation_status, degree_level, discipline, delivery_mode, state, latitude, longitude,
    internship_formats, placement_assistance, career_services, tuition_in_state_usd, graduation_rate,
    employment_rate, pass_rate, next_review_year, updated_at, name_key, name_words,
    name_document, head_document, document, status_code, degree_code, discipline_code, delivery_code,
    placement_code, state_code, format_bits, career_bits)
  SELECT p.id,
    coalesce(e.ordinal, (SELECT coalesce(max(ordinal), -1) FROM program_search)
                        + (row_number() OVER (PARTITION BY e.ordinal IS NULL ORDER BY p.id))::integer),
    p.accreditation_status, p.degree_level, p.discipline, p.delivery_mode, i.state, i.latitude,
    i.longitude, p.internship_formats, p.placement_assistance, p.career_services, p.tuition_in_state_usd,
    p.graduation_rate, p.employment_rate, p.pass_rate, p.next_review_year, p.updated_at, lower(p.name),
    array_to_string(tsvector_to_array(to_tsvector('simple', p.name)), ' '),
    d.name_document, d.head_document,
    d.head_document || strip(to_tsvector('english', coalesce(p.description, ''))),
    -- Facet codes: positions in these lists, the lists of src/domain/facets.ts in the same order
    -- (a test compares them; a value added to a vocabulary needs a migration that redefines this function).
    array_position(ARRAY['candidacy', 'accredited', 'probation', 'administrative_probation', 'withheld',
      'withdrawn', 'voluntary_withdrawal', 'inactive'], p.accreditation_status) - 1,
    array_position(ARRAY['associate', 'baccalaureate', 'master', 'certificate'], p.degree_level) - 1,
    array_position(ARRAY['health_information_management', 'health_informatics', 'digital_health'], p.discipline) - 1,
    coalesce(array_position(ARRAY['campus', 'online', 'hybrid'], p.delivery_mode) - 1, 3),
    CASE p.placement_assistance WHEN false THEN 0 WHEN true THEN 1 ELSE 2 END,
    (ascii(i.state) - 65) * 26 + ascii(substr(i.state, 2)) - 65,
    (SELECT coalesce(bit_or(1 << (array_position(ARRAY['onsite', 'virtual', 'hybrid'], internship_format) - 1)), 0)
       FROM unnest(p.internship_formats) AS internship_format),
    (SELECT coalesce(bit_or(1 << (array_position(ARRAY['job_placement', 'internship_placement', 'resume_review',
       'mock_interviews', 'employer_partnerships', 'alumni_network', 'mentoring', 'networking_events', 'exam_prep'],
       career_services) - 1)), 0)
       FROM unnest(p.career_services) AS career_services)
  FROM programs p
  JOIN institutions i ON i.id = p.institution_id
  LEFT JOIN program_search e ON e.program_id = p.id
  -- The degree level is searchable with the name: "associate" or "master" finds programs whatever their credential.
  CROSS JOIN LATERAL (SELECT strip(to_tsvector('english', concat_ws(' ', p.name, p.credential, p.degree_level)))
                        AS name_document) n
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
    concat_ws(' ', p.name, p.credential, p.degree_level, p.institution_text, p.description)))) AS w(word)
  WHERE p.id = ANY (ids) AND length(w.word) BETWEEN 2 AND 40 AND w.word !~ '[[:digit:][:punct:]]'
  ORDER BY w.word
  ON CONFLICT (word) DO NOTHING;
$$;
--> statement-breakpoint
-- The programs already there get the new search rows (the degree level in the name document) before
-- the triggers below watch them; a large table can take longer than the pool's statement timeout.
SET LOCAL statement_timeout = 0;
--> statement-breakpoint
SELECT refresh_program_search(ARRAY(SELECT id FROM programs));
--> statement-breakpoint
-- Notes each program whose keys a statement changed, with its keys before the transaction touched it.
CREATE FUNCTION program_search_note_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO search_set_changes (ordinal, old_keys)
    SELECT n.ordinal, '{}' FROM new_rows n ORDER BY n.ordinal ON CONFLICT (ordinal) DO NOTHING;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO search_set_changes (ordinal, old_keys)
    SELECT o.ordinal, o.keys
      FROM (SELECT ordinal, program_id, program_search_keys(o) AS keys FROM old_rows o) o
      JOIN new_rows n ON n.program_id = o.program_id
     WHERE o.keys IS DISTINCT FROM program_search_keys(n)
     ORDER BY o.ordinal
    ON CONFLICT (ordinal) DO NOTHING;
  ELSE
    INSERT INTO search_set_changes (ordinal, old_keys)
    SELECT o.ordinal, program_search_keys(o) FROM old_rows o ORDER BY o.ordinal ON CONFLICT (ordinal) DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER search_sets_after_insert AFTER INSERT ON program_search REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION program_search_note_changes();
--> statement-breakpoint
CREATE TRIGGER search_sets_after_update AFTER UPDATE ON program_search
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION program_search_note_changes();
--> statement-breakpoint
CREATE TRIGGER search_sets_after_delete AFTER DELETE ON program_search REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION program_search_note_changes();
--> statement-breakpoint
-- The positions of the set bits: the set written as text and cut at its ones, each piece the zeros
-- before a one. One pass in C over the set, however many bits are set.
CREATE FUNCTION search_set_positions(bits bit varying) RETURNS SETOF integer LANGUAGE sql IMMUTABLE AS $$
  SELECT (sum(length(u.zeros) + 1) OVER (ORDER BY u.n))::integer - 1
    FROM unnest(string_to_array(bits::text, '1')) WITH ORDINALITY AS u(zeros, n)
   LIMIT bit_count(bits)
$$;
--> statement-breakpoint
-- Sets or clears bits one by one: what a set that changes in a few programs needs, rather than a mask
-- as long as the set. The first call starts from `base`, the set as it is.
CREATE FUNCTION search_set_bit(state bit varying, base bit varying, ordinal integer, value integer)
  RETURNS bit varying LANGUAGE sql IMMUTABLE AS $$ SELECT set_bit(coalesce(state, base), ordinal, value) $$;
--> statement-breakpoint
CREATE AGGREGATE search_set_bits(bit varying, integer, integer) (sfunc = search_set_bit, stype = bit varying);
--> statement-breakpoint
-- Applies the noted changes to the match sets. Each set is rewritten once for many programs: at
-- commit, and during a large import whenever 16,384 programs are waiting, so that no statement (the
-- commit included) carries the work of a whole catalogue.
CREATE FUNCTION apply_search_set_changes() RETURNS void LANGUAGE plpgsql
  SET work_mem = '256MB' SET hash_mem_multiplier = 4 AS $$
DECLARE
  capacity integer;
  needed integer;
  zero bit varying;
BEGIN
  -- One writer at a time updates the sets, so two commits never lock the same sets in opposite orders.
  PERFORM pg_advisory_xact_lock(727274004);
  SELECT length(bits) INTO capacity FROM search_sets WHERE key = 'all';
  SELECT greatest(coalesce(capacity, 0), (SELECT coalesce(max(ordinal), 0) + 1 FROM program_search)) INTO needed;
  IF capacity IS NULL OR needed > capacity THEN
    -- Every set has the same length: a power of two, at least 8,192 programs, grown by doubling.
    needed := greatest(8192, (2 ^ ceil(log(2, needed::numeric)))::integer);
    IF capacity IS NOT NULL THEN
      UPDATE search_sets SET bits = bits || repeat('0', needed - capacity)::bit varying;
    END IF;
    capacity := needed;
  END IF;
  zero := repeat('0', capacity)::bit varying;

  WITH delta AS MATERIALIZED (
         -- A new program: all its keys are added.
         SELECT k.key, c.ordinal, true AS adds
           FROM search_set_changes c JOIN program_search s ON s.ordinal = c.ordinal
          CROSS JOIN LATERAL unnest(program_search_keys(s)) k(key)
          WHERE c.old_keys = '{}'
         UNION ALL
         -- A changed or deleted one: the keys it gained are added, those it lost removed.
         SELECT k.key, c.ordinal, k.adds
           FROM search_set_changes c LEFT JOIN program_search s ON s.ordinal = c.ordinal
          CROSS JOIN LATERAL (
                SELECT CASE WHEN s.program_id IS NULL THEN '{}' ELSE program_search_keys(s) END AS keys) n
          CROSS JOIN LATERAL (
                SELECT a.key, true FROM (SELECT unnest(n.keys) EXCEPT SELECT unnest(c.old_keys)) a(key)
                UNION ALL
                SELECT r.key, false FROM (SELECT unnest(c.old_keys) EXCEPT SELECT unnest(n.keys)) r(key)) k(key, adds)
          WHERE c.old_keys <> '{}'),
       sizes AS (SELECT key, count(*) AS n FROM delta GROUP BY key),
       -- A set that changes in a few programs: its bits set or cleared one by one.
       few AS (
         SELECT d.key, search_set_bits(coalesce(s.bits, zero), d.ordinal, d.adds::integer ORDER BY d.ordinal) AS bits,
                s.key IS NOT NULL AS stored
           FROM delta d JOIN sizes z ON z.key = d.key AND z.n <= 64
           LEFT JOIN search_sets s ON s.key = d.key
          GROUP BY d.key, s.key),
       -- In many: the change as a mask, 64-bit words written in hexadecimal, the gaps between them as zeros.
       words AS MATERIALIZED (
         SELECT d.key, d.adds, d.ordinal >> 6 AS word, bit_or(1::bigint << (63 - (d.ordinal & 63))) AS value
           FROM delta d JOIN sizes z ON z.key = d.key AND z.n > 64
          GROUP BY d.key, d.adds, d.ordinal >> 6),
       gaps AS (
         SELECT key, adds, word, value, word - lag(word, 1, -1) OVER (PARTITION BY key, adds ORDER BY word) - 1 AS gap
           FROM words),
       masks AS (
         SELECT key,
                ('x' || string_agg(repeat('0', 16 * gap::integer) || lpad(to_hex(value), 16, '0'), '' ORDER BY word)
                     || repeat('0', capacity / 4 - 16 * (max(word)::integer + 1)))::bit varying AS mask, adds
           FROM gaps GROUP BY key, adds),
       many AS (
         SELECT m.key, (coalesce(s.bits, zero) | coalesce(m.plus, zero)) & ~coalesce(m.minus, zero) AS bits,
                s.key IS NOT NULL AS stored
           FROM (SELECT key, bit_or(mask) FILTER (WHERE adds) AS plus, bit_or(mask) FILTER (WHERE NOT adds) AS minus
                   FROM masks GROUP BY key) m
           LEFT JOIN search_sets s ON s.key = m.key),
       changed AS (SELECT * FROM few UNION ALL SELECT * FROM many),
       updated AS (
         UPDATE search_sets s SET bits = c.bits FROM changed c WHERE c.stored AND s.key = c.key)
  INSERT INTO search_sets (key, bits) SELECT c.key, c.bits FROM changed c WHERE NOT c.stored;

  -- A key no program has any more goes (a word that left the data), the empty catalogue's `all` too.
  DELETE FROM search_sets s
   WHERE s.key IN (SELECT DISTINCT unnest(c.old_keys) FROM search_set_changes c) AND bit_count(s.bits) = 0;
  DELETE FROM search_set_changes;
END
$$;
--> statement-breakpoint
-- At commit: every noted row fires this; the first applies them all, the others find their row gone.
CREATE FUNCTION search_sets_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM search_set_changes WHERE ordinal = NEW.ordinal) THEN
    PERFORM apply_search_set_changes();
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER search_sets_at_commit AFTER INSERT ON search_set_changes
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION search_sets_at_commit();
--> statement-breakpoint
CREATE FUNCTION search_sets_when_many() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT count(*) FROM search_set_changes) >= 16384 THEN
    PERFORM apply_search_set_changes();
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER search_sets_when_many AFTER INSERT ON search_set_changes
  FOR EACH STATEMENT EXECUTE FUNCTION search_sets_when_many();
--> statement-breakpoint
-- The sets of the programs already there, built when this migration commits.
INSERT INTO search_set_changes (ordinal, old_keys) SELECT ordinal, '{}' FROM program_search ORDER BY ordinal;
