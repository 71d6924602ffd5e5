DROP INDEX "outbox_open";--> statement-breakpoint
CREATE INDEX "outbox_open" ON "outbox" USING btree ("state") WHERE "outbox"."state" in ('unconfirmed', 'sent', 'sending');