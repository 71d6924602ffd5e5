CREATE TABLE "media_settings" (
	"id" text PRIMARY KEY NOT NULL,
	"allowed_hosts" text[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "media_settings" ADD CONSTRAINT "media_settings_updated_by_agents_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."agents"("id") ON DELETE no action ON UPDATE no action;