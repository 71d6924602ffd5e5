"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { ConversationEventView, MessageView } from "@/lib/contract/inbox";
import { inboxQueries } from "@/lib/query/inbox-queries";
import { eventsInOrder, olderFirst } from "@/lib/query/inbox-windows";

/**
 * A conversation's thread: the newest page polled, older pages fetched by cursor when the
 * agent scrolls up. Messages and the record's lines are keyed by id, so none shows twice.
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

  const messages = useMemo(() => {
    const known = head.data?.known ?? [];
    const pages = older.data?.pages ?? [];
    if (pages.length === 0) return known;
    const byId = new Map<number, MessageView>();
    for (const page of pages) for (const message of page.messages) byId.set(message.id, message);
    for (const message of known) byId.set(message.id, message);
    return [...byId.values()].sort(olderFirst);
  }, [head.data, older.data]);

  // The record's lines of the newest page and of the older pages loaded above it, once each.
  const events = useMemo(() => {
    const known = head.data?.events ?? [];
    const pages = older.data?.pages ?? [];
    if (pages.length === 0) return known;
    const byId = new Map<number, ConversationEventView>();
    for (const page of pages) for (const event of page.events ?? []) byId.set(event.id, event);
    for (const event of known) byId.set(event.id, event);
    return [...byId.values()].sort(eventsInOrder);
  }, [head.data, older.data]);

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
    events,
    pending: head.data?.response.pending ?? [],
    polledAt: head.dataUpdatedAt,
    loading: head.isPending,
    error: head.error,
    hasOlder,
    loadingOlder: older.isFetching,
    loadOlder,
  };
}
