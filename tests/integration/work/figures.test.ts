import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionAgent } from "@/lib/auth/access";
import type { DatabaseHandle } from "@/lib/db/handle";
import { createAgent, notePresence } from "@/lib/db/queries/agents";
import { setAvailability } from "@/lib/db/queries/agents-work";
import { countOpenByView, listConversations } from "@/lib/db/queries/conversations";
import { ensureConversation, replaceChannels, upsertMessages, type MirrorMessage } from "@/lib/db/queries/mirror";
import { recountConversation, setLatestMessage } from "@/lib/db/queries/chat-summary";

import { changeConversations } from "@/lib/inbox/work";
import { queueOverview, waitingConversations } from "@/lib/queues/overview";
import { createTestDatabase } from "../../helpers/db";
import { listChannelsForTest } from "./channels";

/*
 * A scripted day on two channels, and every figure of the supervisor's two tables computed by
 * hand from the script:
 *
 * Sales (threshold 5 min):
 *   s1 open, Ana, customer waiting 10 min (over)       s2 open, unassigned, waiting 2 min
 *   s3 pending (we answered last)                      s4 snoozed, was waiting 30 min (clock stopped)
 *   s5 resolved, waiting 60 min (clock stopped)
 * Support:
 *   p1 open, Ben, waiting 1 min                        p2 open, Ana, answered (nobody waits)
 *   p3 open, unassigned, customer wrote in the same second as our reply, after it: waiting 3 min
 */

let handle: DatabaseHandle;
const now = new Date();
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const people: Record<string, SessionAgent> = {};
let nextId = 1;
const message = (direction: "in" | "out", at: Date): MirrorMessage => ({
  messageId: String(nextId++),
  direction,
  text: `${direction} ${nextId}`,
  status: "",
  at,
});
const ids: Record<string, number> = {};

async function conversation(channelId: number, key: string, list: MirrorMessage[]) {
  const id = await ensureConversation(handle.db, channelId, key);
  await upsertMessages(handle.db, id, list);
  await setLatestMessage(handle.db, id, list[list.length - 1]!);
  await recountConversation(handle.db, id);
  ids[key] = id;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  for (const [name, role] of [["Ana", "agent"], ["Ben", "agent"], ["Sam", "supervisor"]] as const) {
    const row = await createAgent(handle.db, { email: `${name}@example.com`, displayName: name, passwordHash: "x", role });
    people[name] = { id: row.id, email: row.email, name, role };
  }
  await notePresence(handle.db, people.Ana!.id, now);
  await notePresence(handle.db, people.Ben!.id, now);
  await setAvailability(handle.db, people.Ben!.id, "away");
  await replaceChannels(handle.db, [
    { platform: "whatsapp", platformId: "1", name: "Sales" },
    { platform: "telegram", platformId: "2", name: "Support" },
  ]);
  const { sales, support } = await listChannelsForTest(handle.db);
  await conversation(sales, "s1", [message("in", minutesAgo(10))]);
  await conversation(sales, "s2", [message("in", minutesAgo(2))]);
  await conversation(sales, "s3", [message("in", minutesAgo(20)), message("out", minutesAgo(19))]);
  await conversation(sales, "s4", [message("in", minutesAgo(30))]);
  await conversation(sales, "s5", [message("in", minutesAgo(60))]);
  await conversation(support, "p1", [message("in", minutesAgo(1))]);
  await conversation(support, "p2", [message("in", minutesAgo(8)), message("out", minutesAgo(7))]);
  const second = new Date(Math.floor(minutesAgo(3).getTime() / 1000) * 1000);
  await conversation(support, "p3", [message("out", second), message("in", second)]);

  const sam = people.Sam!;
  await changeConversations(handle.db, sam, [ids.s1!, ids.p2!], { change: "assign", assigneeId: people.Ana!.id });
  await changeConversations(handle.db, sam, [ids.p1!], { change: "assign", assigneeId: people.Ben!.id });
  await changeConversations(handle.db, sam, [ids.s3!], { change: "pending" });
  await changeConversations(handle.db, sam, [ids.s4!], { change: "snooze", until: new Date(now.getTime() + 3_600_000).toISOString() });
  await changeConversations(handle.db, sam, [ids.s5!], { change: "resolve" });
});
afterAll(() => handle?.close());

