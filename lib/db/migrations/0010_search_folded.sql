-- Search that finds what a person types: case and accents folded ("lampara" finds "lámpara"),
-- and matches inside words through trigram indexes. Both extensions ship with Postgres and
-- with PGlite (loaded in lib/db/handle.ts).
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
-- unaccent() is only stable (its dictionary could change), so an index needs this immutable
-- wrapper naming the dictionary explicitly.
CREATE OR REPLACE FUNCTION inbox_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "messages_text_folded_trgm" ON "messages" USING gin (inbox_fold("text") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "conversations_destination_folded_trgm" ON "conversations" USING gin (inbox_fold("destination") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "conversations_destination_digits_trgm" ON "conversations" USING gin ((regexp_replace("destination", '[^0-9]', '', 'g')) gin_trgm_ops);
