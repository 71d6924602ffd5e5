"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { MessageView, ThreadLine } from "@/lib/contract/inbox";
import { inboxQueries } from "@/lib/query/inbox-queries";
import { eventsInOrder, olderFirst, splitThread } from "@/lib/query/inbox-windows";

/**
 * A conversation's thread: the newest page polled, older pages fetched by cursor when the
 * agent scrolls up. Messages, and the record's lines and notes, are keyed by id, so none shows twice.
 */
/** How far back a search's match is looked for before the thread gives up (pages of 50). */
const MAX_PAGES_TO_MATCH = 40;

export function useThread(conversationId: number, focusId: number | null = null) {
  const head = useQuery(inboxQueries.thread(conversationId));
  const start = head.data?.olderCursor ?? null;
  const [wantOlder, setWantOlder] = useState(false);
  // Opened at a search's match that the newest page does not hold: older pages load until it is there.
  const focusInHead = focusId === null || Boolean(head.data?.known.some((message) => message.id === focusId));
  const older = useInfiniteQuery({ ...inboxQueries.older(conversationId, start), enabled: (wantOlder || (Boolean(head.data) && !focusInHead)) && start !== null });

  // Older pages come as answers of the route: their items apart, once per page.
  const olderPages = useMemo(() => (older.data?.pages ?? []).map((page) => splitThread(page.messages)), [older.data]);

  const messages = useMemo(() => {
    const known = head.data?.known ?? [];
    if (olderPages.length === 0) return known;
    const byId = new Map<number, MessageView>();
    for (const page of olderPages) for (const message of page.messages) byId.set(message.id, message);
    for (const message of known) byId.set(message.id, message);
    return [...byId.values()].sort(olderFirst);
  }, [head.data, olderPages]);

  // The record's lines and the notes of the newest page and of the older pages loaded above it, once each.
  const lines = useMemo(() => {
    const known = head.data?.lines ?? [];
    if (olderPages.length === 0) return known;
    const byId = new Map<number, ThreadLine>();
    for (const page of olderPages) for (const line of page.lines) byId.set(line.id, line);
    for (const line of known) byId.set(line.id, line);
    return [...byId.values()].sort(eventsInOrder);
  }, [head.data, olderPages]);

  const { hasNextPage, isFetching, fetchNextPage } = older;
  const hasOlder = older.data ? hasNextPage : start !== null;
  const olderLoaded = Boolean(older.data);
  const loadOlder = useCallback(() => {
    if (!wantOlder && !olderLoaded) setWantOlder(true);
    else if (hasNextPage && !isFetching) void fetchNextPage();
  }, [wantOlder, olderLoaded, hasNextPage, isFetching, fetchNextPage]);

  const pagesLoaded = older.data?.pages.length ?? 0;
  const focusMissing = focusId !== null && !messages.some((message) => message.id === focusId);
  useEffect(() => {
    if (focusMissing && pagesLoaded > 0 && hasNextPage && !isFetching && pagesLoaded < MAX_PAGES_TO_MATCH) void fetchNextPage();
  }, [focusMissing, pagesLoaded, hasNextPage, isFetching, fetchNextPage]);

  return {
    conversation: head.data?.response.conversation,
    messages,
    lines,
    pending: head.data?.response.pending ?? [],
    polledAt: head.dataUpdatedAt,
    loading: head.isPending,
    error: head.error,
    hasOlder,
    loadingOlder: older.isFetching,
    loadOlder,
  };
}
