CREATE TABLE "conversation_recent_text" (
	"conversation_id" integer PRIMARY KEY NOT NULL,
	"text_folded" text NOT NULL,
	"more" boolean NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conversation_recent_text" ADD CONSTRAINT "conversation_recent_text_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- A search walks down a view one conversation at a time (lib/db/queries/search-walk.ts). The
-- folded text of each one's newest 50 messages, one row per conversation, is read there for a
-- fraction of what reading those messages costs. Statement triggers over the rows a write
-- touched: a pass that stores a chat's new messages in one statement refreshes its row once.
CREATE OR REPLACE FUNCTION inbox_write_recent_text(touched integer[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "conversation_recent_text" ("conversation_id", "text_folded", "more")
  SELECT c.id,
    coalesce((SELECT string_agg(r.text_folded, E'\n' ORDER BY r.at DESC, r.id DESC)
      FROM (SELECT m.id, m.at, m.text_folded FROM "messages" m WHERE m.conversation_id = c.id ORDER BY m.at DESC, m.id DESC LIMIT 50) r), ''),
    EXISTS (SELECT 1 FROM "messages" m WHERE m.conversation_id = c.id OFFSET 50)
  FROM "conversations" c WHERE c.id = ANY(touched)
  ON CONFLICT ("conversation_id") DO UPDATE SET "text_folded" = excluded."text_folded", "more" = excluded."more";
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION inbox_messages_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM inbox_write_recent_text(ARRAY(SELECT DISTINCT conversation_id FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    -- A reply's status or its agent changes nothing a search reads.
    PERFORM inbox_write_recent_text(ARRAY(SELECT DISTINCT n.conversation_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (o.text, o.at, o.conversation_id) IS DISTINCT FROM (n.text, n.at, n.conversation_id)
      UNION SELECT o.conversation_id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE o.conversation_id <> n.conversation_id));
  ELSE
    PERFORM inbox_write_recent_text(ARRAY(SELECT DISTINCT conversation_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "messages_recent_text_insert" AFTER INSERT ON "messages"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION inbox_messages_written();--> statement-breakpoint
CREATE TRIGGER "messages_recent_text_update" AFTER UPDATE ON "messages"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION inbox_messages_written();--> statement-breakpoint
CREATE TRIGGER "messages_recent_text_delete" AFTER DELETE ON "messages"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION inbox_messages_written();--> statement-breakpoint
SELECT inbox_write_recent_text(ARRAY(SELECT "id" FROM "conversations"));
