import { z } from "zod";
import { INT4_MAX } from "./ids";

/*
 * The shapes of the polled read endpoints, shared by the route handlers (which validate
 * what they send) and the browser (which reads them). No server code here.
 */

const isoTime = z.iso.datetime({ offset: true });

export const syncStatusSchema = z.object({
  state: z.enum(["ok", "degraded", "down"]),
  lastSuccessAt: isoTime.nullable(),
  lastError: z.string().nullable(),
  lastErrorCode: z.string().nullable(),
  lastErrorAt: isoTime.nullable(),
  accountError: z.boolean(),
  consecutiveFailures: z.number().int(),
  import: z.object({
    /** The first import is not done yet. */
    active: z.boolean(),
    /** importing: a live instance is at it; stalled: none is (it resumes when one takes over). */
    state: z.enum(["importing", "stalled", "done"]),
    done: z.number().int(),
    total: z.number().int(),
  }),
});

export const channelSummarySchema = z.object({
  id: z.number().int(),
  platform: z.string(),
  platformId: z.string(),
  name: z.string(),
  active: z.boolean(),
  unreadConversations: z.number().int(),
  unreadMessages: z.number().int(),
});

export const lastMessageSchema = z.object({
  text: z.string(),
  fileType: z.string().nullable(),
  direction: z.enum(["in", "out"]),
  status: z.string(),
  at: isoTime,
});

/** A conversation as work. These names are interfaces: scripts use them. */
export const conversationStatuses = ["open", "pending", "snoozed", "resolved"] as const;
export const conversationStatusSchema = z.enum(conversationStatuses);
export const inboxViews = ["mine", "unassigned", "all"] as const;
/** "window": WhatsApp conversations whose reply window is still open, the soonest to close first. */
export const inboxSorts = ["activity", "waiting", "newest", "window"] as const;

/**
 * WhatsApp lets a business answer freely only within 24 hours of the customer's last message
 * (Afilnet's API has no template send); from 2 hours left the inbox warns.
 */
export const WHATSAPP_WINDOW_MS = 24 * 3_600_000;
export const WINDOW_WARNING_MS = 2 * 3_600_000;

/** When a conversation's free-reply window ends: WhatsApp only, from the customer's last message. */
export function replyWindowEnd(platform: string, lastInboundAt: Date | string | null): string | null {
  if (platform !== "whatsapp" || !lastInboundAt) return null;
  return new Date(new Date(lastInboundAt).getTime() + WHATSAPP_WINDOW_MS).toISOString();
}

const assigneeSchema = z.object({ id: z.string(), name: z.string() }).nullable();

export const conversationRowSchema = z.object({
  id: z.number().int(),
  channelId: z.number().int(),
  platform: z.string(),
  channelName: z.string(),
  destination: z.string(),
  /** The name the team gave this contact (shown instead of the destination); null until set. */
  displayName: z.string().nullable(),
  lastMessage: lastMessageSchema.nullable(),
  unreadCount: z.number().int(),
  waitingSince: isoTime.nullable(),
  status: conversationStatusSchema,
  snoozedUntil: isoTime.nullable(),
  assignee: assigneeSchema,
  /** When the conversation began (its first message): the key of the "newest" order. */
  startedAt: isoTime.nullable(),
  /** The language the customer writes in (ISO 639-1), detected from their messages; null when unsure. */
  customerLanguage: z.string().nullable(),
  /** WhatsApp only: when the 24-hour window for free-form replies ends; null elsewhere or before the customer wrote. */
  windowEndsAt: isoTime.nullable(),
  /** Replies from the inbox that Afilnet refused or that were declared missing, until retried or discarded. */
  failedSends: z.number().int(),
  /** Replies without Afilnet's answer, still being checked (they may yet have gone out). */
  unconfirmedSends: z.number().int(),
  /** With a search (`q`): the newest message that matched, to show instead of the last one; null otherwise. */
  match: z.object({ id: z.number().int(), text: z.string(), at: isoTime }).nullable().optional(),
});

export const inboxResponseSchema = z.object({
  sync: syncStatusSchema,
  totals: z.object({
    unreadConversations: z.number().int(),
    unreadMessages: z.number().int(),
    /** Conversations with a failed or unconfirmed reply: the "Failed sends" filter's count. */
    failedSendConversations: z.number().int(),
  }),
  /** Open conversations in each view, for the tabs' counts. */
  views: z.object({ mine: z.number().int(), unassigned: z.number().int(), all: z.number().int() }),
  channels: z.array(channelSummarySchema),
  conversations: z.array(conversationRowSchema),
  nextCursor: z.string().nullable(),
});

export const messageSchema = z.object({
  id: z.number().int(),
  /** The agent who sent it from the inbox, by name; null otherwise. */
  sentBy: z.string().nullable(),
  messageId: z.string(),
  direction: z.enum(["in", "out"]),
  text: z.string(),
  status: z.string(),
  at: isoTime,
  file: z.object({ type: z.string(), url: z.string(), thumbUrl: z.string().nullable() }).nullable(),
});

export const conversationDetailSchema = conversationRowSchema.extend({
  lastSeenAt: isoTime.nullable(),
  version: z.number().int(),
});

