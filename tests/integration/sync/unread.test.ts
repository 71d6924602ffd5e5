import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/handle";
import { ensureConversation, replaceChannels, upsertMessages, type MirrorMessage } from "@/lib/db/queries/mirror";
import { recountConversation } from "@/lib/db/queries/chat-summary";
import { readSyncState } from "@/lib/db/queries/sync-state";
import { channels, conversations } from "@/lib/db/schema";
import { markConversationSeen, markConversationUnread } from "@/lib/inbox/unread";
import { createTestDatabase } from "../../helpers/db";

let handle: DatabaseHandle;
let channelId: number;
const t0 = Date.parse("2026-04-01T09:00:00Z");
const msg = (id: number, direction: "in" | "out", minute: number): MirrorMessage => ({
  messageId: String(id),
  direction,
  text: `message ${id}`,
  status: direction === "out" ? "delivered" : "received",
  at: new Date(t0 + minute * 60_000),
});

beforeAll(async () => {
  handle = await createTestDatabase();
  await replaceChannels(handle.db, [{ platform: "whatsapp", platformId: "100", name: "Sales" }]);
  channelId = (await handle.db.select().from(channels))[0]!.id;
});
afterAll(() => handle.close());

async function conversationWith(destination: string, list: MirrorMessage[]) {
  const id = await ensureConversation(handle.db, channelId, destination);
  await upsertMessages(handle.db, id, list);
  await recountConversation(handle.db, id);
  return id;
}
const read = async (id: number) => (await handle.db.select().from(conversations).where(eq(conversations.id, id)))[0]!;

describe("unread and waiting", () => {
  it("counts every inbound message as unread before anyone saw the conversation", async () => {
    const id = await conversationWith("34600000001", [msg(1, "in", 0), msg(2, "out", 1), msg(3, "in", 2), msg(4, "in", 3)]);
    expect(await read(id)).toMatchObject({ unreadCount: 3, waitingSince: new Date(t0 + 2 * 60_000) });
  });

  it("opening marks seen; a message synced afterwards is unread again", async () => {
    const id = await conversationWith("34600000002", [msg(10, "in", 0), msg(11, "in", 1)]);
    const version = (await readSyncState(handle.db)).mirrorVersion;
    expect(await markConversationSeen(handle.db, id)).toBe(true);
    expect((await read(id)).unreadCount).toBe(0);
    expect((await readSyncState(handle.db)).mirrorVersion).toBeGreaterThan(version);

    await upsertMessages(handle.db, id, [msg(12, "in", 5)]);
    await recountConversation(handle.db, id);
    expect((await read(id)).unreadCount).toBe(1);
  });

  it("mark unread sets seen back before the last inbound message only", async () => {
    const id = await conversationWith("34600000003", [msg(20, "in", 0), msg(21, "in", 1), msg(22, "out", 2)]);
    await markConversationSeen(handle.db, id);
    expect(await markConversationUnread(handle.db, id)).toBe(true);
    const after = await read(id);
    expect(after.unreadCount).toBe(1);
    expect(after.lastSeenAt).toEqual(new Date(t0 + 60_000 - 1));
  });

  it("waiting is measured from the oldest inbound message since the last outbound one", async () => {
    const id = await conversationWith("34600000004", [msg(30, "in", 0), msg(31, "out", 1), msg(32, "in", 4), msg(33, "in", 6)]);
    expect((await read(id)).waitingSince).toEqual(new Date(t0 + 4 * 60_000));
    await upsertMessages(handle.db, id, [msg(34, "out", 7)]);
    await recountConversation(handle.db, id);
    expect((await read(id)).waitingSince).toBeNull();
  });

  it("answers false for a conversation that does not exist", async () => {
    expect(await markConversationSeen(handle.db, 999_999)).toBe(false);
    expect(await markConversationUnread(handle.db, 999_999)).toBe(false);
  });
});
