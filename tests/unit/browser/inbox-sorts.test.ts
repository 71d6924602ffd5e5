import { describe, expect, it } from "vitest";
import type { ConversationEventView } from "@/lib/contract/inbox";
import { advanceHead, advanceThread, longestWaitingFirst, newestFirst, withinHead } from "@/lib/query/inbox-windows";
import { inbox, message, row, thread } from "./fixtures";

const at = (minute: number) => `2026-01-01T10:${String(minute).padStart(2, "0")}:00.000Z`;
const waiting = (id: number, minute: number | null) => row(id, at(30), { waitingSince: minute === null ? null : at(minute) });
const started = (id: number, minute: number | null) => row(id, at(30), { startedAt: minute === null ? null : at(minute) });

describe("the list's window under the other orders", () => {
  it("orders 'longest waiting' by the oldest wait first, nobody waiting last, as the server does", () => {
    const rows = [waiting(1, null), waiting(2, 5), waiting(3, 1), waiting(4, 5)];
    expect(rows.sort(longestWaitingFirst).map((r) => r.id)).toEqual([3, 2, 4, 1]);
  });

  it("orders 'newest' by when the conversation began, newest first, then by id", () => {
    const rows = [started(1, 1), started(2, 9), started(3, null), started(4, 9)];
    expect(rows.sort(newestFirst).map((r) => r.id)).toEqual([4, 2, 1, 3]);
  });

  it("keeps a row pushed below the first page by a longer wait arriving above it", () => {
    const first = advanceHead(undefined, inbox([waiting(1, 2), waiting(2, 4)], "c1"), "waiting");
    const pushed = advanceHead(first, inbox([waiting(3, 1), waiting(1, 2)], "c2"), "waiting");
    expect(pushed.known.map((r) => r.id)).toEqual([3, 1, 2]);
  });

  it("drops a row that ranks inside the first page of 'longest waiting' but left it (answered or resolved)", () => {
    const first = advanceHead(undefined, inbox([waiting(1, 2), waiting(2, 4)], "c1"), "waiting");
    const left = advanceHead(first, inbox([waiting(2, 4), waiting(5, 6)], "c1"), "waiting");
    expect(left.known.map((r) => r.id)).toEqual([2, 5]);
  });

  it("keeps a row pushed below the first page of 'newest' by a new conversation", () => {
    const first = advanceHead(undefined, inbox([started(2, 8), started(1, 5)], "c1"), "newest");
    const pushed = advanceHead(first, inbox([started(3, 9), started(2, 8)], "c2"), "newest");
    expect(pushed.known.map((r) => r.id)).toEqual([3, 2, 1]);
    // Under the activity order the same rows would all tie and be judged by id alone.
    expect(withinHead(started(1, 5), started(2, 8), "c2", "newest")).toBe(false);
  });
});

describe("the thread's record", () => {
  const line = (id: number, minute: number): ConversationEventView => ({
    kind: "event",
    id,
    change: "status",
    status: "resolved",
    snoozedUntil: null,
    assignee: null,
    actor: null,
    reason: null,
    at: at(minute),
  });

  it("keeps every line seen since the thread was opened, in order, once each", () => {
    const opened = advanceThread(undefined, thread([line(1, 2), message(1, at(1)), line(2, 3)]));
    const later = advanceThread(opened, thread([message(1, at(1)), line(2, 3), message(2, at(5)), line(3, 6)]));
    expect(later.lines.map((e) => e.id)).toEqual([1, 2, 3]);
    expect(later.known.map((m) => m.id)).toEqual([1, 2]);
  });
});
