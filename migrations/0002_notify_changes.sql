-- The data version is the newest changes.seq; every write records a change in its own transaction.
-- Writers commit their changes in seq order: a transaction that records a change waits here until the
-- previous one that did has committed (the lock is held to the end of the transaction). So whoever sees
-- seq N has also seen every change below N, the newest seq grows with every commit that changes data,
-- and the change feed never hands out a seq before a smaller one is visible.
CREATE FUNCTION changes_in_commit_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(727274003);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER changes_in_commit_order BEFORE INSERT ON changes
  FOR EACH STATEMENT EXECUTE FUNCTION changes_in_commit_order();
--> statement-breakpoint
-- Every instance LISTENs on data_version; PostgreSQL delivers the notification when (and only if) the
-- writing transaction commits, so instances drop what they cached before the change.
CREATE FUNCTION changes_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  newest bigint;
BEGIN
  SELECT max(seq) INTO newest FROM inserted;
  IF newest IS NOT NULL THEN
    PERFORM pg_notify('data_version', newest::text);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER changes_notify AFTER INSERT ON changes REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION changes_notify();
