import { infiniteQueryOptions, keepPreviousData, queryOptions } from "@tanstack/react-query";
import {
  inboxResponseSchema,
  messagesResponseSchema,
  type ConversationRowView,
  type InboxResponse,
  type MessagesResponse,
  type MessageView,
} from "@/lib/inbox/api-types";

/*
 * Query keys and fetchers of the inbox's polled reads. Every poll is conditional: the
 * fetcher keeps the last ETag and answer per URL, so an unchanged poll is a bodiless 304.
 */

export class FetchError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "FetchError";
  }
}

const MAX_REMEMBERED = 300;
const remembered = new Map<string, { etag: string; data: unknown }>();

export async function fetchWithEtag<T>(url: string, parse: (raw: unknown) => T, signal?: AbortSignal): Promise<T> {
  const cached = remembered.get(url);
  // no-store: the browser's own cache must not turn our 304 into a 200 behind our back.
  const response = await fetch(url, { headers: cached ? { "If-None-Match": cached.etag } : {}, cache: "no-store", signal });
  if (response.status === 304 && cached) return cached.data as T;
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    throw new FetchError(response.status, body?.error ?? `HTTP ${response.status}`);
  }
  const data = parse(await response.json());
  const etag = response.headers.get("ETag");
  remembered.delete(url);
  if (etag) remembered.set(url, { etag, data });
  if (remembered.size > MAX_REMEMBERED) remembered.delete(remembered.keys().next().value as string);
  return data;
}

/** The next poll of these URLs asks unconditionally, for changes the server's ETag does not cover. */
export function forgetEtags(prefix: string): void {
  for (const url of [...remembered.keys()]) if (url.startsWith(prefix)) remembered.delete(url);
}

const visible = () => typeof document === "undefined" || document.visibilityState === "visible";
/** Fast while someone looks, slow in a hidden tab (which still polls, for alerts). */
const every = (visibleMs: number) => () => (visible() ? visibleMs : 20_000);
const polled = {
  refetchIntervalInBackground: true,
  refetchOnWindowFocus: "always",
  refetchOnReconnect: "always",
  retry: 1,
} as const;

export const PAGE_SIZE = 50;

export interface ListFilters {
  channel: number | null;
  unread: boolean;
  q: string;
}

export function inboxUrl(filters: ListFilters, cursor?: string | null): string {
  const params = new URLSearchParams();
  if (filters.channel) params.set("channel", String(filters.channel));
  if (filters.unread) params.set("unread", "1");
  if (filters.q) params.set("q", filters.q);
  if (cursor) params.set("cursor", cursor);
  params.set("limit", String(PAGE_SIZE));
  return `/api/inbox?${params}`;
}

/** Conversations sort by last activity, then id, newest first: the server's order. */
export const activityKey = (row: ConversationRowView) => row.lastMessage?.at ?? "1970-01-01T00:00:00.000Z";
export function newerFirst(a: ConversationRowView, b: ConversationRowView): number {
  const at = activityKey(b).localeCompare(activityKey(a));
  return at !== 0 ? at : b.id - a.id;
}

/**
 * The polled first page, plus every row it has shown that is still believed to be in the
 * list: a row pushed below the first page by newer activity keeps its place without a
 * refetch of the pages below. `tailCursor` is where the pages below begin, fixed per filter.
 */
export interface InboxHead {
  response: InboxResponse;
  known: ConversationRowView[];
  tailCursor: string | null;
}

export function advanceHead(previous: InboxHead | undefined, response: InboxResponse): InboxHead {
  if (previous?.response === response) return previous;
  const byId = new Map((previous?.known ?? []).map((row) => [row.id, row]));
  for (const row of response.conversations) byId.set(row.id, row);
  const fresh = new Set(response.conversations.map((row) => row.id));
  const last = response.conversations[response.conversations.length - 1];
  const known = [...byId.values()].filter((row) => fresh.has(row.id) || !withinHead(row, last, response.nextCursor));
  return { response, known: known.sort(newerFirst), tailCursor: previous ? previous.tailCursor : response.nextCursor };
}

/** A row ranking inside the first page but absent from it has left the list (filter, or gone). */
export function withinHead(row: ConversationRowView, last: ConversationRowView | undefined, nextCursor: string | null): boolean {
  if (!nextCursor || !last) return true;
  return newerFirst(row, last) <= 0;
}

const parseInbox = (raw: unknown) => inboxResponseSchema.parse(raw);
const parseMessages = (raw: unknown) => messagesResponseSchema.parse(raw);

export const inboxQueries = {
  head: (filters: ListFilters) =>
    queryOptions({
      queryKey: ["inbox", "head", filters] as const,
      queryFn: async ({ client, queryKey, signal }) =>
        advanceHead(client.getQueryData<InboxHead>(queryKey), await fetchWithEtag(inboxUrl(filters), parseInbox, signal)),
      refetchInterval: every(3_000),
      placeholderData: keepPreviousData,
      ...polled,
    }),
  /** Pages below the first, loaded on demand; their rows are refreshed when they reach the head. */
  tail: (filters: ListFilters, start: string | null) =>
    infiniteQueryOptions({
      queryKey: ["inbox-tail", filters, start] as const,
      queryFn: ({ pageParam, signal }) => fetchWithEtag(inboxUrl(filters, pageParam), parseInbox, signal),
      initialPageParam: start,
      getNextPageParam: (page: InboxResponse) => page.nextCursor,
      staleTime: Infinity,
      refetchOnWindowFocus: false,
    }),
  /** The newest messages of a conversation, plus every message seen since it was opened. */
  thread: (conversationId: number) =>
    queryOptions({
      queryKey: ["thread", conversationId] as const,
      queryFn: async ({ client, queryKey, signal }) => {
        const url = `/api/conversations/${conversationId}/messages?limit=${PAGE_SIZE}`;
        return advanceThread(client.getQueryData<ThreadHead>(queryKey), await fetchWithEtag(url, parseMessages, signal));
      },
      refetchInterval: every(1_500),
      ...polled,
    }),
  older: (conversationId: number, start: string | null) =>
    infiniteQueryOptions({
      queryKey: ["thread-older", conversationId, start] as const,
      queryFn: ({ pageParam, signal }) =>
        fetchWithEtag(`/api/conversations/${conversationId}/messages?limit=${PAGE_SIZE}&before=${pageParam ?? ""}`, parseMessages, signal),
      initialPageParam: start,
      getNextPageParam: (page: MessagesResponse) => page.olderCursor,
      staleTime: Infinity,
      refetchOnWindowFocus: false,
    }),
};

export interface ThreadHead {
  response: MessagesResponse;
  known: MessageView[];
  olderCursor: string | null;
}

export const olderFirst = (a: MessageView, b: MessageView) => a.at.localeCompare(b.at) || a.id - b.id;

function advanceThread(previous: ThreadHead | undefined, response: MessagesResponse): ThreadHead {
  if (previous?.response === response) return previous;
  const byId = new Map((previous?.known ?? []).map((message) => [message.id, message]));
  for (const message of response.messages) byId.set(message.id, message);
  return { response, known: [...byId.values()].sort(olderFirst), olderCursor: previous ? previous.olderCursor : response.olderCursor };
}
