import type { ConversationRowView, InboxResponse, MessagesResponse, MessageView } from "@/lib/contract/inbox";

/*
 * The windows the inbox keeps over its polled reads: the first page of conversations with the
 * rows it has shown, and a thread's newest page with the messages seen since it was opened.
 * Pure functions, shared by the query functions and the hooks that merge in older pages.
 */

/** Conversations sort by last activity, then id, newest first: the server's order. */
export const activityKey = (row: ConversationRowView) => row.lastMessage?.at ?? "1970-01-01T00:00:00.000Z";
export function newerFirst(a: ConversationRowView, b: ConversationRowView): number {
  // ISO times of one format order as strings; plain comparison is far cheaper than localeCompare.
  const x = activityKey(a);
  const y = activityKey(b);
  return x === y ? b.id - a.id : x < y ? 1 : -1;
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

export interface ThreadHead {
  response: MessagesResponse;
  known: MessageView[];
  olderCursor: string | null;
}

/** By time; within one second (Afilnet's resolution) by Afilnet's increasing message id when numeric. */
export function olderFirst(a: MessageView, b: MessageView): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  const x = Number(a.messageId);
  const y = Number(b.messageId);
  return Number.isFinite(x) && Number.isFinite(y) && x !== y ? x - y : a.id - b.id;
}

export function advanceThread(previous: ThreadHead | undefined, response: MessagesResponse): ThreadHead {
  if (previous?.response === response) return previous;
  const byId = new Map((previous?.known ?? []).map((message) => [message.id, message]));
  for (const message of response.messages) byId.set(message.id, message);
  return { response, known: [...byId.values()].sort(olderFirst), olderCursor: previous ? previous.olderCursor : response.olderCursor };
}
