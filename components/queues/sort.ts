import type { QueueRow, WaitState } from "@/lib/contract/queues";

/*
 * The sortable columns of the queues table and how each orders its rows. Pure, so the
 * order the supervisor sees can be reasoned about without a browser. The Agents table
 * (agent-sort.ts) sorts the same way, through the generic helpers here.
 */

/**
 * The figure columns, in table order; with name and state they are every sortable column.
 * The work figures (open conversations only) come first; the team's unread figures after them.
 */
export const FIGURE_KEYS = [
  "openConversations",
  "unassignedConversations",
  "waitingConversations",
  "oldestWait",
  "overdueConversations",
  "windowClosingConversations",
  "pendingConversations",
  "snoozedConversations",
  "unreadConversations",
  "unreadMessages",
  "lastInboundAt",
  "lastReplyAt",
] as const;

export const SORT_KEYS = ["name", "state", ...FIGURE_KEYS] as const;

export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = "ascending" | "descending";
export interface Sort<K extends string = SortKey> {
  key: K;
  direction: SortDirection;
}

const STATE_RANK: Record<WaitState, number> = { within: 0, near: 1, past: 2 };
const time = (iso: string | null) => (iso === null ? null : Date.parse(iso));

/** A wait's sort value: a longer wait is an earlier start, negated so that ascending reads "shortest wait first". */
export const waitValue = (since: string | null) => (since === null ? null : -Date.parse(since));

/** The value a column sorts by; null sorts last in either direction ("never" is not a time). */
function valueOf(row: QueueRow, key: SortKey): number | string | null {
  switch (key) {
    case "name":
      return row.name;
    case "state":
      return STATE_RANK[row.state];
    case "oldestWait":
      return waitValue(row.oldestWaitingSince);
    case "lastInboundAt":
    case "lastReplyAt":
      return time(row[key]);
    default:
      return row[key];
  }
}

/** Numbers start with the largest, as a supervisor looks for the worst queue first. */
export function firstDirection(key: string): SortDirection {
  return key === "name" ? "ascending" : "descending";
}

export function nextSort<K extends string>(current: Sort<K>, key: K): Sort<K> {
  if (current.key !== key) return { key, direction: firstDirection(key) };
  return { key, direction: current.direction === "ascending" ? "descending" : "ascending" };
}

/**
 * Rows ordered by one column's value (null last in either direction), ties broken by `tie`
 * so that equal rows keep a stable, readable order.
 */
export function sortBy<T, K extends string>(
  rows: readonly T[],
  sort: Sort<K>,
  value: (row: T, key: K) => number | string | null,
  tie: (a: T, b: T) => number,
): T[] {
  const sign = sort.direction === "ascending" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a, sort.key);
    const y = value(b, sort.key);
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      const order = typeof x === "string" && typeof y === "string" ? x.localeCompare(y) : x < y ? -1 : 1;
      return order * sign;
    }
    return tie(a, b);
  });
}

export function sortRows(rows: QueueRow[], sort: Sort): QueueRow[] {
  // Ties: by name, then id.
  return sortBy(rows, sort, valueOf, (a, b) => a.name.localeCompare(b.name) || a.channelId - b.channelId);
}

/** The most urgent queue first: the longest wait. */
export const DEFAULT_SORT: Sort = { key: "oldestWait", direction: "descending" };
