import { sql } from "drizzle-orm";
import { bigserial, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { agents } from "./agents";
import { conversations } from "./mirror";

/**
 * The record of a conversation as work: every change of status, assignee or snooze, who made
 * it (null: automatically) and why, and every private note. The thread shows these rows
 * between the messages.
 */
export const conversationEvents = pgTable(
  "conversation_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    conversationId: integer("conversation_id")
      .notNull()
      .references(() => conversations.id),
    /** "status", "assignee" or "note". */
    kind: text("kind").notNull(),
    /** For a status event: the new status; for an assignee event: null. */
    status: text("status"),
    snoozedUntil: timestamp("snoozed_until", { withTimezone: true }),
    /** For an assignee event: the new assignee (null: unassigned). */
    assigneeId: uuid("assignee_id").references(() => agents.id),
    /** Who made the change; null when it happened by itself. */
    actorId: uuid("actor_id").references(() => agents.id),
    /** Why, when it happened by itself: customer_wrote, snooze_ended, idle, first_import, reply, auto_assign, deactivated. */
    reason: text("reason"),
    at: timestamp("at", { withTimezone: true }).notNull().default(sql`now()`),
    /** For a note: its text, as the author wrote it (the actor is the author). */
    text: text("text"),
  },
  (table) => [
    index("conversation_events_conversation").on(table.conversationId, table.at),
    // Search finds notes as it finds messages (inbox_fold, migration 0010); only notes have text.
    index("conversation_events_note_folded_trgm")
      .using("gin", sql`inbox_fold(${table.text}) gin_trgm_ops`)
      .where(sql`${table.kind} = 'note'`),
  ],
);

export type ConversationEventRow = typeof conversationEvents.$inferSelect;
