import type { InfiniteData, QueryClient } from "@tanstack/react-query";
import type { ConversationRowView, InboxResponse } from "@/lib/contract/inbox";
import type { InboxHead } from "@/lib/query/inbox-windows";
import { inboxKeys } from "@/lib/query/keys";

/*
 * The optimistic side of mark seen: the conversation's badge and its channel's count change
 * at once, everywhere the list is cached; the refetch that follows brings the server's truth.
 */

function patchRows(rows: ConversationRowView[], id: number, unreadCount: number): ConversationRowView[] {
  return rows.some((row) => row.id === id) ? rows.map((row) => (row.id === id ? { ...row, unreadCount } : row)) : rows;
}

function patchResponse(response: InboxResponse, id: number, unreadCount: number, before: ConversationRowView | undefined): InboxResponse {
  const conversations = patchRows(response.conversations, id, unreadCount);
  if (!before || before.unreadCount === 0 || unreadCount > 0) return { ...response, conversations };
  const channels = response.channels.map((channel) =>
    channel.id === before.channelId
      ? { ...channel, unreadConversations: Math.max(0, channel.unreadConversations - 1), unreadMessages: Math.max(0, channel.unreadMessages - before.unreadCount) }
      : channel,
  );
  const totals = {
    ...response.totals,
    unreadConversations: Math.max(0, response.totals.unreadConversations - 1),
    unreadMessages: Math.max(0, response.totals.unreadMessages - before.unreadCount),
  };
  return { ...response, conversations, channels, totals };
}

export function patchUnread(client: QueryClient, id: number, unreadCount: number, before: ConversationRowView | undefined): void {
  client.setQueriesData<InboxHead>({ queryKey: [...inboxKeys.lists(), "head"] }, (head) =>
    head ? { ...head, response: patchResponse(head.response, id, unreadCount, before), known: patchRows(head.known, id, unreadCount) } : head,
  );
  client.setQueriesData<InfiniteData<InboxResponse>>({ queryKey: [...inboxKeys.lists(), "tail"] }, (tail) =>
    tail ? { ...tail, pages: tail.pages.map((page) => ({ ...page, conversations: patchRows(page.conversations, id, unreadCount) })) } : tail,
  );
}

/** The row as any cached list knows it, for the counts to adjust. */
export function findRow(client: QueryClient, id: number): ConversationRowView | undefined {
  for (const [, head] of client.getQueriesData<InboxHead>({ queryKey: [...inboxKeys.lists(), "head"] })) {
    const row = head?.known.find((candidate) => candidate.id === id);
    if (row) return row;
  }
  return undefined;
}
