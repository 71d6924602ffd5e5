CREATE TABLE "channels" (
	"id" serial PRIMARY KEY NOT NULL,
	"platform" text NOT NULL,
	"platform_id" text NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversations" (
	"id" serial PRIMARY KEY NOT NULL,
	"channel_id" integer NOT NULL,
	"destination" text NOT NULL,
	"last_message_id" text,
	"last_message_at" timestamp with time zone,
	"last_direction" text,
	"last_status" text,
	"last_text" text,
	"last_file_type" text,
	"last_seen_at" timestamp with time zone,
	"unread_count" integer DEFAULT 0 NOT NULL,
	"waiting_since" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"conversation_id" integer NOT NULL,
	"message_id" text NOT NULL,
	"direction" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"status" text DEFAULT '' NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"file_type" text,
	"file_url" text,
	"thumb_url" text,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_state" (
	"id" text PRIMARY KEY NOT NULL,
	"lease_owner" text,
	"lease_until" timestamp with time zone,
	"next_attempt_at" timestamp with time zone,
	"last_attempt_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"last_error_at" timestamp with time zone,
	"last_error" text,
	"last_error_code" text,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"account_error" boolean DEFAULT false NOT NULL,
	"channels_synced_at" timestamp with time zone,
	"first_import_done" boolean DEFAULT false NOT NULL,
	"import_total" integer DEFAULT 0 NOT NULL,
	"import_done" integer DEFAULT 0 NOT NULL,
	"last_read_at" timestamp with time zone,
	"mirror_version" bigint DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "channels_platform_unique" ON "channels" USING btree ("platform","platform_id");--> statement-breakpoint
CREATE UNIQUE INDEX "conversations_channel_destination_unique" ON "conversations" USING btree ("channel_id","destination");--> statement-breakpoint
CREATE INDEX "conversations_activity" ON "conversations" USING btree (coalesce("last_message_at", 'epoch'::timestamptz) desc,"id" desc);--> statement-breakpoint
CREATE INDEX "conversations_channel_activity" ON "conversations" USING btree ("channel_id",coalesce("last_message_at", 'epoch'::timestamptz) desc,"id" desc);--> statement-breakpoint
CREATE INDEX "conversations_unread" ON "conversations" USING btree ("channel_id") WHERE "conversations"."unread_count" > 0;--> statement-breakpoint
CREATE UNIQUE INDEX "messages_conversation_message_unique" ON "messages" USING btree ("conversation_id","message_id");--> statement-breakpoint
CREATE INDEX "messages_conversation_time" ON "messages" USING btree ("conversation_id","at" desc,"id" desc);