import type { InfiniteData, QueryClient, QueryKey } from "@tanstack/react-query";
import type { ConversationRowView, InboxResponse } from "@/lib/contract/inbox";
import type { WorkChange } from "@/lib/contract/work";
import type { InboxHead } from "@/lib/query/inbox-windows";
import { inboxKeys, type ListFilters } from "@/lib/query/keys";

/*
 * A change the server has accepted, applied to every cached list at once: the rows take their
 * new status or assignee, and leave the lists whose view or filters no longer hold them. The
 * first page is refetched right after; the pages below it are never polled, so without this a
 * resolved conversation there would stay on screen.
 */

/** The row after the change; `assignee` names the teammate of an "assign". */
export function changedRow(row: ConversationRowView, change: WorkChange, assignee: { id: string; name: string } | null): ConversationRowView {
  switch (change.change) {
    case "resolve":
      return { ...row, status: "resolved", snoozedUntil: null };
    case "reopen":
      return { ...row, status: "open", snoozedUntil: null };
    case "pending":
      return { ...row, status: "pending", snoozedUntil: null };
    case "snooze":
      return { ...row, status: "snoozed", snoozedUntil: new Date(change.until).toISOString() };
    case "assign":
      return { ...row, assignee: assignee ?? row.assignee };
    case "unassign":
      return { ...row, assignee: null };
    case "read":
      return { ...row, unreadCount: 0 };
    case "unread":
      return row;
  }
}

/** Whether a list with these filters holds the row (the server's filters; search is left to it). */
export function belongsTo(row: ConversationRowView, filters: ListFilters, meId: string | null): boolean {
  if (filters.status && filters.status !== "all" && row.status !== filters.status) return false;
  if (filters.view === "mine" && row.assignee?.id !== meId) return false;
  if (filters.view === "unassigned" && row.assignee !== null) return false;
  if (filters.unread && row.unreadCount === 0) return false;
  return true;
}

function patchRows(rows: ConversationRowView[], ids: ReadonlySet<number>, update: (row: ConversationRowView) => ConversationRowView, keep: (row: ConversationRowView) => boolean) {
  if (!rows.some((row) => ids.has(row.id))) return rows;
  const next: ConversationRowView[] = [];
  for (const row of rows) {
    const changed = ids.has(row.id) ? update(row) : row;
    if (!ids.has(row.id) || keep(changed)) next.push(changed);
  }
  return next;
}

const filtersOf = (key: QueryKey) => key[3] as ListFilters;

export function patchWork(client: QueryClient, ids: readonly number[], change: WorkChange, meId: string | null, assignee: { id: string; name: string } | null): void {
  const set = new Set(ids);
  const update = (row: ConversationRowView) => changedRow(row, change, assignee);
  for (const [key, head] of client.getQueriesData<InboxHead>({ queryKey: [...inboxKeys.lists(), "head"] })) {
    if (!head) continue;
    const keep = (row: ConversationRowView) => belongsTo(row, filtersOf(key), meId);
    const conversations = patchRows(head.response.conversations, set, update, keep);
    const known = patchRows(head.known, set, update, keep);
    if (conversations !== head.response.conversations || known !== head.known) {
      client.setQueryData<InboxHead>(key, { ...head, response: { ...head.response, conversations }, known });
    }
  }
  for (const [key, tail] of client.getQueriesData<InfiniteData<InboxResponse>>({ queryKey: [...inboxKeys.lists(), "tail"] })) {
    if (!tail) continue;
    const keep = (row: ConversationRowView) => belongsTo(row, filtersOf(key), meId);
    client.setQueryData<InfiniteData<InboxResponse>>(key, {
      ...tail,
      pages: tail.pages.map((page) => ({ ...page, conversations: patchRows(page.conversations, set, update, keep) })),
    });
  }
}
