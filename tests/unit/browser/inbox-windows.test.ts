import { describe, expect, it } from "vitest";
import { advanceHead, advanceThread, newerFirst, olderFirst } from "@/lib/query/inbox-windows";
import { inbox, message, row, thread } from "./fixtures";

describe("the conversation list's first-page window", () => {
  it("orders by last activity, newest first, then by id", () => {
    const rows = [row(1, "2026-01-01T10:00:00.000Z"), row(3, "2026-01-01T11:00:00.000Z"), row(2, "2026-01-01T11:00:00.000Z"), row(4, null)];
    expect(rows.sort(newerFirst).map((r) => r.id)).toEqual([3, 2, 1, 4]);
  });

  it("keeps a row pushed below the first page by newer activity, without refetching the pages below", () => {
    const first = advanceHead(undefined, inbox([row(2, "2026-01-01T10:02:00.000Z"), row(1, "2026-01-01T10:01:00.000Z")], "c1"));
    const pushed = advanceHead(first, inbox([row(3, "2026-01-01T10:03:00.000Z"), row(2, "2026-01-01T10:02:00.000Z")], "c2"));
    expect(pushed.known.map((r) => r.id)).toEqual([3, 2, 1]);
  });

  it("drops a row that ranks inside the first page but is absent from it: it left the list", () => {
    const first = advanceHead(undefined, inbox([row(2, "2026-01-01T10:02:00.000Z"), row(1, "2026-01-01T10:01:00.000Z")], "c1"));
    const left = advanceHead(first, inbox([row(1, "2026-01-01T10:01:00.000Z")], "c1"));
    expect(left.known.map((r) => r.id)).toEqual([1]);
  });

  it("takes the server's newer copy of a row and keeps the tail cursor of the first answer", () => {
    const first = advanceHead(undefined, inbox([row(1, "2026-01-01T10:01:00.000Z")], "tail-start"));
    const next = advanceHead(first, inbox([row(1, "2026-01-01T10:05:00.000Z", { unreadCount: 2 })], "elsewhere"));
    expect(next.known[0]?.unreadCount).toBe(2);
    expect(next.tailCursor).toBe("tail-start");
  });

  it("returns the same window for the same answer, so that React sees no change", () => {
    const response = inbox([row(1, "2026-01-01T10:01:00.000Z")]);
    const head = advanceHead(undefined, response);
    expect(advanceHead(head, response)).toBe(head);
  });
});

describe("the thread's window", () => {
  it("orders by time, then by Afilnet's numeric id within one second", () => {
    const same = "2026-01-01T10:00:00.000Z";
    const messages = [message(5, same, { messageId: "20" }), message(6, same, { messageId: "9" }), message(1, "2026-01-01T09:59:59.000Z")];
    expect(messages.sort(olderFirst).map((m) => m.id)).toEqual([1, 6, 5]);
  });

  it("keeps every message seen since the thread was opened, and the first older cursor", () => {
    const opened = advanceThread(undefined, thread([message(1, "2026-01-01T10:00:00.000Z"), message(2, "2026-01-01T10:01:00.000Z")], "older-1"));
    const later = advanceThread(opened, thread([message(2, "2026-01-01T10:01:00.000Z"), message(3, "2026-01-01T10:02:00.000Z")], "older-2"));
    expect(later.known.map((m) => m.id)).toEqual([1, 2, 3]);
    expect(later.olderCursor).toBe("older-1");
  });
});
