import { infiniteQueryOptions, keepPreviousData, queryOptions } from "@tanstack/react-query";
import type { InboxResponse, MessagesResponse } from "@/lib/contract/inbox";
import type { ContactResponse } from "@/lib/contract/contact";
import { FetchError, fetchJson, fetchWithEtag } from "./fetch";
import { pollInboxPage } from "./inbox-poll";
import { advanceHead, advanceThread, type InboxHead, type ThreadHead } from "./inbox-windows";
import { inboxKeys, type ListFilters } from "./keys";
import { intervalOf, polled } from "./polling";

/*
 * Query keys and fetchers of the inbox's polled reads. Every poll is conditional (ETags), so
 * an unchanged poll is a bodiless 304; the list's first page is polled by change (`since`).
 */

export { FetchError, forgetEtags } from "./fetch";

export const PAGE_SIZE = 50;

export type { ListFilters } from "./keys";

export function inboxUrl(filters: ListFilters, cursor?: string | null): string {
  const params = new URLSearchParams();
  if (filters.channel) params.set("channel", String(filters.channel));
  if (filters.unread) params.set("unread", "1");
  if (filters.failed) params.set("failed", "1");
  if (filters.q) params.set("q", filters.q);
  if (filters.view) params.set("view", filters.view);
  if (filters.status) params.set("status", filters.status);
  if (filters.sort) params.set("sort", filters.sort);
  if (cursor) params.set("cursor", cursor);
  params.set("limit", String(PAGE_SIZE));
  return `/api/inbox?${params}`;
}

/*
 * The route handlers validate what they send with the zod schemas of lib/contract; the browser
 * trusts that shape and only checks it is one, which keeps zod out of the first page load.
 */
function expectShape<T>(key: string) {
  return (raw: unknown): T => {
    if (typeof raw !== "object" || raw === null || !(key in raw)) throw new FetchError(200, `The server sent an answer without ${key}.`);
    return raw as T;
  };
}
const parseInbox = expectShape<InboxResponse>("conversations");
const parseMessages = expectShape<MessagesResponse>("messages");
const parseContact = expectShape<ContactResponse>("otherChats");

export const inboxQueries = {
  head: (filters: ListFilters) =>
    queryOptions({
      queryKey: inboxKeys.head(filters),
      // By change: a delta since the page last received for this question, merged (lib/query/inbox-poll.ts).
      queryFn: async ({ client, queryKey, signal }) =>
        advanceHead(client.getQueryData<InboxHead>(queryKey), await pollInboxPage(inboxUrl(filters), filters, PAGE_SIZE, signal), filters.sort),
      refetchInterval: intervalOf("inbox"),
      placeholderData: keepPreviousData,
      ...polled,
    }),
  /** Pages below the first, loaded on demand; their rows are refreshed when they reach the head. */
  tail: (filters: ListFilters, start: string | null) =>
    infiniteQueryOptions({
      queryKey: inboxKeys.tail(filters, start),
      queryFn: ({ pageParam, signal }) => fetchWithEtag(inboxUrl(filters, pageParam), parseInbox, signal),
      initialPageParam: start,
      getNextPageParam: (page: InboxResponse) => page.nextCursor,
      staleTime: Infinity,
      refetchOnWindowFocus: false,
    }),
  /** The newest messages of a conversation, plus every message seen since it was opened. */
  thread: (conversationId: number) =>
    queryOptions({
      queryKey: inboxKeys.threadHead(conversationId),
      queryFn: async ({ client, queryKey, signal }) => {
        const url = `/api/conversations/${conversationId}/messages?limit=${PAGE_SIZE}`;
        return advanceThread(client.getQueryData<ThreadHead>(queryKey), await fetchWithEtag(url, parseMessages, signal));
      },
      refetchInterval: intervalOf("thread"),
      ...polled,
    }),
  /** Who the customer is: read when the panel opens, again when the thread's family is invalidated. */
  contact: (conversationId: number) =>
    queryOptions({
      queryKey: inboxKeys.contact(conversationId),
      queryFn: ({ signal }) => fetchJson(`/api/conversations/${conversationId}/contact`, parseContact, signal),
      staleTime: 30_000,
    }),
  older: (conversationId: number, start: string | null) =>
    infiniteQueryOptions({
      queryKey: inboxKeys.older(conversationId, start),
      queryFn: ({ pageParam, signal }) =>
        fetchWithEtag(`/api/conversations/${conversationId}/messages?limit=${PAGE_SIZE}&before=${pageParam ?? ""}`, parseMessages, signal),
      initialPageParam: start,
      getNextPageParam: (page: MessagesResponse) => page.olderCursor,
      staleTime: Infinity,
      refetchOnWindowFocus: false,
    }),
};
