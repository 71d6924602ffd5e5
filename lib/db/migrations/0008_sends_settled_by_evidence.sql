ALTER TABLE "outbox" ADD COLUMN "attempt_started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "unknown_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "watch_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "settled_by" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "delivered_late" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "may_arrive_twice" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "outbox_watched" ON "outbox" USING btree ("watch_until") WHERE "outbox"."watch_until" is not null;