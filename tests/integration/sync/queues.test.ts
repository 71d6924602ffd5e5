import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/handle";
import { createAgent, notePresence, noteSignOut } from "@/lib/db/queries/agents";
import { listChannelSummaries, listConversations } from "@/lib/db/queries/conversations";
import { queueOverview, waitingConversations } from "@/lib/queues/overview";
import { queueTrend, takeQueueSample } from "@/lib/queues/samples";
import { sendFromInbox } from "@/lib/inbox/send";
import { setChannelThreshold, setDefaultThreshold } from "@/lib/queues/thresholds";
import { runSyncOnce } from "@/lib/sync/engine";
import { createTestDatabase } from "../../helpers/db";
import { sandboxChats, sandboxClient, syncContext } from "../../helpers/mirror";
import { startSandbox, type RunningSandbox } from "../../helpers/sandbox";

let sandbox: RunningSandbox;
let handle: DatabaseHandle;
let agentId: string;
const real = Date.now();
const ago = (minutes: number) => new Date(real - minutes * 60_000).toISOString();
const sync = () => runSyncOnce(syncContext(handle.db, sandboxClient(sandbox)), { force: true });
const second = (iso: string) => Math.floor(Date.parse(iso) / 1000) * 1000;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: "empty", args: ["--customers", "0"] });
  handle = await createTestDatabase();
  agentId = (await createAgent(handle.db, { email: "ana@example.com", displayName: "Ana", passwordHash: "x", role: "agent" })).id;
  await sync(); // The first import finds no chats: every conversation after it is new.

  const write = (platform: string, platformId: string, destination: string, message: string, at: string) =>
    sandbox.admin("inbound", { body: { platform, platformId, destination, message, at } });
  await write("whatsapp", "100", "34600000001", "Where is my order?", ago(50));
  await write("whatsapp", "100", "34600000001", "Hello?", ago(45));
  await write("whatsapp", "100", "34600000002", "Can I change the size?", ago(30));
  await write("whatsapp", "101", "34600000003", "Invoice please", ago(12));
  await write("telegram", "200", "tg-anna", "Is the shop open on Sunday?", ago(3));
  await write("webchat", "300", "web-visitor-7", "Hi!", ago(40));
  await sync();
  // Agents reply to some; a customer writes again after a reply; the vendor's panel answers another.
  for (const destination of ["34600000002", "web-visitor-7"]) {
    const id = (await listConversations(handle.db, { q: destination, limit: 5 })).rows[0]!.id;
    await sendFromInbox({ db: handle.db, client: sandboxClient(sandbox) }, agentId, { kind: "text", clientId: randomUUID(), conversationId: id, text: "On it!" });
  }
  await write("webchat", "300", "web-visitor-7", "Thanks, one more thing", new Date(Date.now() + 2_000).toISOString());
  await sandbox.admin("outbound", { body: { platform: "whatsapp", platformId: "101", destination: "34600000003", message: "Sent by email", at: ago(6) } });
  await sync();
});
afterAll(async () => {
  await handle?.close();
  await sandbox?.stop();
});

const HOUR = 3_600_000;

