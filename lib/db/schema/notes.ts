import { bigint, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { agents } from "./agents";
import { conversationEvents } from "./work";

/**
 * Who a note mentions: one row per mentioned agent, unread until that agent opens it. The key
 * leads with the agent, because every read of this table is one agent's own mentions.
 */
export const noteMentions = pgTable(
  "note_mentions",
  {
    agentId: uuid("agent_id")
      .notNull()
      .references(() => agents.id),
    eventId: bigint("event_id", { mode: "number" })
      .notNull()
      .references(() => conversationEvents.id),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.agentId, table.eventId] })],
);
