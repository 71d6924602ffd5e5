import { boolean, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { channels } from "./mirror";

/** Team-wide queue settings: one row. */
export const queueSettings = pgTable("queue_settings", {
  id: text("id").primaryKey(),
  defaultWaitThresholdSeconds: integer("default_wait_threshold_seconds").notNull().default(300),
  /** Pending conversations idle this many days are resolved by themselves; 0 = never. */
  autoResolvePendingDays: integer("auto_resolve_pending_days").notNull().default(7),
  autoAssign: boolean("auto_assign").notNull().default(false),
  /** Auto-assignment gives nobody more open conversations than this. */
  autoAssignCap: integer("auto_assign_cap").notNull().default(10),
});

/** The queues, sampled once a minute for the trend chart; the minute makes samples unique. */
export const queueSamples = pgTable(
  "queue_samples",
  {
    minute: timestamp("minute", { withTimezone: true }).notNull(),
    channelId: integer("channel_id")
      .notNull()
      .references(() => channels.id),
    unreadConversations: integer("unread_conversations").notNull(),
    unreadMessages: integer("unread_messages").notNull(),
    waitingConversations: integer("waiting_conversations").notNull(),
    overdueConversations: integer("overdue_conversations").notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.minute, table.channelId] })],
);
