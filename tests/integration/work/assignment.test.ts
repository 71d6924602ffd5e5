import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionAgent } from "@/lib/auth/access";
import type { DatabaseHandle } from "@/lib/db/handle";
import { createAgent, notePresence } from "@/lib/db/queries/agents";
import { setAvailability } from "@/lib/db/queries/agents-work";
import { readSyncState } from "@/lib/db/queries/sync-state";
import { setWorkSettings } from "@/lib/db/queries/work-settings";
import { listEvents } from "@/lib/db/queries/events";
import { conversations } from "@/lib/db/schema";
import { sendFromInbox } from "@/lib/inbox/send";
import { changeConversations, lookAt, WorkError } from "@/lib/inbox/work";
import { setAgentActiveWithWork } from "@/lib/queues/team";
import { workRules } from "@/lib/inbox/work-rules";
import { runSyncOnce } from "@/lib/sync/engine";
import { createTestDatabase } from "../../helpers/db";
import { sandboxClient, syncContext } from "../../helpers/mirror";
import { startSandbox, type RunningSandbox } from "../../helpers/sandbox";
import { conversationByDestination, workState } from "./helpers";

let sandbox: RunningSandbox;
let handle: DatabaseHandle;
const people: Record<string, SessionAgent> = {};
const sync = () => runSyncOnce(syncContext(handle.db, sandboxClient(sandbox), { work: workRules }), { force: true });
const customerWrites = (destination: string, at?: string) =>
  sandbox.admin("inbound", { body: { platform: "telegram", platformId: "200", destination, message: `Hello from ${destination}`, at } });
const id = (destination: string) => conversationByDestination(handle.db, destination);

async function person(name: string, role: "agent" | "supervisor") {
  const row = await createAgent(handle.db, { email: `${name.toLowerCase()}@example.com`, displayName: name, passwordHash: "x", role });
  await notePresence(handle.db, row.id, new Date());
  people[name] = { id: row.id, email: row.email, name, role };
  return people[name]!;
}

beforeAll(async () => {
  sandbox = await startSandbox({ seed: "empty", args: ["--customers", "0"] });
  handle = await createTestDatabase();
  for (const name of ["Ana", "Ben", "Cleo"]) await person(name, "agent");
  await person("Sam", "supervisor");
  await person("Dora", "agent");
  await setAvailability(handle.db, people.Dora!.id, "away");
  await sync();
});
afterAll(async () => {
  await handle?.close();
  await sandbox?.stop();
});

describe("auto-assignment", () => {
  it("stays off by default: new conversations wait unassigned", async () => {
    await customerWrites("off-1");
    await sync();
    expect((await workState(handle.db, await id("off-1"))).assigneeId).toBeNull();
  });

  it("gives new conversations round robin to online agents with the fewest open ones, under the cap, and leaves the rest unassigned", async () => {
    await changeConversations(handle.db, people.Ana!, [await id("off-1")], { change: "assign", assigneeId: people.Ana!.id });
    await setWorkSettings(handle.db, { autoResolvePendingDays: 7, autoAssign: true, autoAssignCap: 2 });
    for (let i = 1; i <= 6; i += 1) await customerWrites(`rr-${i}`);
    await sync();
    const owners = await Promise.all([1, 2, 3, 4, 5, 6].map(async (i) => (await workState(handle.db, await id(`rr-${i}`))).assigneeId));
    const count = (name: string) => owners.filter((owner) => owner === people[name]!.id).length;
    // Ana had one already: with a cap of 2 she takes one more, Ben and Cleo two each; Dora is away, Sam is a supervisor.
    expect([count("Ana"), count("Ben"), count("Cleo"), count("Dora"), count("Sam")]).toEqual([1, 2, 2, 0, 0]);
    expect(owners.filter((owner) => owner === null)).toHaveLength(1);
    await setWorkSettings(handle.db, { autoResolvePendingDays: 7, autoAssign: false, autoAssignCap: 10 });
  });
});

describe("replying", () => {
  it("assigns an unassigned conversation to the one who replied, and leaves an assigned one alone", async () => {
    await customerWrites("reply-1");
    await customerWrites("reply-2");
    await sync();
    const unassigned = await id("reply-1");
    const bens = await id("reply-2");
    await changeConversations(handle.db, people.Sam!, [bens], { change: "assign", assigneeId: people.Ben!.id });
    const reply = (conversationId: number) =>
      sendFromInbox({ db: handle.db, client: sandboxClient(sandbox) }, people.Cleo!.id, { kind: "text", clientId: randomUUID(), conversationId, text: "On it" });
    expect((await reply(unassigned)).state).toBe("sent");
    expect((await reply(bens)).state).toBe("sent");
    expect((await workState(handle.db, unassigned)).assigneeId).toBe(people.Cleo!.id);
    expect((await workState(handle.db, bens)).assigneeId).toBe(people.Ben!.id);
    expect((await listEvents(handle.db, unassigned, null, null)).at(-1)).toMatchObject({ kind: "event", change: "assignee", reason: "reply", actor: { name: "Cleo" } });
  });
});

describe("a refused reply", () => {
  it("assigns nothing, and still moves the thread's version so that every open copy shows it failed", async () => {
    await customerWrites("refused-1");
    await sync();
    const conversation = await id("refused-1");
    const version = async () => (await handle.db.select({ v: conversations.version }).from(conversations).where(eq(conversations.id, conversation)))[0]!.v;
    await lookAt(handle.db, people.Ana!, conversation);
    const before = await version();
    await sandbox.admin("faults", { body: { kind: "code", code: "NO_CREDITS", methods: ["sendmessage"] } });
    try {
      const sent = await sendFromInbox({ db: handle.db, client: sandboxClient(sandbox) }, people.Ana!.id, { kind: "text", clientId: randomUUID(), conversationId: conversation, text: "Refund" });
      expect(sent.state).toBe("failed");
    } finally {
      await sandbox.admin("faults", { method: "DELETE" });
    }
    expect(await version()).toBeGreaterThan(before);
    expect((await workState(handle.db, conversation)).assigneeId).toBeNull();
  });
});

