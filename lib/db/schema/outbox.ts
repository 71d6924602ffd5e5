import { sql } from "drizzle-orm";
import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { agents } from "./agents";
import { conversations } from "./mirror";

export const outboxState = pgEnum("outbox_state", ["sending", "sent", "failed", "unconfirmed", "discarded"]);

/**
 * Every send from the inbox, keyed by the id the browser generated, so that a repeated
 * submission is the same send. It is also the log of who sent what and what Afilnet answered.
 */
export const outbox = pgTable(
  "outbox",
  {
    id: uuid("id").primaryKey(),
    conversationId: integer("conversation_id")
      .notNull()
      .references(() => conversations.id),
    agentId: uuid("agent_id")
      .notNull()
      .references(() => agents.id),
    text: text("text").notNull().default(""),
    fileType: text("file_type"),
    fileUrl: text("file_url"),
    thumbUrl: text("thumb_url"),
    state: outboxState("state").notNull().default("sending"),
    messageId: text("message_id"),
    errorCode: text("error_code"),
    errorMessage: text("error_message"),
    attempts: integer("attempts").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** When the last attempt started, then when its answer came (or did not). */
    attemptedAt: timestamp("attempted_at", { withTimezone: true }),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
  },
  (table) => [
    index("outbox_conversation").on(table.conversationId, table.createdAt),
    index("outbox_open").on(table.state).where(sql`${table.state} in ('unconfirmed', 'sent', 'sending')`),
  ],
);

export type OutboxRow = typeof outbox.$inferSelect;
export type OutboxState = (typeof outboxState.enumValues)[number];
