import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionAgent } from "@/lib/auth/access";
import type { DatabaseHandle } from "@/lib/db/handle";
import { createAgent } from "@/lib/db/queries/agents";
import { listEvents } from "@/lib/db/queries/events";
import { setWorkSettings } from "@/lib/db/queries/work-settings";
import { changeConversations } from "@/lib/inbox/work";
import { applyTimedRules, workRules } from "@/lib/inbox/work-rules";
import { runSyncOnce } from "@/lib/sync/engine";
import { createTestDatabase } from "../../helpers/db";
import { sandboxClient, syncContext } from "../../helpers/mirror";
import { startSandbox, type RunningSandbox } from "../../helpers/sandbox";
import { conversationByDestination, workState } from "./helpers";

let sandbox: RunningSandbox;
let handle: DatabaseHandle;
let dana: SessionAgent;
const DAY = 86_400_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const sync = (now?: () => Date) => runSyncOnce(syncContext(handle.db, sandboxClient(sandbox), { work: workRules, now }), { force: true });
const customerWrites = (destination: string, message: string, at?: string) =>
  sandbox.admin("inbound", { body: { platform: "whatsapp", platformId: "100", destination, message, at } });
const id = (destination: string) => conversationByDestination(handle.db, destination);

beforeAll(async () => {
  sandbox = await startSandbox({ seed: "empty", args: ["--customers", "0"] });
  handle = await createTestDatabase();
  const row = await createAgent(handle.db, { email: "dana@example.com", displayName: "Dana", passwordHash: "x", role: "agent" });
  dana = { id: row.id, email: row.email, name: row.displayName, role: "agent" };
  // Before the first import: a customer waiting, a chat where we wrote last, a chat quiet for ten days.
  await customerWrites("waiting-1", "Where is my order?", ago(30 * 60_000));
  await customerWrites("answered-1", "Can I pay by card?", ago(60 * 60_000));
  await sandbox.admin("outbound", { body: { platform: "whatsapp", platformId: "100", destination: "answered-1", message: "Yes", at: ago(50 * 60_000) } });
  await customerWrites("quiet-1", "Thanks!", ago(10 * DAY));
  const first = await sync();
  expect(first, JSON.stringify(first)).toMatchObject({ ok: true });
});
afterAll(async () => {
  await handle?.close();
  await sandbox?.stop();
});

describe("the first import", () => {
  it("opens a conversation whose customer wrote last, sets pending where we did, and resolves one quiet past the window", async () => {
    expect((await workState(handle.db, await id("waiting-1"))).status).toBe("open");
    expect((await workState(handle.db, await id("answered-1"))).status).toBe("pending");
    expect((await workState(handle.db, await id("quiet-1"))).status).toBe("resolved");
    const events = await listEvents(handle.db, await id("quiet-1"), null, null);
    expect(events).toEqual([expect.objectContaining({ kind: "event", change: "status", status: "resolved", actor: null, reason: "first_import" })]);
  });
});

describe("a customer's new message", () => {
  it("reopens a resolved conversation, keeps its assignee, and records why", async () => {
    const conversation = await id("waiting-1");
    await changeConversations(handle.db, dana, [conversation], { change: "assign", assigneeId: dana.id });
    await changeConversations(handle.db, dana, [conversation], { change: "resolve" });
    expect((await workState(handle.db, conversation)).status).toBe("resolved");
    await customerWrites("waiting-1", "One more question");
    await sync();
    expect(await workState(handle.db, conversation)).toMatchObject({ status: "open", assigneeId: dana.id });
    const events = await listEvents(handle.db, conversation, null, null);
    expect(events.map((e) => (e.kind === "event" ? [e.change, e.status, e.actor?.name ?? null, e.reason] : e.kind))).toEqual([
      ["assignee", null, "Dana", null],
      ["status", "resolved", "Dana", null],
      ["status", "open", null, "customer_wrote"],
    ]);
  });

  it("reopens a pending and a snoozed conversation too, but a sync without new messages reopens nothing", async () => {
    const pending = await id("answered-1");
    await sync();
    expect((await workState(handle.db, pending)).status).toBe("pending");
    await customerWrites("answered-1", "Still there?");
    await sync();
    expect((await workState(handle.db, pending)).status).toBe("open");

    await changeConversations(handle.db, dana, [pending], { change: "snooze", until: new Date(Date.now() + DAY).toISOString() });
    expect((await workState(handle.db, pending)).status).toBe("snoozed");
    await customerWrites("answered-1", "Hello??");
    await sync();
    expect(await workState(handle.db, pending)).toMatchObject({ status: "open", snoozedUntil: null });
  });
});

describe("the clock", () => {
  it("wakes a snoozed conversation at its time, not before", async () => {
    const conversation = await id("waiting-1");
    const until = new Date(Date.now() + 60 * 60_000);
    await changeConversations(handle.db, dana, [conversation], { change: "snooze", until: until.toISOString() });
    await sync(() => new Date(until.getTime() - 1_000));
    expect((await workState(handle.db, conversation)).status).toBe("snoozed");
    await sync(() => new Date(until.getTime() + 1_000));
    expect((await workState(handle.db, conversation)).status).toBe("open");
    const last = (await listEvents(handle.db, conversation, null, null)).at(-1);
    expect(last).toMatchObject({ status: "open", actor: null, reason: "snooze_ended" });
  });

  it("resolves a pending conversation idle for the team's days, and never an open one", async () => {
    const pending = await id("answered-1");
    const open = await id("waiting-1");
    await changeConversations(handle.db, dana, [pending], { change: "pending" });
    expect((await workState(handle.db, open)).status).toBe("open");
    expect(await applyTimedRules(handle.db, new Date(Date.now() + 6 * DAY))).toBe(false);
    expect((await workState(handle.db, pending)).status).toBe("pending");
    expect(await applyTimedRules(handle.db, new Date(Date.now() + 8 * DAY))).toBe(true);
    expect((await workState(handle.db, pending)).status).toBe("resolved");
    expect((await workState(handle.db, open)).status).toBe("open");
    expect((await listEvents(handle.db, pending, null, null)).at(-1)).toMatchObject({ status: "resolved", reason: "idle" });
  });

  it("never resolves anything by itself when the setting is 0", async () => {
    const pending = await id("answered-1");
    await changeConversations(handle.db, dana, [pending], { change: "pending" });
    await setWorkSettings(handle.db, { autoResolvePendingDays: 0, autoAssign: false, autoAssignCap: 10 });
    expect(await applyTimedRules(handle.db, new Date(Date.now() + 400 * DAY))).toBe(false);
    expect((await workState(handle.db, pending)).status).toBe("pending");
    await setWorkSettings(handle.db, { autoResolvePendingDays: 7, autoAssign: false, autoAssignCap: 10 });
  });
});
