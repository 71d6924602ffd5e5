import { sql } from "drizzle-orm";
import { bigint, bigserial, boolean, index, integer, pgTable, serial, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { agents } from "./agents";

/** A channel of the Afilnet account: one platform id of one platform. */
export const channels = pgTable(
  "channels",
  {
    id: serial("id").primaryKey(),
    platform: text("platform").notNull(),
    platformId: text("platform_id").notNull(),
    name: text("name").notNull(),
    /** False once getchatchannels stops listing it; its conversations stay readable. */
    active: boolean("active").notNull().default(true),
    /** How long a customer may wait on this channel; null follows the team default. */
    waitThresholdSeconds: integer("wait_threshold_seconds"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex("channels_platform_unique").on(table.platform, table.platformId)],
);

/**
 * One chat of a channel with one destination. The summary columns (last message, unread,
 * waiting) are kept up to date by the sync and by mark seen/unread, so that polled reads
 * never aggregate messages.
 */
export const conversations = pgTable(
  "conversations",
  {
    id: serial("id").primaryKey(),
    channelId: integer("channel_id")
      .notNull()
      .references(() => channels.id),
    destination: text("destination").notNull(),
    lastMessageId: text("last_message_id"),
    lastMessageAt: timestamp("last_message_at", { withTimezone: true }),
    lastDirection: text("last_direction"),
    lastStatus: text("last_status"),
    lastText: text("last_text"),
    lastFileType: text("last_file_type"),
    /** The team's shared "seen up to": inbound messages after it are unread. */
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }),
    unreadCount: integer("unread_count").notNull().default(0),
    /** Oldest inbound message since the last outbound one; null when nobody waits. */
    waitingSince: timestamp("waiting_since", { withTimezone: true }),
    lastInboundAt: timestamp("last_inbound_at", { withTimezone: true }),
    lastOutboundAt: timestamp("last_outbound_at", { withTimezone: true }),
    /** Bumped on every change, for cheap conditional polls of the thread. */
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** The conversation as work: open, pending (on the customer), snoozed (until a time), resolved. */
    status: text("status").notNull().default("open"),
    snoozedUntil: timestamp("snoozed_until", { withTimezone: true }),
    /** When the status last changed: inbound messages first seen after it reopen the conversation. */
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true }).notNull().defaultNow(),
    assigneeId: uuid("assignee_id").references(() => agents.id),
    firstMessageAt: timestamp("first_message_at", { withTimezone: true }),
    /** The language the customer writes in (ISO 639-1), detected from their messages; null when unsure. */
    customerLanguage: text("customer_language"),
    /**
     * The mirror version that published this conversation's last change, for polls that ask
     * what changed since a version; null while a change waits for the next version. Kept by
     * triggers (migration 0017), so that no writer can forget it.
     */
    changedVersion: bigint("changed_version", { mode: "number" }),
  },
  (table) => [
    uniqueIndex("conversations_channel_destination_unique").on(table.channelId, table.destination),
    // The inbox sorts by this expression (a conversation without messages sorts last).
    // Plain "desc" (nulls first) to match the queries' order by exactly.
    index("conversations_activity").on(sql`coalesce(${table.lastMessageAt}, 'epoch'::timestamptz) desc`, sql`${table.id} desc`),
    index("conversations_channel_activity").on(
      table.channelId,
      sql`coalesce(${table.lastMessageAt}, 'epoch'::timestamptz) desc`,
      sql`${table.id} desc`,
    ),
    // Unread counts per channel read only the conversations that have any.
    index("conversations_unread").on(table.channelId).where(sql`${table.unreadCount} > 0`),
    // The views: a status (and an assignee) in activity order.
    index("conversations_status_activity").on(table.status, sql`coalesce(${table.lastMessageAt}, 'epoch'::timestamptz) desc`, sql`${table.id} desc`),
    index("conversations_assignee_status").on(table.assigneeId, table.status, sql`coalesce(${table.lastMessageAt}, 'epoch'::timestamptz) desc`),
    // "Longest waiting first" (nobody waiting sorts last), per status.
    index("conversations_status_waiting").on(table.status, sql`coalesce(${table.waitingSince}, '9999-12-31T00:00:00.000Z'::timestamptz)`, table.id),
    // Snoozes that are due, and pending conversations to resolve when idle.
    index("conversations_snoozed_until").on(table.snoozedUntil).where(sql`${table.status} = 'snoozed'`),
    // What changed since a version, and what waits for the next one (nulls are indexed too).
    index("conversations_changed_version").on(table.changedVersion),
  ],
);

