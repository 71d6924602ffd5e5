CREATE TABLE "note_mentions" (
	"agent_id" uuid NOT NULL,
	"event_id" bigint NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "note_mentions_agent_id_event_id_pk" PRIMARY KEY("agent_id","event_id")
);
--> statement-breakpoint
ALTER TABLE "conversation_events" ADD COLUMN "text" text;--> statement-breakpoint
ALTER TABLE "note_mentions" ADD CONSTRAINT "note_mentions_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_mentions" ADD CONSTRAINT "note_mentions_event_id_conversation_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."conversation_events"("id") ON DELETE no action ON UPDATE no action;