describe("deactivation", () => {
  it("unassigns the agent's open conversations, and only those", async () => {
    await customerWrites("leaving-1");
    await customerWrites("leaving-2");
    await sync();
    const [open, resolved] = await Promise.all(["leaving-1", "leaving-2"].map(id));
    const dora = people.Dora!;
    await changeConversations(handle.db, people.Sam!, [open!, resolved!], { change: "assign", assigneeId: dora.id });
    await changeConversations(handle.db, people.Sam!, [resolved!], { change: "resolve" });
    await setAgentActiveWithWork(handle.db, dora.id, false, people.Sam!.id);
    expect((await workState(handle.db, open!)).assigneeId).toBeNull();
    expect((await workState(handle.db, resolved!)).assigneeId).toBe(dora.id);
    expect((await listEvents(handle.db, open!, null, null)).at(-1)).toMatchObject({ kind: "event", change: "assignee", assignee: null, reason: "deactivated", actor: { name: "Sam" } });
    await setAgentActiveWithWork(handle.db, dora.id, true, people.Sam!.id);
  });
});

describe("who may assign", () => {
  it("lets an agent take any conversation, but move another's only as a supervisor", async () => {
    const bens = (await Promise.all([1, 2, 3, 4, 5, 6].map(async (i) => ({ id: await id(`rr-${i}`), owner: (await workState(handle.db, await id(`rr-${i}`))).assigneeId }))))
      .filter((row) => row.owner === people.Ben!.id)
      .map((row) => row.id);
    await expect(changeConversations(handle.db, people.Cleo!, [bens[0]!], { change: "assign", assigneeId: people.Ana!.id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(changeConversations(handle.db, people.Cleo!, [bens[0]!], { change: "unassign" })).rejects.toBeInstanceOf(WorkError);
    expect(await changeConversations(handle.db, people.Sam!, [bens[0]!], { change: "assign", assigneeId: people.Ana!.id })).toEqual({ changed: 1 });
    expect(await changeConversations(handle.db, people.Cleo!, [bens[1]!], { change: "assign", assigneeId: people.Cleo!.id })).toEqual({ changed: 1 });
  });

  it("refuses an assignee who is not an active member of the team", async () => {
    await expect(
      changeConversations(handle.db, people.Sam!, [await id("off-1")], { change: "assign", assigneeId: "00000000-0000-4000-8000-000000000000" }),
    ).rejects.toMatchObject({ code: "bad_request" });
  });
});

describe("bulk changes", () => {
  it("change a selection in one transaction and count only what changed", async () => {
    const ids = await Promise.all(["rr-1", "rr-2", "rr-3"].map(id));
    const before = (await readSyncState(handle.db)).mirrorVersion;
    expect(await changeConversations(handle.db, people.Sam!, ids, { change: "resolve" })).toEqual({ changed: 3 });
    expect((await readSyncState(handle.db)).mirrorVersion).toBe(before + 1);
    expect(await changeConversations(handle.db, people.Sam!, ids, { change: "resolve" })).toEqual({ changed: 0 });
  });

  it("change nothing when one conversation of the selection does not exist", async () => {
    const ids = await Promise.all(["rr-4", "rr-5"].map(id));
    await expect(changeConversations(handle.db, people.Sam!, [...ids, 999_999], { change: "resolve" })).rejects.toMatchObject({ code: "not_found" });
    for (const conversation of ids) expect((await workState(handle.db, conversation)).status).toBe("open");
  });
});

describe("unread, by who looks", () => {
  it("is cleared by an agent opening an unassigned conversation, and by the assignee, not by a supervisor or another agent", async () => {
    await customerWrites("look-1");
    await customerWrites("look-2");
    await sync();
    const unassigned = await id("look-1");
    const assigned = await id("look-2");
    await changeConversations(handle.db, people.Sam!, [assigned], { change: "assign", assigneeId: people.Ben!.id });

    expect(await lookAt(handle.db, people.Sam!, unassigned)).toEqual({ cleared: false });
    expect((await workState(handle.db, unassigned)).unreadCount).toBe(1);
    expect(await lookAt(handle.db, people.Ana!, unassigned)).toEqual({ cleared: true });
    expect((await workState(handle.db, unassigned)).unreadCount).toBe(0);

    expect(await lookAt(handle.db, people.Ana!, assigned)).toEqual({ cleared: false });
    expect(await lookAt(handle.db, people.Sam!, assigned)).toEqual({ cleared: false });
    expect((await workState(handle.db, assigned)).unreadCount).toBe(1);
    expect(await lookAt(handle.db, people.Ben!, assigned)).toEqual({ cleared: true });
    expect((await workState(handle.db, assigned)).unreadCount).toBe(0);
  });

  it("can still be cleared by a supervisor on purpose, with mark read", async () => {
    // Afilnet's times have whole seconds: a message in the second of the last look would count as seen.
    await customerWrites("look-2", new Date(Date.now() + 2_000).toISOString());
    await sync();
    const assigned = await id("look-2");
    expect((await workState(handle.db, assigned)).unreadCount).toBe(1);
    expect(await changeConversations(handle.db, people.Sam!, [assigned], { change: "read" })).toEqual({ changed: 1 });
    expect((await workState(handle.db, assigned)).unreadCount).toBe(0);
  });
});
