import { sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { conversations, messages } from "@/lib/db/schema";
import { finishSyncPass, takeSyncLease } from "@/lib/db/queries/sync-state";
import { ensureConversation, replaceChannels, upsertMessages } from "@/lib/db/queries/mirror";
import { recountConversation, setLatestMessage } from "@/lib/db/queries/chat-summary";
import { databaseForFile } from "../../helpers/db";

/*
 * The warm-up a start runs on the embedded database (lib/inbox/warm-up.ts): each kind of the
 * inbox's questions asked twice, on an empty mirror as on one with conversations, and never a
 * failure that would reach the start.
 */

vi.mock("@/lib/db/queries/conversations", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/db/queries/conversations")>();
  return { ...original, listConversations: vi.fn(original.listConversations), listChannelSummaries: vi.fn(original.listChannelSummaries) };
});
vi.mock("@/lib/db/queries/write-rehearsal", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/db/queries/write-rehearsal")>();
  return { ...original, rehearseChatWrites: vi.fn(original.rehearseChatWrites) };
});
vi.mock("@/lib/db/queries/thread-messages", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/db/queries/thread-messages")>();
  return { ...original, listMessages: vi.fn(original.listMessages) };
});

const { keepInboxWarm, warmInbox } = await import("@/lib/inbox/warm-up");
const { listChannelSummaries, listConversations } = await import("@/lib/db/queries/conversations");
const { listMessages } = await import("@/lib/db/queries/thread-messages");
const { rehearseChatWrites } = await import("@/lib/db/queries/write-rehearsal");
const database = databaseForFile();

const asked = () => vi.mocked(listConversations).mock.calls.map(([, query]) => query);

describe("warmInbox", () => {
  it("asks every kind of question twice on an empty mirror, and reads no thread there is not", async () => {
    vi.mocked(listConversations).mockClear();
    await warmInbox(database.db);
    const kinds = asked();
    expect(kinds).toHaveLength(16);
    expect(kinds).toEqual(expect.arrayContaining([expect.objectContaining({ view: "mine" }), expect.objectContaining({ q: "hola" }), expect.objectContaining({ sort: "waiting" })]));
    expect(listMessages).toHaveBeenCalledTimes(0);
  });

  it("asks a channel's pages too, and opens the newest thread, once there are conversations", async () => {
    await replaceChannels(database.db, [{ platform: "telegram", platformId: "bot1", name: "Support" }]);
    const channel = (await database.db.query.channels.findFirst())!.id;
    const id = await ensureConversation(database.db, channel, "+34600000001");
    const message = { messageId: "1", direction: "in" as const, text: "hola", status: "received", at: new Date() };
    await upsertMessages(database.db, id, [message]);
    await setLatestMessage(database.db, id, message);
    await recountConversation(database.db, id);
    vi.mocked(listConversations).mockClear();
    await warmInbox(database.db);
    expect(asked()).toHaveLength(20);
    expect(asked()).toEqual(expect.arrayContaining([expect.objectContaining({ channel, unread: true })]));
    expect(vi.mocked(listMessages).mock.calls.map(([, conversation]) => conversation)).toEqual([id, id]);
  });

  it("rehearses a chat's writes and keeps none of them", async () => {
    const snapshot = async () => ({
      conversations: await database.db.select().from(conversations).orderBy(conversations.id),
      messages: await database.db.select().from(messages).orderBy(messages.id),
      recentText: ((await database.db.execute(sql`select * from conversation_recent_text order by conversation_id`)) as unknown as { rows: unknown[] }).rows,
    });
    const before = await snapshot();
    expect(before.messages.length).toBeGreaterThan(0);
    vi.mocked(rehearseChatWrites).mockClear();
    await warmInbox(database.db);
    expect(rehearseChatWrites).toHaveBeenCalledTimes(1);
    await expect(vi.mocked(rehearseChatWrites).mock.results[0]!.value).resolves.toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it("warms at start and once more when the first import ends, never at the passes after", async () => {
    const pass = async () => {
      await takeSyncLease(database.db, "pass", new Date(), 60_000, true);
      await finishSyncPass(database.db, "pass", { firstImportDone: true }, true);
    };
    vi.mocked(listConversations).mockClear();
    await keepInboxWarm(database.db);
    expect(asked()).toHaveLength(20);
    vi.mocked(listChannelSummaries).mockClear();
    await pass();
    // The warm-up's first statement is sent as the pass's row is handed over, before it returns.
    expect(listChannelSummaries).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(asked()).toHaveLength(40));
    vi.mocked(listChannelSummaries).mockClear();
    await pass();
    expect(listChannelSummaries).toHaveBeenCalledTimes(0);
  });

  it("does not warm again after a restart on a mirror already imported", async () => {
    await keepInboxWarm(database.db);
    vi.mocked(listChannelSummaries).mockClear();
    await takeSyncLease(database.db, "pass", new Date(), 60_000, true);
    await finishSyncPass(database.db, "pass", {}, true);
    expect(listChannelSummaries).toHaveBeenCalledTimes(0);
  });
});