/** The figures of one channel, by hand from the sandbox's own record of its chats. */
async function byHand(platform: string, platformId: string, now: number, thresholdSeconds: number) {
  const chats = (await sandboxChats(sandbox)).filter((c) => c.platform === platform && c.platformId === platformId);
  const rows = chats.map((chat) => {
    const ms = chat.messages.map((m) => ({ ...m, t: second(m.at), inbox: (m as { via?: string }).via === "sendmessage" }));
    const seenUpTo = Math.max(-Infinity, ...ms.filter((m) => m.inbox).map((m) => m.t));
    const lastOut = Math.max(-Infinity, ...ms.filter((m) => m.direction === "out").map((m) => m.t));
    const unread = ms.filter((m) => m.direction === "in" && m.t > seenUpTo).length;
    const waiting = ms.filter((m) => m.direction === "in" && m.t > lastOut).map((m) => m.t);
    return { unread, repliedFromInbox: ms.some((m) => m.inbox), waitingSince: waiting.length ? Math.min(...waiting) : null, lastIn: Math.max(-Infinity, ...ms.filter((m) => m.direction === "in").map((m) => m.t)), lastOut };
  });
  const waits = rows.map((r) => r.waitingSince).filter((w): w is number => w !== null);
  const iso = (t: number) => (Number.isFinite(t) ? new Date(t).toISOString() : null);
  return {
    // No work rules run in this scenario: every conversation stays open; a reply from the inbox assigns it.
    openConversations: rows.length,
    unassignedConversations: rows.filter((r) => !r.repliedFromInbox).length,
    pendingConversations: 0,
    snoozedConversations: 0,
    unreadConversations: rows.filter((r) => r.unread > 0).length,
    unreadMessages: rows.reduce((s, r) => s + r.unread, 0),
    waitingConversations: waits.length,
    oldestWaitingSince: waits.length ? new Date(Math.min(...waits)).toISOString() : null,
    overdueConversations: waits.filter((w) => w < now - thresholdSeconds * 1000).length,
    // WhatsApp's 24-hour reply window closes within 2 hours: the customer last wrote 22 to 24 hours ago.
    windowClosingConversations:
      platform === "whatsapp" ? rows.filter((r) => r.waitingSince !== null && r.lastIn > now - 24 * HOUR && r.lastIn <= now - 22 * HOUR).length : 0,
    lastInboundAt: iso(Math.max(-Infinity, ...rows.map((r) => r.lastIn))),
    lastReplyAt: iso(Math.max(-Infinity, ...rows.map((r) => r.lastOut))),
  };
}

