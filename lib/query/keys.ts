import type { ConversationStatus, InboxSort, InboxView } from "@/lib/contract/inbox";

/*
 * Every query key of the browser, one factory per family. Keys nest, so invalidating a family
 * (`inboxKeys.all`, `inboxKeys.thread(id)`, `queueKeys.all`) reaches every key inside it.
 */

/** Which conversations by status the list shows; the inbox asks for "open" unless told otherwise. */
export type StatusFilter = ConversationStatus | "all";

/** The list's question. View, status and sort left out mean the server's defaults (all, all, activity). */
export type ListFilters = { channel: number | null; unread: boolean; failed?: boolean; q: string; view?: InboxView; status?: StatusFilter; sort?: InboxSort };

export const inboxKeys = {
  all: ["inbox"] as const,
  /** The conversation list: its polled first page and the pages loaded below it. */
  lists: () => [...inboxKeys.all, "list"] as const,
  head: (filters: ListFilters) => [...inboxKeys.lists(), "head", filters] as const,
  tail: (filters: ListFilters, start: string | null) => [...inboxKeys.lists(), "tail", filters, start] as const,
  /** Every open thread, for a change that touched several conversations. */
  threads: () => [...inboxKeys.all, "thread"] as const,
  /** One conversation: its polled newest messages and the older pages loaded above them. */
  thread: (conversationId: number) => [...inboxKeys.threads(), conversationId] as const,
  threadHead: (conversationId: number) => [...inboxKeys.thread(conversationId), "head"] as const,
  older: (conversationId: number, start: string | null) => [...inboxKeys.thread(conversationId), "older", start] as const,
  /** The contact panel of a conversation; inside the thread's family, so a change to the thread refreshes it. */
  contact: (conversationId: number) => [...inboxKeys.thread(conversationId), "contact"] as const,
};

/** Who else has which conversation open; the key holds what this tab says of itself. */
export const presenceKeys = {
  all: ["presence"] as const,
  beat: (viewing: number | null, typing: boolean) => [...presenceKeys.all, viewing, typing] as const,
};

/** The team as "Assign to…" and the availability control see it. */
export const teamKeys = {
  all: ["team"] as const,
  teammates: () => [...teamKeys.all, "teammates"] as const,
};

/** The canned replies the signed-in agent may insert: the team's and their own. */
export const cannedKeys = {
  all: ["canned"] as const,
};

export const queueKeys = {
  all: ["queues"] as const,
  overview: () => [...queueKeys.all, "overview"] as const,
  waiting: (channelId: number) => [...queueKeys.all, "waiting", channelId] as const,
  /** The open conversations waiting on one agent (the Agents table's rows). */
  agentWaiting: (agentId: string) => [...queueKeys.all, "agent-waiting", agentId] as const,
  trend: (range: string) => [...queueKeys.all, "trend", range] as const,
  /** The activity record with its filters (lib/contract/activity.ts). */
  activity: (filters: Record<string, string>) => [...queueKeys.all, "activity", filters] as const,
};
