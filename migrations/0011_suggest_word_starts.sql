-- Type-ahead matches an institution or city by any word, not only its first ("health in" finds
-- "Savock Institute of Health Informatics"). Each name is kept from each of its words on, lower case:
-- a word that starts with what was typed is then a range of one btree, where a trigram index must
-- recheck thousands of names that merely share letters with it. Kept by a trigger on institutions.
CREATE TABLE institution_word_starts (
  field text NOT NULL,
  rest text COLLATE "C" NOT NULL,
  institution_id uuid NOT NULL REFERENCES institutions (id) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE INDEX institution_word_starts_rest_idx ON institution_word_starts (field, rest);
--> statement-breakpoint
CREATE INDEX institution_word_starts_institution_idx ON institution_word_starts (institution_id);
--> statement-breakpoint
-- From the second word on (the first is the whole name, which its own prefix index already serves).
CREATE FUNCTION word_starts(name text) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
  SELECT array_to_string(w.words[k:], ' ')
    FROM (SELECT string_to_array(lower(name), ' ') AS words) w
   CROSS JOIN LATERAL generate_subscripts(w.words, 1) k
   WHERE k > 1 AND w.words[k] <> ''
$$;
--> statement-breakpoint
CREATE FUNCTION note_institution_word_starts(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM institution_word_starts WHERE institution_id = ANY (ids);
  INSERT INTO institution_word_starts (field, rest, institution_id)
  SELECT 'name', r, i.id FROM institutions i CROSS JOIN LATERAL word_starts(i.name) r WHERE i.id = ANY (ids)
  UNION ALL
  SELECT 'city', r, i.id FROM institutions i CROSS JOIN LATERAL word_starts(i.city) r WHERE i.id = ANY (ids);
$$;
--> statement-breakpoint
CREATE FUNCTION institution_word_starts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM note_institution_word_starts(ARRAY(SELECT id FROM new_rows));
  ELSE
    PERFORM note_institution_word_starts(ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
                                               WHERE (n.name, n.city) IS DISTINCT FROM (o.name, o.city)));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER institution_word_starts_after_insert AFTER INSERT ON institutions REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION institution_word_starts_changed();
--> statement-breakpoint
CREATE TRIGGER institution_word_starts_after_update AFTER UPDATE ON institutions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION institution_word_starts_changed();
--> statement-breakpoint
SET LOCAL statement_timeout = 0;
--> statement-breakpoint
SELECT note_institution_word_starts(ARRAY(SELECT id FROM institutions));
