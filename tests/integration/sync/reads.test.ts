import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/handle";
import { runSyncOnce } from "@/lib/sync/engine";
import { listChannelSummaries, listConversations } from "@/lib/db/queries/conversations";
import { BadCursorError } from "@/lib/db/queries/cursor";
import { listMessages } from "@/lib/db/queries/thread-messages";
import { createTestDatabase } from "../../helpers/db";
import { sandboxChats, sandboxClient, syncContext } from "../../helpers/mirror";
import { startSandbox, type RunningSandbox } from "../../helpers/sandbox";

let sandbox: RunningSandbox;
let handle: DatabaseHandle;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: "demo", args: ["--customers", "0"] });
  handle = await createTestDatabase();
  // Two messages in the same second: their order must still be the upstream's.
  const at = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000).toISOString();
  for (const message of ["First of the second", "Second of the second"]) {
    await sandbox.admin("inbound", { body: { platform: "telegram", platformId: "200", destination: "tg-same-second", message, at } });
  }
  await runSyncOnce(syncContext(handle.db, sandboxClient(sandbox)), { force: true });
});
afterAll(async () => {
  await handle?.close();
  await sandbox?.stop();
});

describe("inbox reads", () => {
  it("sorts by last activity and pages by cursor without gaps or repeats", async () => {
    const seen: number[] = [];
    let cursor: string | undefined;
    let previous = Infinity;
    do {
      const page = await listConversations(handle.db, { limit: 7, cursor });
      for (const row of page.rows) {
        const at = Date.parse(row.lastMessage!.at);
        expect(at).toBeLessThanOrEqual(previous);
        previous = at;
        seen.push(row.id);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength((await sandboxChats(sandbox)).length);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("filters by channel and by unread, and the counts agree with the rows", async () => {
    const channels = await listChannelSummaries(handle.db);
    for (const channel of channels) {
      const { rows } = await listConversations(handle.db, { channel: channel.id, unread: true, limit: 200 });
      expect(rows.every((row) => row.channelId === channel.id && row.unreadCount > 0)).toBe(true);
      expect(rows).toHaveLength(channel.unreadConversations);
      expect(rows.reduce((sum, row) => sum + row.unreadCount, 0)).toBe(channel.unreadMessages);
    }
  });

  it("searches contacts and message text, case-insensitively and literally", async () => {
    const rowsTotal = (await sandboxChats(sandbox)).length;
    const chat = (await sandboxChats(sandbox)).find((c) => c.messages.some((m) => m.text.length > 12))!;
    const text = chat.messages.find((m) => m.text.length > 12)!.text;
    const byText = await listConversations(handle.db, { q: text.slice(2, 12).toUpperCase(), limit: 200 });
    expect(byText.rows.map((r) => r.destination)).toContain(chat.destination);
    const byContact = await listConversations(handle.db, { q: chat.destination.slice(-6), limit: 200 });
    expect(byContact.rows.map((r) => r.destination)).toContain(chat.destination);
    // Wildcards are literal: "%" alone would otherwise match every conversation.
    expect((await listConversations(handle.db, { q: "q%z_", limit: 200 })).rows).toHaveLength(0);
    const percent = (await listConversations(handle.db, { q: "%", limit: 200 })).rows.length;
    expect(percent).toBeLessThan(rowsTotal);
  });

  it("lists a conversation's messages newest last and pages backwards", async () => {
    const { rows } = await listConversations(handle.db, { limit: 200 });
    const longest = rows[0]!;
    const newest = await listMessages(handle.db, longest.id, { limit: 2 });
    expect(newest.messages).toHaveLength(2);
    expect(Date.parse(newest.messages[0]!.at)).toBeLessThanOrEqual(Date.parse(newest.messages[1]!.at));
    if (newest.olderCursor) {
      const older = await listMessages(handle.db, longest.id, { limit: 50, before: newest.olderCursor });
      expect(older.messages.map((m) => m.id)).not.toContain(newest.messages[0]!.id);
      expect(Date.parse(older.messages.at(-1)!.at)).toBeLessThanOrEqual(Date.parse(newest.messages[0]!.at));
    }
  });

  it("keeps every thread in the upstream's order, messages of the same second included", async () => {
    const { rows } = await listConversations(handle.db, { limit: 200 });
    const chats = await sandboxChats(sandbox);
    for (const row of rows) {
      const chat = chats.find((c) => c.destination === row.destination)!;
      const thread = await listMessages(handle.db, row.id, { limit: 200 });
      expect(thread.messages.map((m) => m.messageId), row.destination).toEqual(chat.messages.map((m) => m.messageId));
    }
  });

  it("refuses a cursor it did not give out", async () => {
    await expect(listConversations(handle.db, { limit: 5, cursor: "bm9wZQ" })).rejects.toBeInstanceOf(BadCursorError);
  });
});
