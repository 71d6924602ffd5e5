CREATE TABLE "queue_samples" (
	"minute" timestamp with time zone NOT NULL,
	"channel_id" integer NOT NULL,
	"unread_conversations" integer NOT NULL,
	"unread_messages" integer NOT NULL,
	"waiting_conversations" integer NOT NULL,
	CONSTRAINT "queue_samples_minute_channel_id_pk" PRIMARY KEY("minute","channel_id")
);
--> statement-breakpoint
CREATE TABLE "queue_settings" (
	"id" text PRIMARY KEY NOT NULL,
	"default_wait_threshold_seconds" integer DEFAULT 300 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agents" ADD COLUMN "last_active_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "agents" ADD COLUMN "signed_out_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "channels" ADD COLUMN "wait_threshold_seconds" integer;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "last_inbound_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "last_outbound_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "queue_samples" ADD CONSTRAINT "queue_samples_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "messages_outbound_time" ON "messages" USING btree ("at") WHERE "messages"."direction" = 'out';