describe("the queues table", () => {
  it("counts open conversations per channel, and waits only on open ones", async () => {
    const overview = await queueOverview(handle.db, now, "UTC");
    const pick = (name: string) => overview.channels.find((row) => row.name === name)!;
    expect(pick("Sales")).toMatchObject({
      openConversations: 2,
      unassignedConversations: 1,
      waitingConversations: 2,
      oldestWaitingSince: minutesAgo(10).toISOString(),
      overdueConversations: 1,
      pendingConversations: 1,
      snoozedConversations: 1,
      state: "past",
    });
    expect(pick("Support")).toMatchObject({
      openConversations: 3,
      unassignedConversations: 1,
      waitingConversations: 2,
      oldestWaitingSince: new Date(Math.floor(minutesAgo(3).getTime() / 1000) * 1000).toISOString(),
      overdueConversations: 0,
      pendingConversations: 0,
      snoozedConversations: 0,
      state: "within",
    });
    expect(overview.total).toMatchObject({ openConversations: 5, unassignedConversations: 2, waitingConversations: 4, pendingConversations: 1, snoozedConversations: 1 });
  });

  it("has an Agents table with availability, load and waits", async () => {
    const overview = await queueOverview(handle.db, now, "UTC");
    const agent = (name: string) => overview.agents.find((row) => row.name === name)!;
    expect(agent("Ana")).toMatchObject({ availability: "online", openAssigned: 2, waiting: 1, oldestWaitingSince: minutesAgo(10).toISOString() });
    expect(agent("Ben")).toMatchObject({ availability: "away", openAssigned: 1, waiting: 1, oldestWaitingSince: minutesAgo(1).toISOString() });
    expect(agent("Sam")).toMatchObject({ availability: "offline", openAssigned: 0, waiting: 0, oldestWaitingSince: null });
  });

  it("lists an agent's waiting conversations and a channel's, open ones only", async () => {
    const ana = await waitingConversations(handle.db, { agentId: people.Ana!.id }, now);
    expect(ana!.conversations.map((row) => row.destination)).toEqual(["s1"]);
    const { sales } = await listChannelsForTest(handle.db);
    const channel = await waitingConversations(handle.db, { channelId: sales }, now);
    expect(channel!.conversations.map((row) => [row.destination, row.assignee?.name ?? null])).toEqual([["s1", "Ana"], ["s2", null]]);
  });
});

describe("the views", () => {
  const list = async (query: Omit<Parameters<typeof listConversations>[1], "limit">, who = people.Ana!.id) =>
    (await listConversations(handle.db, { limit: 50, ...query }, who)).rows.map((row) => row.destination);

  it("filter by view and status, and count open conversations per view", async () => {
    expect((await list({ view: "mine", status: "open" })).sort()).toEqual(["p2", "s1"]);
    expect((await list({ view: "unassigned", status: "open" })).sort()).toEqual(["p3", "s2"]);
    expect(await list({ view: "all", status: "resolved" })).toEqual(["s5"]);
    expect(await list({ status: "snoozed" })).toEqual(["s4"]);
    expect(await countOpenByView(handle.db, people.Ana!.id)).toEqual({ mine: 2, unassigned: 2, all: 5 });
  });

  it("sort by activity, longest waiting, and newest, and page through each order", async () => {
    expect(await list({ status: "open", sort: "waiting" })).toEqual(["s1", "p3", "s2", "p1", "p2"]);
    expect(await list({ status: "all", sort: "activity" })).toEqual(["p1", "s2", "p3", "p2", "s1", "s3", "s4", "s5"]);
    for (const sort of ["activity", "waiting", "newest"] as const) {
      const whole = await list({ status: "all", sort });
      const paged: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listConversations(handle.db, { limit: 3, status: "all", sort, cursor }, people.Ana!.id);
        paged.push(...page.rows.map((row) => row.destination));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(paged).toEqual(whole);
    }
  });

  it("carries status, snooze and assignee on each row", async () => {
    const rows = (await listConversations(handle.db, { limit: 50, status: "all" }, people.Ana!.id)).rows;
    expect(rows.find((row) => row.destination === "s1")).toMatchObject({ status: "open", assignee: { id: people.Ana!.id, name: "Ana" } });
    expect(rows.find((row) => row.destination === "s4")).toMatchObject({ status: "snoozed", snoozedUntil: expect.any(String), assignee: null });
  });
});
