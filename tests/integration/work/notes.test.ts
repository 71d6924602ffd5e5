import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeZodError } from "@/lib/contract/validation";
import { activityQuerySchema } from "@/lib/contract/activity";
import { addNoteSchema, markMentionsReadSchema, mentionsQuerySchema } from "@/lib/contract/notes";
import type { DatabaseHandle } from "@/lib/db/handle";
import { createAgent, setAgentActive } from "@/lib/db/queries/agents";
import { getConversation, listConversations } from "@/lib/db/queries/conversations";
import { outbox } from "@/lib/db/schema";
import { changeConversations } from "@/lib/inbox/work";
import { addNote, markRead, mentionsOf } from "@/lib/inbox/notes";
import { threadPage } from "@/lib/inbox/thread";
import { workRules } from "@/lib/inbox/work-rules";
import { activityCsv, activityPage } from "@/lib/queues/activity";
import { runSyncOnce } from "@/lib/sync/engine";
import { createTestDatabase } from "../../helpers/db";
import { catalogTranslator } from "../../helpers/i18n";
import { sandboxClient, syncContext } from "../../helpers/mirror";
import { startSandbox, type RunningSandbox } from "../../helpers/sandbox";
import { conversationByDestination, workState } from "./helpers";

/*
 * Private notes on a conversation imported from the sandbox: Dana Agent notes, mentioning Ben
 * Agent; Dana (another agent whose name is the start of hers) and Cleo are not mentioned.
 */
let sandbox: RunningSandbox;
let handle: DatabaseHandle;
const who: Record<string, string> = {};
let conversation: number;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const sync = () => runSyncOnce(syncContext(handle.db, sandboxClient(sandbox), { work: workRules }), { force: true });
const mentionsFor = (name: string) => mentionsOf(handle.db, who[name]!, mentionsQuerySchema.parse({}));
const en = catalogTranslator("en");
const refusal = (input: unknown) => {
  const parsed = addNoteSchema.safeParse(input);
  return parsed.success ? "accepted" : describeZodError(parsed.error, en);
};

beforeAll(async () => {
  sandbox = await startSandbox({ seed: "empty", args: ["--customers", "0"] });
  handle = await createTestDatabase();
  for (const name of ["Dana Agent", "Dana", "Ben Agent", "Cleo Agent", "Old Timer"]) {
    who[name] = (await createAgent(handle.db, { email: `${name.replace(" ", ".").toLowerCase()}@example.com`, displayName: name, passwordHash: "x", role: "agent" })).id;
  }
  await setAgentActive(handle.db, who["Old Timer"]!, false);
  await sandbox.admin("inbound", { body: { platform: "whatsapp", platformId: "100", destination: "notes-1", message: "My parcel is late", at: ago(30 * 60_000) } });
  expect(await sync()).toMatchObject({ ok: true });
  conversation = await conversationByDestination(handle.db, "notes-1");
  await changeConversations(handle.db, { id: who["Dana Agent"]!, email: "dana.agent@example.com", name: "Dana Agent", role: "agent" }, [conversation], { change: "pending" }, new Date(Date.now() - 10_000));
});
afterAll(async () => {
  await handle?.close();
  await sandbox?.stop();
});

describe("a private note", () => {
  it("never reaches Afilnet: no outbox row, and no send in the sandbox's request log through the next sync", async () => {
    await sandbox.admin("stats/reset", { body: {} });
    const before = await workState(handle.db, conversation);
    const version = (await getConversation(handle.db, conversation))!.version;
    const note = await addNote(handle.db, who["Dana Agent"]!, conversation, "Customer is VIP: @ben agent please call them. Not @Danaish, not @Old Timer, not x@Cleo Agent, and @Dana Agent is me.", new Date(Date.now() - 5_000));
    expect(note?.mentions.map((person) => person.name)).toEqual(["Ben Agent"]);
    // Afilnet's times have whole seconds: the note is dated a few seconds back, so that this message surely follows it.
    await sandbox.admin("inbound", { body: { platform: "whatsapp", platformId: "100", destination: "notes-1", message: "Any news?" } });
    expect(await sync()).toMatchObject({ ok: true });
    const { requests } = await sandbox.admin<{ requests: { method: string | null }[] }>("requests");
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((request) => request.method === "sendmessage" || request.method === "sendfile")).toEqual([]);
    expect(await handle.db.select().from(outbox)).toEqual([]);
    expect((await getConversation(handle.db, conversation))!.version).toBeGreaterThan(version);
    expect(before.status).toBe("pending");
  });

  it("shows in the thread as kind \"note\" among kind \"message\" and kind \"event\" items, in time order", async () => {
    const thread = (await threadPage(handle.db, conversation, { limit: 50 }))!;
    expect(thread.messages.map((item) => item.kind)).toEqual(["message", "event", "note", "message", "event"]);
    expect(thread.messages[1]).toMatchObject({ kind: "event", change: "status", status: "pending", actor: { name: "Dana Agent" } });
    expect(thread.messages[2]).toMatchObject({ kind: "note", author: { id: who["Dana Agent"], name: "Dana Agent" }, mentions: [{ id: who["Ben Agent"], name: "Ben Agent" }] });
    expect(thread.messages[4]).toMatchObject({ kind: "event", change: "status", status: "open", reason: "customer_wrote" });
    const times = thread.messages.map((item) => item.at);
    expect([...times].sort()).toEqual(times);
    expect("events" in thread).toBe(false);
  });

  it("changes neither unread, waiting, the last message nor the status", async () => {
    const before = await workState(handle.db, conversation);
    const row = async () => (await listConversations(handle.db, { limit: 20, status: "all" })).rows.find((r) => r.id === conversation)!;
    const last = (await row()).lastMessage;
    await addNote(handle.db, who["Cleo Agent"]!, conversation, "Checked the courier: out for delivery.");
    expect(await workState(handle.db, conversation)).toEqual(before);
    expect((await row()).lastMessage).toEqual(last);
    expect(before.unreadCount).toBeGreaterThan(0);
  });

  it("is refused with a sentence when empty or too long, and on a conversation that does not exist", async () => {
    expect(refusal({ conversationId: conversation, text: "   " })).toBe("Message: Write a note before adding it.");
    expect(refusal({ conversationId: conversation, text: "x".repeat(4_001) })).toBe("Message: A note can have at most 4,000 characters.");
    expect(refusal({ conversationId: conversation, text: `  ${"x".repeat(4_000)}  ` })).toBe("accepted");
    expect(await addNote(handle.db, who["Dana Agent"]!, 2_147_483_647, "Lost")).toBeUndefined();
  });
});