export const messages = pgTable(
  "messages",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    conversationId: integer("conversation_id")
      .notNull()
      .references(() => conversations.id),
    /** Afilnet's messageid: unique within its conversation, so a message seen twice is stored once. */
    messageId: text("message_id").notNull(),
    direction: text("direction").notNull(),
    text: text("text").notNull().default(""),
    /**
     * The text as search compares it (inbox_fold, migration 0010), stored: the trigram index's
     * recheck then reads it instead of folding every candidate message again (a common word
     * matched 10,000 of 200,000 messages: 107 ms of folding per search on PGlite, 32 ms stored).
     */
    textFolded: text("text_folded").generatedAlwaysAs(sql`inbox_fold("text")`),
    status: text("status").notNull().default(""),
    at: timestamp("at", { withTimezone: true }).notNull(),
    fileType: text("file_type"),
    fileUrl: text("file_url"),
    thumbUrl: text("thumb_url"),
    firstSeenAt: timestamp("first_seen_at", { withTimezone: true }).notNull().defaultNow(),
    /** The agent who sent it from the inbox; null for customers and sends from elsewhere. */
    sentByAgentId: uuid("sent_by_agent_id").references(() => agents.id),
  },
  (table) => [
    uniqueIndex("messages_conversation_message_unique").on(table.conversationId, table.messageId),
    index("messages_conversation_time").on(table.conversationId, sql`${table.at} desc`, sql`${table.id} desc`),
    // Today's replies and response times scan only recent outbound messages.
    index("messages_outbound_time").on(table.at).where(sql`${table.direction} = 'out'`),
    index("messages_folded_trgm").using("gin", sql`${table.textFolded} gin_trgm_ops`),
  ],
);

/**
 * The folded text of a conversation's newest messages (RECENT_MESSAGES of them, newest first,
 * one per line), which a search's walk down a view reads as one row per conversation instead
 * of the messages themselves. Kept by the triggers of migration 0020 on every write of a
 * message, so that no writer can leave it behind.
 */
export const conversationRecentText = pgTable("conversation_recent_text", {
  conversationId: integer("conversation_id")
    .primaryKey()
    .references(() => conversations.id, { onDelete: "cascade" }),
  textFolded: text("text_folded").notNull(),
  /** Whether the conversation holds older messages than the text covers. */
  more: boolean("more").notNull(),
});

/** The one row that coordinates the sync across app instances, and reports on it. */
export const syncState = pgTable("sync_state", {
  id: text("id").primaryKey(),
  leaseOwner: text("lease_owner"),
  leaseUntil: timestamp("lease_until", { withTimezone: true }),
  nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }),
  lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }),
  lastSuccessAt: timestamp("last_success_at", { withTimezone: true }),
  lastErrorAt: timestamp("last_error_at", { withTimezone: true }),
  lastError: text("last_error"),
  lastErrorCode: text("last_error_code"),
  consecutiveFailures: integer("consecutive_failures").notNull().default(0),
  accountError: boolean("account_error").notNull().default(false),
  channelsSyncedAt: timestamp("channels_synced_at", { withTimezone: true }),
  firstImportDone: boolean("first_import_done").notNull().default(false),
  importTotal: integer("import_total").notNull().default(0),
  importDone: integer("import_done").notNull().default(0),
  lastReadAt: timestamp("last_read_at", { withTimezone: true }),
  /** Bumped whenever anything an inbox poll shows changes: the poll's ETag. */
  mirrorVersion: bigint("mirror_version", { mode: "number" }).notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type ChannelRow = typeof channels.$inferSelect;
export type ConversationRow = typeof conversations.$inferSelect;
export type MessageRow = typeof messages.$inferSelect;
export type SyncStateRow = typeof syncState.$inferSelect;
