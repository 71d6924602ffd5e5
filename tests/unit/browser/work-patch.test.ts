import { QueryClient, type InfiniteData } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import type { InboxResponse } from "@/lib/contract/inbox";
import { lookClears } from "@/components/inbox/signed-in-agent";
import { belongsTo, changedRow, patchWork } from "@/components/inbox/work-patch";
import { advanceHead, type InboxHead } from "@/lib/query/inbox-windows";
import { inboxKeys, type ListFilters } from "@/lib/query/keys";
import { inbox, row } from "./fixtures";

const base: ListFilters = { channel: null, unread: false, q: "", view: "all", status: "open", sort: "activity" };
const at = (minute: number) => `2026-01-01T10:${String(minute).padStart(2, "0")}:00.000Z`;
const dana = { id: "dana", name: "Dana Agent" };

function cached(filters: ListFilters[]) {
  const client = new QueryClient();
  for (const f of filters) {
    client.setQueryData(inboxKeys.head(f), advanceHead(undefined, inbox([row(1, at(3)), row(2, at(2))], "c")));
    client.setQueryData<InfiniteData<InboxResponse>>(inboxKeys.tail(f, "c"), { pages: [inbox([row(3, at(1))])], pageParams: ["c"] });
  }
  return client;
}
const headIds = (client: QueryClient, f: ListFilters) => client.getQueryData<InboxHead>(inboxKeys.head(f))?.known.map((r) => r.id);
const tailIds = (client: QueryClient, f: ListFilters) => client.getQueryData<InfiniteData<InboxResponse>>(inboxKeys.tail(f, "c"))?.pages.flatMap((p) => p.conversations.map((r) => r.id));

describe("a change accepted by the server, in every cached list", () => {
  it("takes resolved conversations out of the open lists, also from the pages below the first", () => {
    const everything = { ...base, status: "all" as const };
    const client = cached([base, everything]);
    patchWork(client, [2, 3], { change: "resolve" }, "dana", null);
    expect(headIds(client, base)).toEqual([1]);
    expect(tailIds(client, base)).toEqual([]);
    expect(headIds(client, everything)).toEqual([1, 2]);
    expect(client.getQueryData<InboxHead>(inboxKeys.head(everything))?.known[1]?.status).toBe("resolved");
  });

  it("moves an assigned conversation out of Unassigned and into the assignee's Mine", () => {
    const unassigned = { ...base, view: "unassigned" as const };
    const client = cached([unassigned]);
    patchWork(client, [1], { change: "assign", assigneeId: "dana" }, "dana", dana);
    expect(headIds(client, unassigned)).toEqual([2]);
    const mine = changedRow(row(1, at(3)), { change: "assign", assigneeId: "dana" }, dana);
    expect(mine.assignee).toEqual(dana);
    expect(belongsTo(mine, { ...base, view: "mine" }, "dana")).toBe(true);
    expect(belongsTo(mine, { ...base, view: "mine" }, "sam")).toBe(false);
  });

  it("gives a snoozed conversation its end and takes it out of the unread list when marked read", () => {
    const snoozed = changedRow(row(1, at(3)), { change: "snooze", until: "2026-02-01T09:00:00+01:00" }, null);
    expect(snoozed).toMatchObject({ status: "snoozed", snoozedUntil: "2026-02-01T08:00:00.000Z" });
    expect(changedRow(snoozed, { change: "reopen" }, null)).toMatchObject({ status: "open", snoozedUntil: null });
    const read = changedRow(row(1, at(3), { unreadCount: 4 }), { change: "read" }, null);
    expect(belongsTo(read, { ...base, unread: true }, "dana")).toBe(false);
  });
});

describe("whose look clears unread", () => {
  it("the assignee's, and an agent's on an unassigned conversation; never a supervisor's on someone else's", () => {
    expect(lookClears({ id: "dana", role: "agent" }, { id: "dana" })).toBe(true);
    expect(lookClears({ id: "dana", role: "agent" }, null)).toBe(true);
    expect(lookClears({ id: "dana", role: "agent" }, { id: "lee" })).toBe(false);
    expect(lookClears({ id: "sam", role: "supervisor" }, null)).toBe(false);
    expect(lookClears({ id: "sam", role: "supervisor" }, { id: "sam" })).toBe(true);
    expect(lookClears(null, null)).toBe(false);
  });
});