/** A send from the inbox that is not a message of the thread (yet): sending, failed or unconfirmed. */
export const pendingSendSchema = z.object({
  clientId: z.string(),
  state: z.enum(["sending", "sent", "failed", "unconfirmed", "discarded"]),
  text: z.string(),
  file: z.object({ type: z.string(), url: z.string(), thumbUrl: z.string().nullable() }).nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  createdAt: isoTime,
  agentName: z.string(),
  messageId: z.string().nullable(),
  /** Sent after all: its message appeared upstream after the inbox had reported it not sent. */
  deliveredLate: z.boolean().optional(),
  /** Sent again while an earlier attempt might still arrive: the customer may get it twice. */
  mayArriveTwice: z.boolean().optional(),
  /** Until then an earlier attempt without an answer is still looked for upstream. */
  watchedUntil: isoTime.nullable().optional(),
});

/**
 * A line of the record between the messages: a change of status or assignee. `change` says
 * which; `kind` is the thread item's kind. These names are interfaces: scripts use them.
 */
export const conversationEventSchema = z.object({
  kind: z.literal("event"),
  id: z.number().int(),
  change: z.enum(["status", "assignee"]),
  status: conversationStatusSchema.nullable(),
  snoozedUntil: isoTime.nullable(),
  assignee: assigneeSchema,
  /** Who made the change; null when it happened by itself (`reason` says why). */
  actor: assigneeSchema,
  reason: z.string().nullable(),
  at: isoTime,
});

const personSchema = z.object({ id: z.string(), name: z.string() });

/** A private note: the team's only, never sent to the customer. */
export const noteItemSchema = z.object({
  kind: z.literal("note"),
  id: z.number().int(),
  text: z.string(),
  author: personSchema,
  /** The teammates it mentions (`@Name` in the text). */
  mentions: z.array(personSchema),
  at: isoTime,
});

/** A customer's message or a reply, as an item of the thread. */
export const messageItemSchema = messageSchema.extend({ kind: z.literal("message") });

export const threadItemSchema = z.discriminatedUnion("kind", [messageItemSchema, noteItemSchema, conversationEventSchema]);

export const messagesResponseSchema = z.object({
  conversation: conversationDetailSchema,
  /**
   * The thread, oldest first: messages (`kind: "message"`), private notes (`"note"`) and the
   * record's lines (`"event"`), the last two in the time span of the messages shown (from the
   * oldest shown on; all of them on the oldest page).
   */
  messages: z.array(threadItemSchema),
  pending: z.array(pendingSendSchema),
  olderCursor: z.string().nullable(),
});

export type SyncStatusView = z.infer<typeof syncStatusSchema>;
export type ChannelSummary = z.infer<typeof channelSummarySchema>;
export type ConversationRowView = z.infer<typeof conversationRowSchema>;
export type InboxResponse = z.infer<typeof inboxResponseSchema>;
export type MessageView = z.infer<typeof messageSchema>;
export type ConversationDetail = z.infer<typeof conversationDetailSchema>;
export type PendingSendView = z.infer<typeof pendingSendSchema>;
export type MessagesResponse = z.infer<typeof messagesResponseSchema>;
export type ConversationEventView = z.infer<typeof conversationEventSchema>;
export type NoteView = z.infer<typeof noteItemSchema>;
export type MessageItem = z.infer<typeof messageItemSchema>;
export type ThreadItem = z.infer<typeof threadItemSchema>;
/** What the thread shows between the messages: the record's lines and the notes. */
export type ThreadLine = ConversationEventView | NoteView;
export type ConversationStatus = z.infer<typeof conversationStatusSchema>;
export type InboxView = (typeof inboxViews)[number];
export type InboxSort = (typeof inboxSorts)[number];

const flag = z
  .enum(["1", "0", "true", "false"], { message: "validation.flag" })
  .transform((value) => value === "1" || value === "true");
const cursor = z.string().max(200, "validation.cursor").regex(/^[A-Za-z0-9_-]+$/, "validation.cursor");
const limit = z.coerce
  .number({ message: "validation.limit" })
  .int("validation.limit")
  .min(1, "validation.limit")
  .max(200, "validation.limit");

export const inboxQuerySchema = z.object({
  channel: z.coerce
    .number({ message: "validation.channel" })
    .int("validation.channel")
    .positive("validation.channel")
    .max(INT4_MAX, "validation.channel")
    .optional(),
  unread: flag.optional(),
  /** Only conversations with a failed or unconfirmed reply. */
  failed: flag.optional(),
  q: z.string().trim().max(200, "validation.searchTooLong").optional(),
  view: z.enum(inboxViews).default("all"),
  status: z.enum([...conversationStatuses, "all"]).optional(),
  sort: z.enum(inboxSorts).default("activity"),
  cursor: cursor.optional(),
  limit: limit.default(50),
});

export const messagesQuerySchema = z.object({
  before: cursor.optional(),
  limit: limit.default(50),
});

export type InboxQuery = z.infer<typeof inboxQuerySchema>;
export type MessagesQuery = z.infer<typeof messagesQuerySchema>;
