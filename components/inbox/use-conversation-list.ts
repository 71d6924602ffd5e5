"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import type { ConversationRowView, InboxResponse, InboxSort } from "@/lib/contract/inbox";
import { inboxQueries, type ListFilters } from "@/lib/query/inbox-queries";
import { orderOf, withinHead, type InboxHead } from "@/lib/query/inbox-windows";

/** The head's rows and those of the pages below it, once each, in the server's order. */
function mergeRows(head: InboxHead | undefined, pages: InboxResponse[] | undefined, sort: InboxSort | undefined): ConversationRowView[] {
  if (!head) return [];
  if (!pages || pages.length === 0) return head.known;
  const taken = new Set(head.known.map((row) => row.id));
  const last = head.response.conversations[head.response.conversations.length - 1];
  const below: ConversationRowView[] = [];
  for (const page of pages) {
    for (const row of page.conversations) {
      // A row the head ranks above its last one but does not list has left the list.
      if (taken.has(row.id) || withinHead(row, last, head.response.nextCursor, sort)) continue;
      taken.add(row.id);
      below.push(row);
    }
  }
  return below.length === 0 ? head.known : mergeSorted(head.known, below, orderOf(sort));
}

/** Both lists are already in order (the head sorted, the pages as the server sent them). */
function mergeSorted(a: ConversationRowView[], b: ConversationRowView[], order: (x: ConversationRowView, y: ConversationRowView) => number): ConversationRowView[] {
  const merged: ConversationRowView[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < merged.length; k++) {
    const x = a[i];
    const y = b[j];
    if (x && (!y || order(x, y) <= 0)) {
      merged[k] = x;
      i++;
    } else {
      merged[k] = y as ConversationRowView;
      j++;
    }
  }
  return merged;
}

/**
 * The conversation list: the first page polled (with the channels, totals and sync state),
 * the pages below loaded by cursor as the agent scrolls, never polled. A row below the first
 * page changes only by new activity, which brings it into the polled head.
 */
export function useConversationList(filters: ListFilters) {
  const head = useQuery(inboxQueries.head(filters));
  const current = head.isPlaceholderData ? undefined : head.data;
  const start = current?.tailCursor ?? null;
  const filterKey = JSON.stringify(filters);
  const [tailFor, setTailFor] = useState<string | null>(null);
  const tail = useInfiniteQuery({ ...inboxQueries.tail(filters, start), enabled: start !== null && tailFor === filterKey });
  const rows = useMemo(() => mergeRows(head.data, current ? tail.data?.pages : undefined, filters.sort), [head.data, current, tail.data, filters.sort]);
  const hasMore = tail.data ? tail.hasNextPage : start !== null;
  const { fetchNextPage, isFetching: tailFetching, hasNextPage } = tail;

  const loadMore = useCallback(() => {
    if (tailFor !== filterKey) setTailFor(filterKey);
    else if (hasNextPage && !tailFetching) void fetchNextPage();
  }, [tailFor, filterKey, hasNextPage, tailFetching, fetchNextPage]);

  return {
    summary: head.data?.response,
    rows,
    hasMore,
    loadMore,
    /** A page below the first is on its way. */
    loadingMore: tail.isFetching,
    /** No list yet: the first load, or filters whose first page has not come. */
    loading: head.isPending,
    /** Showing the previous filter's rows while the new ones load. */
    stale: head.isPlaceholderData,
    error: head.error,
  };
}
