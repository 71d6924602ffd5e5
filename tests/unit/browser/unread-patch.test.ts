import { QueryClient, type InfiniteData } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import type { InboxResponse } from "@/lib/contract/inbox";
import { findRow, patchUnread } from "@/components/inbox/unread-patch";
import { advanceHead, type InboxHead } from "@/lib/query/inbox-windows";
import { inboxKeys } from "@/lib/query/keys";
import { channel, inbox, row } from "./fixtures";

const filters = { channel: null, unread: false, q: "" };

function cachedClient() {
  const client = new QueryClient();
  const unread = row(7, "2026-01-01T10:00:00.000Z", { unreadCount: 3, channelId: 1 });
  const head = advanceHead(undefined, inbox([unread, row(8, "2026-01-01T09:00:00.000Z")], "c", [channel(1, 1, 3), channel(2, 2, 5)]));
  client.setQueryData(inboxKeys.head(filters), head);
  client.setQueryData(inboxKeys.head({ ...filters, unread: true }), head);
  client.setQueryData<InfiniteData<InboxResponse>>(inboxKeys.tail(filters, "c"), { pages: [inbox([row(7, "2026-01-01T10:00:00.000Z", { unreadCount: 3 })])], pageParams: ["c"] });
  return { client, unread };
}

describe("the optimistic unread patch", () => {
  it("clears the row's badge and lowers its channel's and the totals' counts in every cached list", () => {
    const { client, unread } = cachedClient();
    patchUnread(client, 7, 0, findRow(client, 7));
    for (const key of [inboxKeys.head(filters), inboxKeys.head({ ...filters, unread: true })]) {
      const head = client.getQueryData<InboxHead>(key)!;
      expect(head.known.find((r) => r.id === 7)?.unreadCount).toBe(0);
      expect(head.response.channels.find((c) => c.id === 1)).toMatchObject({ unreadConversations: 0, unreadMessages: 0 });
      expect(head.response.channels.find((c) => c.id === 2)).toMatchObject({ unreadConversations: 2, unreadMessages: 5 });
      expect(head.response.totals).toEqual({ unreadConversations: 2, unreadMessages: 5 });
    }
    const tail = client.getQueryData<InfiniteData<InboxResponse>>(inboxKeys.tail(filters, "c"))!;
    expect(tail.pages[0]?.conversations[0]?.unreadCount).toBe(0);
    expect(unread.unreadCount).toBe(3);
  });

  it("changes no count when the row was already read, or is marked unread", () => {
    const { client } = cachedClient();
    patchUnread(client, 8, 0, findRow(client, 8));
    patchUnread(client, 7, 1, findRow(client, 7));
    const head = client.getQueryData<InboxHead>(inboxKeys.head(filters))!;
    expect(head.response.totals).toEqual({ unreadConversations: 3, unreadMessages: 8 });
    expect(head.known.find((r) => r.id === 7)?.unreadCount).toBe(1);
  });

  it("finds a row in any cached first page, and nothing for an unknown id", () => {
    const { client } = cachedClient();
    expect(findRow(client, 8)?.id).toBe(8);
    expect(findRow(client, 99)).toBeUndefined();
  });
});
