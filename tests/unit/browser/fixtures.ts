import type { ChannelSummary, ConversationRowView, InboxResponse, MessageItem, MessagesResponse, MessageView, PendingSendView, ThreadItem } from "@/lib/contract/inbox";

/** Small builders of the wire shapes, so that each test names only what it is about. */

export function row(id: number, at: string | null, extra: Partial<ConversationRowView> = {}): ConversationRowView {
  return {
    id,
    channelId: 1,
    platform: "webchat",
    channelName: "Web",
    destination: `customer-${id}`,
    lastMessage: at ? { text: `hello ${id}`, fileType: null, direction: "in", status: "", at } : null,
    unreadCount: 0,
    waitingSince: null,
    status: "open",
    snoozedUntil: null,
    assignee: null,
    startedAt: null,
    ...extra,
  } as ConversationRowView;
}

export function channel(id: number, unreadConversations: number, unreadMessages: number): ChannelSummary {
  return { id, platform: "webchat", platformId: `p${id}`, name: `Channel ${id}`, active: true, unreadConversations, unreadMessages };
}

export function inbox(conversations: ConversationRowView[], nextCursor: string | null = null, channels: ChannelSummary[] = []): InboxResponse {
  const totals = {
    unreadConversations: channels.reduce((sum, c) => sum + c.unreadConversations, 0),
    unreadMessages: channels.reduce((sum, c) => sum + c.unreadMessages, 0),
  };
  return { totals, channels, conversations, nextCursor } as unknown as InboxResponse;
}

export function message(id: number, at: string, extra: Partial<MessageView> = {}): MessageItem {
  return { kind: "message", id, sentBy: null, messageId: String(id), direction: "in", text: `m${id}`, status: "", at, file: null, ...extra } as MessageItem;
}

/** A thread answer: its items (messages, notes, the record's lines) as the route sends them, oldest first. */
export function thread(messages: ThreadItem[], olderCursor: string | null = null, pending: PendingSendView[] = []): MessagesResponse {
  return { conversation: {} as MessagesResponse["conversation"], messages, olderCursor, pending } as MessagesResponse;
}

export function pending(clientId: string, state: PendingSendView["state"], text = "reply"): PendingSendView {
  return { clientId, state, text, file: null, error: null, createdAt: "2026-01-01T10:00:00.000Z", agentName: "Dana", messageId: null } as PendingSendView;
}
