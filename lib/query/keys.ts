/*
 * Every query key of the browser, one factory per family. Keys nest, so invalidating a family
 * (`inboxKeys.all`, `inboxKeys.thread(id)`, `queueKeys.all`) reaches every key inside it.
 */

export type ListFilters = { channel: number | null; unread: boolean; q: string };

export const inboxKeys = {
  all: ["inbox"] as const,
  /** The conversation list: its polled first page and the pages loaded below it. */
  lists: () => [...inboxKeys.all, "list"] as const,
  head: (filters: ListFilters) => [...inboxKeys.lists(), "head", filters] as const,
  tail: (filters: ListFilters, start: string | null) => [...inboxKeys.lists(), "tail", filters, start] as const,
  /** One conversation: its polled newest messages and the older pages loaded above them. */
  thread: (conversationId: number) => [...inboxKeys.all, "thread", conversationId] as const,
  threadHead: (conversationId: number) => [...inboxKeys.thread(conversationId), "head"] as const,
  older: (conversationId: number, start: string | null) => [...inboxKeys.thread(conversationId), "older", start] as const,
};

export const queueKeys = {
  all: ["queues"] as const,
  overview: () => [...queueKeys.all, "overview"] as const,
  waiting: (channelId: number) => [...queueKeys.all, "waiting", channelId] as const,
  trend: (range: string) => [...queueKeys.all, "trend", range] as const,
};
