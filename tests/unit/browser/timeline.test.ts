import { describe, expect, it } from "vitest";
import type { ConversationEventView } from "@/lib/contract/inbox";
import { snoozeProblem, wallClockMoment, wallClockValue } from "@/components/inbox/snooze-dialog";
import { timeline } from "@/components/inbox/timeline";
import { message } from "./fixtures";

const line = (id: number, at: string): ConversationEventView => ({ kind: "event", id, change: "status", status: "resolved", snoozedUntil: null, assignee: null, actor: null, reason: null, at });

describe("the thread's lines by time", () => {
  it("puts the record's lines between the messages, a change in a message's second after it", () => {
    const messages = [message(1, "2026-01-01T10:00:00.000Z"), message(2, "2026-01-01T10:05:00.000Z")];
    const events = [line(7, "2026-01-01T09:59:00.000Z"), line(8, "2026-01-01T10:05:00.000Z"), line(9, "2026-01-01T10:03:00.000Z")].sort((a, b) => (a.at < b.at ? -1 : 1));
    expect(timeline(messages, events).map((item) => item.key)).toEqual(["e7", "m1", "e9", "m2", "e8"]);
  });

  it("shows the lines alone when there are no messages", () => {
    expect(timeline([], [line(1, "2026-01-01T10:00:00.000Z")]).map((item) => item.kind)).toEqual(["event"]);
  });
});

describe("a snooze's end chosen by hand", () => {
  const now = Date.parse("2026-01-05T12:00:00Z");
  it("must be a time, in the future, within a year", () => {
    expect(snoozeProblem("", now, "UTC")).toBe("snoozeMissing");
    expect(snoozeProblem("2026-01-05T11:59", now, "UTC")).toBe("snoozePast");
    expect(snoozeProblem("2027-01-06T12:00", now, "UTC")).toBe("snoozeTooFar");
    expect(snoozeProblem("2026-01-06T09:00", now, "UTC")).toBeNull();
  });

  it("is read on the clock of the agent's chosen zone, not the computer's", () => {
    expect(new Date(wallClockMoment("2026-01-05T12:30", "America/New_York")).toISOString()).toBe("2026-01-05T17:30:00.000Z");
    expect(new Date(wallClockMoment("2026-07-05T12:30", "Europe/Madrid")).toISOString()).toBe("2026-07-05T10:30:00.000Z");
    // 12:30 in Madrid is 11:30 UTC: past at noon UTC, although it reads as later on a UTC clock.
    expect(snoozeProblem("2026-01-05T12:30", now, "Europe/Madrid")).toBe("snoozePast");
    expect(wallClockValue(now, "Asia/Tokyo")).toBe("2026-01-05T21:00");
    expect(wallClockMoment("2026-01-05", "UTC")).toBeNaN();
  });
});