describe("the queues", () => {
  it("equal, figure by figure, what the sandbox's chats say", async () => {
    const now = new Date(real + 60_000);
    const overview = await queueOverview(handle.db, now, "UTC");
    expect(overview.channels.length).toBeGreaterThanOrEqual(4);
    for (const row of overview.channels) {
      const channel = (await sandbox.admin<{ channels: { platform: string; platformId: string; name: string }[] }>("channels")).channels.find((c) => c.name === row.name)!;
      const { state: _state, channelId: _id, platform: _p, name: _n, active: _a, thresholdSeconds, thresholdOverridden: _o, ...figures } = row;
      expect(figures, row.name).toEqual(await byHand(channel.platform, channel.platformId, now.getTime(), thresholdSeconds));
    }
    expect(overview.total.unreadConversations).toBe(overview.channels.reduce((s, r) => s + r.unreadConversations, 0));
    // 34600000001 and tg-anna never answered; web-visitor-7 wrote again after the reply.
    expect(overview.total.waitingConversations).toBe(3);
  });

  it("agree with the inbox's unread counts", async () => {
    const overview = await queueOverview(handle.db, new Date(), "UTC");
    const inbox = await listChannelSummaries(handle.db);
    expect(inbox.map((c) => [c.id, c.unreadConversations, c.unreadMessages])).toEqual(
      overview.channels.map((c) => [c.channelId, c.unreadConversations, c.unreadMessages]),
    );
  });

  it("take the colour of the threshold as time passes and as thresholds change", async () => {
    await setDefaultThreshold(handle.db, 60 * 60);
    const state = async (minutesLater: number) =>
      Object.fromEntries((await queueOverview(handle.db, new Date(real + minutesLater * 60_000), "UTC")).channels.map((c) => [c.name, [c.state, c.overdueConversations]]));
    const early = await state(0);
    expect(Object.values(early).map(([s]) => s)).toContain("near"); // 50 minutes of a 60-minute threshold
    expect(Object.values(await state(15)).filter(([s]) => s === "past").length).toBeGreaterThan(0);

    const overview = await queueOverview(handle.db, new Date(real), "UTC");
    const telegram = overview.channels.find((c) => c.platform === "telegram")!;
    expect(telegram.state).toBe("within");
    await setChannelThreshold(handle.db, telegram.channelId, 60);
    const after = (await queueOverview(handle.db, new Date(real), "UTC")).channels.find((c) => c.channelId === telegram.channelId)!;
    expect(after).toMatchObject({ state: "past", overdueConversations: 1, thresholdSeconds: 60, thresholdOverridden: true });
    const waiting = await waitingConversations(handle.db, { channelId: telegram.channelId }, new Date(real));
    expect(waiting!.conversations).toEqual([expect.objectContaining({ destination: "tg-anna", state: "past" })]);
    await setChannelThreshold(handle.db, telegram.channelId, null);
    await setDefaultThreshold(handle.db, 300);
  });

  it("list a channel's waiting conversations longest first", async () => {
    const whatsapp = (await queueOverview(handle.db, new Date(real), "UTC")).channels.find((c) => c.name && c.platform === "whatsapp" && c.waitingConversations > 0)!;
    const waiting = (await waitingConversations(handle.db, { channelId: whatsapp.channelId }, new Date(real)))!;
    const times = waiting.conversations.map((c) => Date.parse(c.waitingSince));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(await waitingConversations(handle.db, { channelId: 999_999 }, new Date(real))).toBeUndefined();
  });

  it("sample once a minute, keep seven days and prune older samples", async () => {
    const t = new Date(Math.floor(real / 60_000) * 60_000 + 5_000);
    expect(await takeQueueSample(handle.db, t)).toMatchObject({ taken: true });
    expect(await takeQueueSample(handle.db, new Date(t.getTime() + 30_000))).toMatchObject({ taken: false });
    expect(await takeQueueSample(handle.db, new Date(t.getTime() + 60_000))).toMatchObject({ taken: true });
    const trend = await queueTrend(handle.db, new Date(t.getTime() + 60_000), 60 * 60_000);
    expect(trend).toHaveLength(2);
    const sevenDays = await takeQueueSample(handle.db, new Date(t.getTime() + 7 * 24 * 60 * 60_000));
    expect(sevenDays.pruned).toBe(0);
    const later = await takeQueueSample(handle.db, new Date(t.getTime() + 9 * 24 * 60 * 60_000));
    expect(later.pruned).toBeGreaterThan(0);
    expect(await queueTrend(handle.db, new Date(t.getTime() + 60_000), 60 * 60_000)).toHaveLength(0);
  });

  it("show who is active, replies per agent today and the median first response", async () => {
    const now = new Date();
    await notePresence(handle.db, agentId, now);
    let team = (await queueOverview(handle.db, now, "UTC")).team;
    expect(team.active.map((a) => a.name)).toEqual(["Ana"]);
    expect(team.repliesToday).toEqual([{ agentId, name: "Ana", replies: 2 }]);
    const chats = await sandboxChats(sandbox);
    const expected = chats
      .filter((c) => c.messages.some((m) => m.direction === "out"))
      .map((c) => {
        const ms = c.messages.map((m) => ({ ...m, t: second(m.at) }));
        const reply = ms.find((m) => m.direction === "out")!;
        return { platform: c.platform, seconds: Math.round((reply.t - Math.min(...ms.filter((m) => m.direction === "in" && m.t < reply.t).map((m) => m.t))) / 1000) };
      });
    const webchat = team.firstResponseToday.find((r) => r.replies === 1 && Math.abs(r.medianSeconds - expected.find((e) => e.platform === "webchat")!.seconds) <= 1);
    expect(webchat).toBeDefined();
    await noteSignOut(handle.db, agentId, new Date(now.getTime() + 1));
    team = (await queueOverview(handle.db, new Date(now.getTime() + 2), "UTC")).team;
    expect(team.active).toEqual([]);
    expect((await queueOverview(handle.db, new Date(now.getTime() + 6 * 60_000), "UTC")).team.active).toEqual([]);
  });
});
