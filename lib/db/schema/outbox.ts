import { sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
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
    /** When the latest attempt began, on the database's clock (as messages' first_seen_at is). */
    attemptStartedAt: timestamp("attempt_started_at", { withTimezone: true }),
    /** Start of the earliest attempt whose answer never came: evidence must be first seen after it. */
    unknownSince: timestamp("unknown_since", { withTimezone: true }),
    /** A send declared missing is still looked for upstream until then. */
    watchUntil: timestamp("watch_until", { withTimezone: true }),
    /** What proved it sent: Afilnet's answer (`answer`) or its message in the chat (`evidence`). */
    settledBy: text("settled_by"),
    /** Its message appeared upstream after the send had been declared missing. */
    deliveredLate: boolean("delivered_late").notNull().default(false),
    /** Sent again while an earlier attempt might still arrive. */
    mayArriveTwice: boolean("may_arrive_twice").notNull().default(false),
  },
  (table) => [
    index("outbox_conversation").on(table.conversationId, table.createdAt),
    index("outbox_open").on(table.state).where(sql`${table.state} in ('unconfirmed', 'sent', 'sending')`),
    index("outbox_watched").on(table.watchUntil).where(sql`${table.watchUntil} is not null`),
  ],
);

export type OutboxRow = typeof outbox.$inferSelect;
export type OutboxState = (typeof outboxState.enumValues)[number];
