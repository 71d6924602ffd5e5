import { afterEach, describe, expect, it, vi } from "vitest";
import type { InboxDelta, InboxFull } from "@/lib/contract/inbox-delta";
import { rowCursor } from "@/lib/query/inbox-delta";
import { pollInboxPage } from "@/lib/query/inbox-poll";
import { inbox, row } from "./fixtures";

/*
 * The browser's poll of the list's first page by change: it sends the version and last row of
 * the page it holds, merges a delta into that page (never into the optimistically patched
 * cache), and asks a new question in full.
 */

const t = (minute: number) => `2026-03-01T10:${String(minute).padStart(2, "0")}:00.000Z`;
const full = (rows: ReturnType<typeof row>[], nextCursor: string | null, version: number): InboxFull => ({ ...inbox(rows, nextCursor), views: { mine: 0, unassigned: 0, all: 0 }, version }) as InboxFull;

function answers(...bodies: (object | 304)[]) {
  const asked: { url: string; etag: string | null }[] = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    asked.push({ url, etag: new Headers(init.headers).get("If-None-Match") });
    const body = bodies.shift()!;
    if (body === 304) return new Response(null, { status: 304 });
    return new Response(JSON.stringify(body), { status: 200, headers: { ETag: `W/"${asked.length}"` } });
  });
  return asked;
}
afterEach(() => vi.unstubAllGlobals());

describe("pollInboxPage", () => {
  it("asks since the page it holds (with its rows), merges the delta, and keeps the merged page over a 304", async () => {
    const question = "/api/inbox?status=open&limit=2";
    const first = full([row(3, t(30)), row(2, t(20))], rowCursor(row(2, t(20)), "activity"), 7);
    const delta: InboxDelta = {
      delta: true,
      since: 7,
      version: 8,
      sync: first.sync,
      conversations: [row(1, t(40))],
      removed: [3],
      following: { conversations: [], more: false },
    };
    const asked = answers(first, delta, 304);
    expect(await pollInboxPage(question, { channel: null, unread: false, q: "" }, 2)).toEqual(first);
    const merged = await pollInboxPage(question, { channel: null, unread: false, q: "" }, 2);
    expect(merged.conversations.map((r) => r.id)).toEqual([1, 2]);
    expect(merged).toMatchObject({ version: 8, nextCursor: null });
    expect(await pollInboxPage(question, { channel: null, unread: false, q: "" }, 2)).toBe(merged);
    expect(asked).toEqual([
      { url: question, etag: null },
      { url: `${question}&since=7&after=${first.nextCursor}&held=3,2`, etag: 'W/"1"' },
      { url: `${question}&since=8`, etag: 'W/"2"' },
    ]);
  });

  it("asks another question in full", async () => {
    const asked = answers(full([], null, 9));
    await pollInboxPage("/api/inbox?status=open&unread=1&limit=2", { channel: null, unread: true, q: "" }, 2);
    expect(asked[0]!.url).toBe("/api/inbox?status=open&unread=1&limit=2");
  });
});
