import type { QueueRow, WaitState } from "@/lib/contract/queues";

/*
 * The sortable columns of the queues table and how each orders its rows. Pure, so the
 * order the supervisor sees can be reasoned about without a browser.
 */

/** The figure columns, in table order; with name and state they are every sortable column. */
export const FIGURE_KEYS = [
  "unreadConversations",
  "unreadMessages",
  "waitingConversations",
  "oldestWait",
  "overdueConversations",
  "lastInboundAt",
  "lastReplyAt",
] as const;

export const SORT_KEYS = ["name", "state", ...FIGURE_KEYS] as const;

export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = "ascending" | "descending";
export interface Sort {
  key: SortKey;
  direction: SortDirection;
}

const STATE_RANK: Record<WaitState, number> = { within: 0, near: 1, past: 2 };
const time = (iso: string | null) => (iso === null ? null : Date.parse(iso));

/** The value a column sorts by; null sorts last in either direction ("never" is not a time). */
function valueOf(row: QueueRow, key: SortKey): number | string | null {
  switch (key) {
    case "name":
      return row.name;
    case "state":
      return STATE_RANK[row.state];
    case "oldestWait":
      // A longer wait is an earlier start: negate, so that ascending reads "shortest wait first".
      return row.oldestWaitingSince === null ? null : -Date.parse(row.oldestWaitingSince);
    case "lastInboundAt":
    case "lastReplyAt":
      return time(row[key]);
    default:
      return row[key];
  }
}

/** Numbers start with the largest, as a supervisor looks for the worst queue first. */
export function firstDirection(key: SortKey): SortDirection {
  return key === "name" ? "ascending" : "descending";
}

export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key !== key) return { key, direction: firstDirection(key) };
  return { key, direction: current.direction === "ascending" ? "descending" : "ascending" };
}

export function sortRows(rows: QueueRow[], sort: Sort): QueueRow[] {
  const sign = sort.direction === "ascending" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = valueOf(a, sort.key);
    const y = valueOf(b, sort.key);
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      const order = typeof x === "string" && typeof y === "string" ? x.localeCompare(y) : x < y ? -1 : 1;
      return order * sign;
    }
    // Ties keep a stable, readable order: by name, then id.
    return a.name.localeCompare(b.name) || a.channelId - b.channelId;
  });
}

/** The most urgent queue first: the longest wait. */
export const DEFAULT_SORT: Sort = { key: "oldestWait", direction: "descending" };
