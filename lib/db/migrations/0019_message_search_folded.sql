ALTER TABLE "messages" ADD COLUMN "text_folded" text GENERATED ALWAYS AS (inbox_fold("text")) STORED;--> statement-breakpoint
CREATE INDEX "messages_folded_trgm" ON "messages" USING gin ("text_folded" gin_trgm_ops);--> statement-breakpoint
-- Search reads the stored column now; the index on the expression (0010) is never used again.
DROP INDEX IF EXISTS "messages_text_folded_trgm";
