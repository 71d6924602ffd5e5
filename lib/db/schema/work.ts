import { sql } from "drizzle-orm";
import { bigserial, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { agents } from "./agents";
import { conversations } from "./mirror";

/**
 * The record of a conversation as work: every change of status, assignee or snooze, who made
 * it (null: automatically) and why. The thread shows these rows between the messages.
 */
export const conversationEvents = pgTable(
  "conversation_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    conversationId: integer("conversation_id")
      .notNull()
      .references(() => conversations.id),
    /** "status" or "assignee". */
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
  },
  (table) => [index("conversation_events_conversation").on(table.conversationId, table.at)],
);

export type ConversationEventRow = typeof conversationEvents.$inferSelect;