describe("mentions", () => {
  it("reach the mentioned agent's view, newest first, and no one else's", async () => {
    const ben = await mentionsFor("Ben Agent");
    expect(ben.unread).toBe(1);
    expect(ben.mentions).toEqual([
      expect.objectContaining({ conversationId: conversation, conversationName: "notes-1", authorName: "Dana Agent", read: false, text: expect.stringContaining("VIP") }),
    ]);
    expect(ben.mentions[0]!.channelName).toBeTruthy();
    for (const other of ["Dana", "Dana Agent", "Cleo Agent", "Old Timer"]) expect(await mentionsFor(other), other).toMatchObject({ mentions: [], unread: 0 });
  });

  it("page newest first with a cursor", async () => {
    await addNote(handle.db, who["Cleo Agent"]!, conversation, "@Ben Agent second");
    await addNote(handle.db, who["Cleo Agent"]!, conversation, "@Ben Agent third");
    const first = await mentionsOf(handle.db, who["Ben Agent"]!, mentionsQuerySchema.parse({ limit: "2" }));
    expect(first.mentions.map((m) => m.text)).toEqual(["@Ben Agent third", "@Ben Agent second"]);
    const second = await mentionsOf(handle.db, who["Ben Agent"]!, mentionsQuerySchema.parse({ limit: "2", cursor: first.nextCursor }));
    expect(second.mentions.map((m) => m.authorName)).toEqual(["Dana Agent"]);
    expect(second.nextCursor).toBeNull();
    expect(first.unread).toBe(3);
  });

  it("are marked read one by one or all at once, by their agent only", async () => {
    const [newest] = (await mentionsFor("Ben Agent")).mentions;
    expect(await markRead(handle.db, who["Cleo Agent"]!, [newest!.id])).toBeUndefined();
    expect((await mentionsFor("Ben Agent")).unread).toBe(3);
    expect(await markRead(handle.db, who["Ben Agent"]!, [newest!.id])).toEqual({ changed: 1, unread: 2 });
    expect((await mentionsFor("Ben Agent")).mentions[0]).toMatchObject({ id: newest!.id, read: true });
    expect(await markRead(handle.db, who["Ben Agent"]!, "all")).toEqual({ changed: 2, unread: 0 });
    expect(markMentionsReadSchema.safeParse({}).success).toBe(false);
    expect(markMentionsReadSchema.safeParse({ ids: [] }).success).toBe(false);
    expect(markMentionsReadSchema.safeParse({ ids: [1], all: true }).success).toBe(false);
  });
});

describe("the record", () => {
  it("is searched by a note's text like messages: case and accents folded", async () => {
    await addNote(handle.db, who["Dana Agent"]!, conversation, "Reembolso aprobado por el almacén");
    const search = async (q: string) => (await listConversations(handle.db, { limit: 20, q, status: "all" })).rows.map((row) => row.id);
    expect(await search("ALMACEN")).toEqual([conversation]);
    expect(await search("courier: out for")).toEqual([conversation]);
    expect(await search("no such words anywhere")).toEqual([]);
  });

  it("lists notes in the supervisor's activity as kind \"note\" with their text, filterable, and in the CSV", async () => {
    const { rows } = await activityPage(handle.db, activityQuerySchema.parse({ kind: "note" }));
    expect(rows.map((row) => [row.kind, row.actor?.name, row.text])).toEqual([
      ["note", "Dana Agent", "Reembolso aprobado por el almacén"],
      ["note", "Cleo Agent", "@Ben Agent third"],
      ["note", "Cleo Agent", "@Ben Agent second"],
      ["note", "Cleo Agent", "Checked the courier: out for delivery."],
      ["note", "Dana Agent", expect.stringContaining("VIP")],
    ]);
    const csv = await activityCsv(handle.db, { kind: "note", agent: who["Dana Agent"] });
    expect(csv).toContain("note,Dana Agent");
    expect(csv).toContain("Reembolso aprobado por el almacén");
  });
});
