import { describe, expect, it } from "vitest";
import { DEFAULT_SORT, nextSort, sortRows } from "@/components/queues/sort";
import { durationKey, secondsSince, splitDuration } from "@/components/queues/duration";
import type { QueueRow } from "@/lib/contract/queues";

const row = (channelId: number, name: string, fields: Partial<QueueRow> = {}): QueueRow => ({
  channelId,
  name,
  platform: "whatsapp",
  active: true,
  thresholdSeconds: 300,
  thresholdOverridden: false,
  unreadConversations: 0,
  unreadMessages: 0,
  openConversations: 0,
  unassignedConversations: 0,
  pendingConversations: 0,
  snoozedConversations: 0,
  waitingConversations: 0,
  oldestWaitingSince: null,
  overdueConversations: 0,
  windowClosingConversations: 0,
  lastInboundAt: null,
  lastReplyAt: null,
  state: "within",
  ...fields,
});

const rows = [
  row(1, "Sales", { oldestWaitingSince: "2026-01-01T10:00:00Z", unreadConversations: 2, state: "near" }),
  row(2, "Support", { oldestWaitingSince: "2026-01-01T09:00:00Z", unreadConversations: 5, state: "past" }),
  row(3, "Bot"),
];

describe("sorting the queues", () => {
  it("puts the longest wait first by default, and channels nobody waits on last", () => {
    expect(sortRows(rows, DEFAULT_SORT).map((r) => r.name)).toEqual(["Support", "Sales", "Bot"]);
    expect(sortRows(rows, { key: "oldestWait", direction: "ascending" }).map((r) => r.name)).toEqual(["Sales", "Support", "Bot"]);
  });
  it("starts a number column with the largest and a name column with A", () => {
    expect(nextSort(DEFAULT_SORT, "unreadConversations")).toEqual({ key: "unreadConversations", direction: "descending" });
    expect(nextSort(DEFAULT_SORT, "name")).toEqual({ key: "name", direction: "ascending" });
    expect(nextSort({ key: "name", direction: "ascending" }, "name")).toEqual({ key: "name", direction: "descending" });
    expect(sortRows(rows, { key: "state", direction: "descending" }).map((r) => r.state)).toEqual(["past", "near", "within"]);
  });
  it("breaks ties by name", () => {
    expect(sortRows(rows, { key: "overdueConversations", direction: "descending" }).map((r) => r.name)).toEqual(["Bot", "Sales", "Support"]);
  });
});

describe("durations", () => {
  it("splits seconds into days, hours, minutes and seconds", () => {
    expect(splitDuration(93_784)).toEqual({ days: 1, hours: 2, minutes: 3, seconds: 4 });
    expect(splitDuration(-5)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 0 });
  });
  it("reads as the two largest units, without seconds when coarse", () => {
    expect(durationKey(45, true)).toBe("underMinute");
    expect(durationKey(45, false)).toBe("seconds");
    expect(durationKey(250, false)).toBe("minutesSeconds");
    expect(durationKey(250, true)).toBe("minutes");
    expect(durationKey(7_500, false)).toBe("hoursMinutes");
    expect(durationKey(200_000, false)).toBe("daysHours");
  });
  it("never counts a negative wait", () => {
    expect(secondsSince("2026-01-01T10:00:10Z", Date.parse("2026-01-01T10:00:00Z"))).toBe(0);
  });
});
