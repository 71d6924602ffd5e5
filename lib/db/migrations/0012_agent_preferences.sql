ALTER TABLE "agents" ADD COLUMN "locale" text;--> statement-breakpoint
ALTER TABLE "agents" ADD COLUMN "time_zone" text;