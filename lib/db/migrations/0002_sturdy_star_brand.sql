CREATE TYPE "public"."outbox_state" AS ENUM('sending', 'sent', 'failed', 'unconfirmed', 'discarded');--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"conversation_id" integer NOT NULL,
	"agent_id" uuid NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"file_type" text,
	"file_url" text,
	"thumb_url" text,
	"state" "outbox_state" DEFAULT 'sending' NOT NULL,
	"message_id" text,
	"error_code" text,
	"error_message" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempted_at" timestamp with time zone,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "sent_by_agent_id" uuid;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_conversation" ON "outbox" USING btree ("conversation_id","created_at");--> statement-breakpoint
CREATE INDEX "outbox_open" ON "outbox" USING btree ("state") WHERE "outbox"."state" in ('unconfirmed', 'sent');--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_sent_by_agent_id_agents_id_fk" FOREIGN KEY ("sent_by_agent_id") REFERENCES "public"."agents"("id") ON DELETE no action ON UPDATE no action;