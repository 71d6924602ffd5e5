import type { ConversationRowView, InboxResponse, InboxSort, MessagesResponse, MessageView, ThreadItem, ThreadLine } from "@/lib/contract/inbox";
import { linesInOrder } from "@/lib/contract/thread";

/*
 * The windows the inbox keeps over its polled reads: the first page of conversations with the
 * rows it has shown, and a thread's newest page with the messages seen since it was opened.
 * Pure functions, shared by the query functions and the hooks that merge in older pages.
 */

type Order = (a: ConversationRowView, b: ConversationRowView) => number;

const EPOCH = "1970-01-01T00:00:00.000Z";
// The server puts conversations nobody waits on last in the "waiting" order with this key.
const FAR_FUTURE = "9999-12-31T00:00:00.000Z";

// ISO times of one format order as strings; plain comparison is far cheaper than localeCompare.
const descending = (x: string, y: string, a: ConversationRowView, b: ConversationRowView) => (x === y ? b.id - a.id : x < y ? 1 : -1);
const ascending = (x: string, y: string, a: ConversationRowView, b: ConversationRowView) => (x === y ? a.id - b.id : x < y ? -1 : 1);

/** Conversations sort by last activity, then id, newest first: the server's default order. */
export const activityKey = (row: ConversationRowView) => row.lastMessage?.at ?? EPOCH;
export const newerFirst: Order = (a, b) => descending(activityKey(a), activityKey(b), a, b);

/** "Longest waiting": the oldest wait first, then id; conversations nobody waits on come last. */
const waitingKey = (row: ConversationRowView) => row.waitingSince ?? FAR_FUTURE;
export const longestWaitingFirst: Order = (a, b) => ascending(waitingKey(a), waitingKey(b), a, b);

/** "Newest": the conversation that began last first, then id. */
const startKey = (row: ConversationRowView) => row.startedAt ?? EPOCH;
export const newestFirst: Order = (a, b) => descending(startKey(a), startKey(b), a, b);

/** "Window closing soon": WhatsApp windows still open, the first to close first (the server lists only those). */
const windowKey = (row: ConversationRowView) => row.windowEndsAt ?? FAR_FUTURE;
export const windowClosingFirst: Order = (a, b) => ascending(windowKey(a), windowKey(b), a, b);

const ORDERS: Record<InboxSort, Order> = { activity: newerFirst, waiting: longestWaitingFirst, newest: newestFirst, window: windowClosingFirst };

/** The comparison that reproduces the server's order for a sort. */
export const orderOf = (sort: InboxSort = "activity"): Order => ORDERS[sort];

/**
 * The polled first page, plus every row it has shown that is still believed to be in the
 * list: a row pushed below the first page (by newer activity, a longer wait, a newer
 * conversation) keeps its place without a refetch of the pages below. `tailCursor` is where
 * the pages below begin, fixed per filter and sort.
 */
export interface InboxHead {
  response: InboxResponse;
  known: ConversationRowView[];
  tailCursor: string | null;
}

export function advanceHead(previous: InboxHead | undefined, response: InboxResponse, sort: InboxSort = "activity"): InboxHead {
  if (previous?.response === response) return previous;
  const order = orderOf(sort);
  const byId = new Map((previous?.known ?? []).map((row) => [row.id, row]));
  for (const row of response.conversations) byId.set(row.id, row);
  const fresh = new Set(response.conversations.map((row) => row.id));
  const last = response.conversations[response.conversations.length - 1];
  const known = [...byId.values()].filter((row) => fresh.has(row.id) || !withinHead(row, last, response.nextCursor, sort));
  return { response, known: known.sort(order), tailCursor: previous ? previous.tailCursor : response.nextCursor };
}

/** A row ranking inside the first page but absent from it has left the list (filter, status, or gone). */
export function withinHead(row: ConversationRowView, last: ConversationRowView | undefined, nextCursor: string | null, sort: InboxSort = "activity"): boolean {
  if (!nextCursor || !last) return true;
  return orderOf(sort)(row, last) <= 0;
}

/** The newest page of a thread, the messages seen since it was opened, and the lines (record and notes) among them. */
export interface ThreadHead {
  response: MessagesResponse;
  known: MessageView[];
  lines: ThreadLine[];
  olderCursor: string | null;
}

/** A thread answer's items apart: its messages, and the lines (the record's and the notes) between them. */
export function splitThread(items: readonly ThreadItem[]): { messages: MessageView[]; lines: ThreadLine[] } {
  const messages: MessageView[] = [];
  const lines: ThreadLine[] = [];
  for (const item of items) {
    if (item.kind === "message") messages.push(item);
    else lines.push(item);
  }
  return { messages, lines };
}

/** By time; within one second (Afilnet's resolution) by Afilnet's increasing message id when numeric. */
export function olderFirst(a: MessageView, b: MessageView): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  const x = Number(a.messageId);
  const y = Number(b.messageId);
  return Number.isFinite(x) && Number.isFinite(y) && x !== y ? x - y : a.id - b.id;
}

/** The record's lines and the notes in the order they happened. */
export const eventsInOrder: (a: ThreadLine, b: ThreadLine) => number = linesInOrder;

export function advanceThread(previous: ThreadHead | undefined, response: MessagesResponse): ThreadHead {
  if (previous?.response === response) return previous;
  const { messages, lines: fresh } = splitThread(response.messages);
  const byId = new Map((previous?.known ?? []).map((message) => [message.id, message]));
  for (const message of messages) byId.set(message.id, message);
  // Each answer carries the lines from its oldest message on; those kept cover messages it no longer lists.
  const lines = new Map((previous?.lines ?? []).map((line) => [line.id, line]));
  for (const line of fresh) lines.set(line.id, line);
  return {
    response,
    known: [...byId.values()].sort(olderFirst),
    lines: [...lines.values()].sort(eventsInOrder),
    olderCursor: previous ? previous.olderCursor : response.olderCursor,
  };
}
