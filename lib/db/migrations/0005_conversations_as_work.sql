CREATE TABLE "conversation_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"conversation_id" integer NOT NULL,
	"kind" text NOT NULL,
	"status" text,
	"snoozed_until" timestamp with time zone,
	"assignee_id" uuid,
	"actor_id" uuid,
	"reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agents" ADD COLUMN "availability" text DEFAULT 'online' NOT NULL;--> statement-breakpoint
ALTER TABLE "agents" ADD COLUMN "last_assigned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "status" text DEFAULT 'open' NOT NULL;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "snoozed_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "status_changed_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "assignee_id" uuid;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "first_message_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "queue_samples" ADD COLUMN "overdue_conversations" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "queue_settings" ADD COLUMN "auto_resolve_pending_days" integer DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE "queue_settings" ADD COLUMN "auto_assign" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "queue_settings" ADD COLUMN "auto_assign_cap" integer DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE "conversation_events" ADD CONSTRAINT "conversation_events_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_events" ADD CONSTRAINT "conversation_events_assignee_id_agents_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_events" ADD CONSTRAINT "conversation_events_actor_id_agents_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conversation_events_conversation" ON "conversation_events" USING btree ("conversation_id","at");--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_assignee_id_agents_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conversations_status_activity" ON "conversations" USING btree ("status",coalesce("last_message_at", 'epoch'::timestamptz) desc,"id" desc);--> statement-breakpoint
CREATE INDEX "conversations_assignee_status" ON "conversations" USING btree ("assignee_id","status",coalesce("last_message_at", 'epoch'::timestamptz) desc);--> statement-breakpoint
CREATE INDEX "conversations_snoozed_until" ON "conversations" USING btree ("snoozed_until") WHERE "conversations"."status" = 'snoozed';--> statement-breakpoint
-- Conversations mirrored before statuses existed get the status the first import would give them.
UPDATE "conversations" SET
  "status" = CASE
    WHEN "last_message_at" < now() - interval '7 days' THEN 'resolved'
    WHEN "last_direction" = 'out' THEN 'pending'
    ELSE 'open' END,
  "first_message_at" = (SELECT min(m."at") FROM "messages" m WHERE m."conversation_id" = "conversations"."id");
