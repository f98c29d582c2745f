-- pg_trgm powers typo-tolerant search (similarity, % and GIN trigram indexes).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
