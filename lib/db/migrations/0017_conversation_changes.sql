ALTER TABLE "conversations" ADD COLUMN "changed_version" bigint;--> statement-breakpoint
CREATE INDEX "conversations_changed_version" ON "conversations" USING btree ("changed_version");--> statement-breakpoint
-- What changed since a version. Every write that changes what the conversation list shows of
-- a conversation (its row, a message, a note, a reply's trouble, the contact's name, the
-- assignee's or the channel's name) marks the conversation: changed_version null. The next
-- move of the mirror version stamps the marked ones with the new version in the same
-- statement, under the sync_state row's lock, so that whoever read version V (then the rows)
-- has seen every change stamped V or lower. Triggers, so that no writer can forget it.
UPDATE "conversations" SET "changed_version" = (SELECT "mirror_version" FROM "sync_state" WHERE "id" = 'main');--> statement-breakpoint
CREATE OR REPLACE FUNCTION inbox_conversation_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- The stamp itself passes; any other change marks the row.
  IF NEW.changed_version IS NOT DISTINCT FROM OLD.changed_version THEN
    NEW.changed_version := NULL;
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "conversations_changed" BEFORE UPDATE ON "conversations"
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION inbox_conversation_changed();--> statement-breakpoint
CREATE OR REPLACE FUNCTION inbox_mark_conversation() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched record;
BEGIN
  IF TG_OP = 'DELETE' THEN touched := OLD; ELSE touched := NEW; END IF;
  IF TG_TABLE_NAME IN ('messages', 'outbox', 'conversation_events') THEN
    UPDATE "conversations" SET "changed_version" = NULL WHERE "id" = touched.conversation_id AND "changed_version" IS NOT NULL;
  ELSIF TG_TABLE_NAME = 'contacts' THEN
    UPDATE "conversations" SET "changed_version" = NULL WHERE "destination" = touched.destination AND "changed_version" IS NOT NULL;
  ELSIF TG_TABLE_NAME = 'agents' THEN
    UPDATE "conversations" SET "changed_version" = NULL WHERE "assignee_id" = touched.id AND "changed_version" IS NOT NULL;
  ELSIF TG_TABLE_NAME = 'channels' THEN
    UPDATE "conversations" SET "changed_version" = NULL WHERE "channel_id" = touched.id AND "changed_version" IS NOT NULL;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
-- A message or a note matters to a search (and to the match it shows); a reply's state to the failed filter.
CREATE TRIGGER "messages_mark_conversation" AFTER INSERT OR UPDATE OF "text" OR DELETE ON "messages"
  FOR EACH ROW EXECUTE FUNCTION inbox_mark_conversation();--> statement-breakpoint
CREATE TRIGGER "notes_mark_conversation" AFTER INSERT OR UPDATE OF "text" OR DELETE ON "conversation_events"
  FOR EACH ROW EXECUTE FUNCTION inbox_mark_conversation();--> statement-breakpoint
CREATE TRIGGER "outbox_mark_conversation" AFTER INSERT OR UPDATE OF "state", "conversation_id" OR DELETE ON "outbox"
  FOR EACH ROW EXECUTE FUNCTION inbox_mark_conversation();--> statement-breakpoint
CREATE TRIGGER "contacts_mark_conversations" AFTER INSERT OR UPDATE OF "display_name" OR DELETE ON "contacts"
  FOR EACH ROW EXECUTE FUNCTION inbox_mark_conversation();--> statement-breakpoint
CREATE TRIGGER "agents_mark_conversations" AFTER UPDATE OF "display_name" ON "agents"
  FOR EACH ROW WHEN (OLD.display_name IS DISTINCT FROM NEW.display_name) EXECUTE FUNCTION inbox_mark_conversation();--> statement-breakpoint
CREATE TRIGGER "channels_mark_conversations" AFTER UPDATE OF "name", "platform" ON "channels"
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.platform IS DISTINCT FROM NEW.platform) EXECUTE FUNCTION inbox_mark_conversation();--> statement-breakpoint
-- Rows another transaction holds are left marked (SKIP LOCKED) for a later version: their
-- committed change was visible before this one, and waiting on them could deadlock with a
-- writer that moves the version after touching a conversation.
CREATE OR REPLACE FUNCTION inbox_stamp_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "conversations" SET "changed_version" = NEW.mirror_version
  WHERE "id" IN (SELECT "id" FROM "conversations" WHERE "changed_version" IS NULL FOR UPDATE SKIP LOCKED);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "sync_state_stamps_changes" AFTER UPDATE OF "mirror_version" ON "sync_state"
  FOR EACH ROW WHEN (NEW.mirror_version > OLD.mirror_version) EXECUTE FUNCTION inbox_stamp_changes();
