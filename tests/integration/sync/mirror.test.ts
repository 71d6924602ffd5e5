import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/handle";
import { readSyncState } from "@/lib/db/queries/sync-state";
import { channels, conversations, messages } from "@/lib/db/schema";
import { runSyncOnce } from "@/lib/sync/engine";
import { createTestDatabase } from "../../helpers/db";
import { mirrorSnapshot, sandboxChats, sandboxClient, sandboxSnapshot, syncContext } from "../../helpers/mirror";
import { startSandbox, type RunningSandbox } from "../../helpers/sandbox";

let sandbox: RunningSandbox;
let handle: DatabaseHandle;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: "demo", args: ["--customers", "0"] });
});
afterAll(async () => {
  await sandbox?.stop();
});
beforeEach(async () => {
  await handle?.close();
  await sandbox.admin("reset", { body: {} });
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const sync = (options: Parameters<typeof syncContext>[2] = {}) =>
  runSyncOnce(syncContext(handle.db, sandboxClient(sandbox), options), { force: true });

async function unreadByChat(): Promise<Map<string, number>> {
  const rows = await handle.db
    .select({ platform: channels.platform, platformId: channels.platformId, destination: conversations.destination, unread: conversations.unreadCount })
    .from(conversations)
    .innerJoin(channels, eq(channels.id, conversations.channelId));
  return new Map(rows.map((r) => [`${r.platform}/${r.platformId}/${r.destination}`, r.unread]));
}

describe("the mirror", () => {
  it("imports the demo seed: every chat and message, the channels, and what was unread before", async () => {
    const before = await sandboxChats(sandbox);
    const expectedUnread = new Map(
      before.map((chat) => [
        `${chat.platform}/${chat.platformId}/${chat.destination}`,
        chat.messages.filter((m) => m.direction === "in" && !m.read).length,
      ]),
    );
    expect([...expectedUnread.values()].some((n) => n > 0)).toBe(true);

    expect(await sync()).toMatchObject({ ran: true, ok: true, changed: true });

    expect(await mirrorSnapshot(handle.db)).toEqual(await sandboxSnapshot(sandbox));
    const mirroredChannels = await handle.db.select().from(channels);
    const upstream = (await sandbox.admin<{ channels: unknown[] }>("channels")).channels;
    expect(mirroredChannels).toHaveLength(upstream.length);
    expect(await unreadByChat()).toEqual(expectedUnread);

    const state = await readSyncState(handle.db);
    expect(state).toMatchObject({ firstImportDone: true, importTotal: before.length, importDone: before.length, consecutiveFailures: 0 });
  });

  it("takes in new inbound messages, new chats, and messages sent from outside the inbox", async () => {
    await sync();
    const chat = (await sandboxChats(sandbox))[0]!;
    await sandbox.admin("inbound", { body: { platform: chat.platform, platformId: chat.platformId, destination: chat.destination, message: "Any news on my order?" } });
    await sandbox.admin("inbound", { body: { platform: "telegram", platformId: chat.platformId === "300" ? "300" : (await firstChannel("telegram")), destination: "tg-new-customer", message: "Hello there" } });
    await sandbox.admin("outbound", { body: { platform: chat.platform, platformId: chat.platformId, destination: chat.destination, message: "Answered from the vendor panel" } });

    await sync();
    expect(await mirrorSnapshot(handle.db)).toEqual(await sandboxSnapshot(sandbox));
    const unread = await unreadByChat();
    expect(unread.get(`telegram/${await firstChannel("telegram")}/tg-new-customer`)).toBe(1);
  });

  it("costs exactly one getchats per channel when nothing changed upstream", async () => {
    await sync();
    await sync();
    await sandbox.admin("stats/reset", { body: {} });
    await sync();
    const stats = await sandbox.admin<{ total: number; byMethod: Record<string, number> }>("stats");
    const channelCount = (await sandbox.admin<{ channels: unknown[] }>("channels")).channels.length;
    expect(stats.byMethod).toMatchObject({ getchats: channelCount, getmessages: 0, getunreadmessages: 0, getchatchannels: 0 });
    expect(stats.total).toBe(channelCount);
  });

  it("refreshes the delivery status of a latest message without reading the chat again", async () => {
    await sync();
    const [conversation] = await handle.db.select().from(conversations).limit(1);
    await handle.db.update(conversations).set({ lastStatus: "stale" }).where(eq(conversations.id, conversation!.id));
    await sandbox.admin("stats/reset", { body: {} });
    await sync();
    const [after] = await handle.db.select().from(conversations).where(eq(conversations.id, conversation!.id));
    expect(after!.lastStatus).not.toBe("stale");
    expect((await sandbox.admin<{ byMethod: Record<string, number> }>("stats")).byMethod.getmessages).toBe(0);
  });

  it("loses and doubles nothing through a burst of faults of every kind", async () => {
    await sync();
    const chats = await sandboxChats(sandbox);
    const faults = [
      { kind: "http500", errorRate: 0.5 },
      { kind: "malformed", errorRate: 0.5 },
      { kind: "reset", errorRate: 0.5 },
      { kind: "code", code: "NO_ROUTE_AVAILABLE", errorRate: 0.5 },
      { kind: "hang", count: 2 },
      { kind: "http500", when: "after", errorRate: 0.5 },
    ];
    let failures = 0;
    for (const [index, fault] of faults.entries()) {
      const chat = chats[index % chats.length]!;
      await sandbox.admin("inbound", {
        body: { platform: chat.platform, platformId: chat.platformId, destination: chat.destination, message: `During fault ${fault.kind} #${index}` },
      });
      await sandbox.admin("faults", { body: fault });
      for (let round = 0; round < 2; round++) {
        const outcome = await sync({ client: sandboxClient(sandbox, { timeoutMs: 500 }) });
        if (outcome.ran && !outcome.ok) failures += 1;
      }
      await sandbox.admin("faults", { method: "DELETE" });
    }
    expect(failures).toBeGreaterThan(0);
    const degraded = await readSyncState(handle.db);
    expect(await sync()).toMatchObject({ ok: true });
    expect(await mirrorSnapshot(handle.db)).toEqual(await sandboxSnapshot(sandbox));
    const result = await handle.db.execute(
      sql`select count(*)::int as total, count(distinct (conversation_id, message_id))::int as "distinct" from ${messages}`,
    );
    const counts = (result as unknown as { rows: { total: number; distinct: number }[] }).rows[0]!;
    expect(counts.total).toBe(counts.distinct);
    expect(degraded.lastSuccessAt).not.toBeNull();
  });

  it.each([
    { statusCase: "lower" },
    { listShape: "object" },
    { idsAs: "string" },
    { flagAs: "boolean" },
    { flagAs: "string" },
    { datetime: "iso" },
    { datetime: "unix" },
  ])("mirrors the same chats in the dialect %o", async (dialect) => {
    await sandbox.admin("dialect", { body: dialect });
    await sync();
    const chat = (await sandboxChats(sandbox))[1]!;
    await sandbox.admin("inbound", { body: { platform: chat.platform, platformId: chat.platformId, destination: chat.destination, message: "Dialect check" } });
    await sync();
    expect(await mirrorSnapshot(handle.db)).toEqual(await sandboxSnapshot(sandbox));
  });
});

async function firstChannel(platform: string): Promise<string> {
  const list = (await sandbox.admin<{ channels: { platform: string; platformId: string }[] }>("channels")).channels;
  return list.find((c) => c.platform === platform)!.platformId;
}
