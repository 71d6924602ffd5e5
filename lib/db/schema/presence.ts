import { boolean, integer, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { agents } from "./agents";
import { conversations } from "./mirror";

/**
 * Who has which conversation open, refreshed by each open tab every few seconds: a row older
 * than the presence window (lib/contract/presence.ts) is someone who left without saying so.
 * In the database, so that every instance of the app sees the same people.
 */
export const presence = pgTable(
  "presence",
  {
    agentId: uuid("agent_id")
      .notNull()
      .references(() => agents.id),
    conversationId: integer("conversation_id")
      .notNull()
      .references(() => conversations.id),
    typing: boolean("typing").notNull().default(false),
    seenAt: timestamp("seen_at", { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.agentId, table.conversationId] })],
);
