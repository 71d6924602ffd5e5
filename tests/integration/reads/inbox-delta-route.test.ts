import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionAgent } from "@/lib/auth/access";
import type { InboxDelta, InboxFull } from "@/lib/contract/inbox-delta";
import { createAgent } from "@/lib/db/queries/agents";
import { MAX_CHANGED } from "@/lib/db/queries/conversation-changes";
import { ensureConversation, replaceChannels, upsertMessages } from "@/lib/db/queries/mirror";
import { recountConversation, setLatestMessage } from "@/lib/db/queries/chat-summary";
import { saveContact } from "@/lib/db/queries/contacts";
import { bumpMirrorVersion, finishSyncPass, takeSyncLease } from "@/lib/db/queries/sync-state";
import { setStatus } from "@/lib/db/queries/work";
import { applyInboxAnswer } from "@/lib/query/inbox-delta";
import { databaseForFile } from "../../helpers/db";
import { catalogTranslator } from "../../helpers/i18n";

/*
 * GET /api/inbox?since=…: the real route and its wrapper on a real database. A delta holds
 * only the rows that changed, lists those that left the view (of the rows the caller holds,
 * when it says), refills the page after the caller's last row; a version too far behind (or never reached) gets the full page; a
 * malformed one a 400 with a sentence.
 */

const session = vi.hoisted(() => ({ agent: null as SessionAgent | null, db: undefined as unknown }));
vi.mock("@/lib/auth/session", () => ({ getSessionAgent: async () => session.agent }));
vi.mock("@/lib/db/instance", () => ({ getDb: async () => session.db }));
vi.mock("@/lib/actions/request-translator", () => ({ requestTranslator: async () => catalogTranslator("en") }));

// Counted: the changed conversations are read once for every view polling at a version.
vi.mock("@/lib/db/queries/conversation-changes", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/db/queries/conversation-changes")>();
  return { ...original, listChangedConversations: vi.fn(original.listChangedConversations) };
});
vi.mock("@/lib/db/queries/conversation-search", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/db/queries/conversation-search")>();
  return { ...original, searchAmong: vi.fn(original.searchAmong) };
});

const { GET } = await import("@/app/api/inbox/route");
const { listChangedConversations } = await import("@/lib/db/queries/conversation-changes");
const { searchAmong } = await import("@/lib/db/queries/conversation-search");
const database = databaseForFile();
const ids: number[] = [];
let channelId = 0;
let clock = Date.now() - 3_600_000;
let messageNo = 0;

async function write(conversation: number): Promise<void> {
  const message = { messageId: String(++messageNo), direction: "in" as const, text: "hello", status: "received", at: new Date((clock += 1_000)) };
  await upsertMessages(database.db, conversation, [message]);
  await setLatestMessage(database.db, conversation, message);
  await recountConversation(database.db, conversation);
}

beforeAll(async () => {
  const db = database.db;
  session.db = db;
  await replaceChannels(db, [{ platform: "telegram", platformId: "bot1", name: "Support" }]);
  const agent = await createAgent(db, { email: "ana@example.com", displayName: "Ana", passwordHash: "x", role: "agent" });
  session.agent = { id: agent.id, email: agent.email, name: "Ana", role: "agent" };
  channelId = await ensureConversation(db, 1, "+34600000000").then(async (id) => {
    ids.push(id);
    return (await db.query.conversations.findFirst({ where: (c, { eq }) => eq(c.id, id) }))!.channelId;
  });
  for (let i = 1; i < 6; i++) ids.push(await ensureConversation(db, channelId, `+3460000000${i}`));
  for (const id of ids) await write(id);
  await bumpMirrorVersion(db);
});

async function get(query: string, etag?: string) {
  const response = await GET(new NextRequest(`http://inbox.test/api/inbox?${query}`, { headers: etag ? { "if-none-match": etag } : {} }), { params: Promise.resolve({}) });
  const body = response.status === 304 ? undefined : await response.json();
  return { status: response.status, etag: response.headers.get("etag") ?? "", body };
}
const QUESTION = "status=open&limit=3";

describe("GET /api/inbox with since", () => {
  it("answers only what changed: the rows, those that left, and the rows that refill the page", async () => {
    const first = await get(QUESTION);
    const page = first.body as InboxFull;
    expect(page.conversations.map((row) => row.id)).toEqual([ids[5], ids[4], ids[3]]);
    const unchanged = await get(`${QUESTION}&since=${page.version}&after=${page.nextCursor}`, first.etag);
    expect(unchanged.status).toBe(304);

    // One row of the page leaves the view (resolved), one below it moves to the top (a message).
    await setStatus(database.db, [ids[4]!], "resolved", { actorId: null, now: new Date() });
    await write(ids[1]!);
    await bumpMirrorVersion(database.db);
    const answer = await get(`${QUESTION}&since=${page.version}&after=${page.nextCursor}`, first.etag);
    const delta = answer.body as InboxDelta;
    expect(delta).toMatchObject({ delta: true, since: page.version, version: page.version + 1 });
    expect(delta.conversations.map((row) => row.id)).toEqual([ids[1]]);
    expect(delta.removed).toEqual([ids[4]]);
    // The first row after the caller's last refills the page; the rest of the view follows it.
    expect(delta.following).toEqual({ conversations: [expect.objectContaining({ id: ids[2] })], more: true });
    // The counts that moved: a new unread message, one open conversation fewer.
    expect(delta.channels).toEqual([expect.objectContaining({ unreadMessages: page.channels[0]!.unreadMessages + 1 })]);
    expect(delta.views).toEqual({ mine: 0, unassigned: 5, all: 5 });

    // A change the counts do not see (a contact's name): the row alone.
    const merged = applyInboxAnswer(page, delta, "activity", 3);
    expect(merged.conversations.map((row) => row.id)).toEqual([ids[1], ids[5], ids[3]]);
    await saveContact(database.db, "+34600000005", { displayName: "Zoe", note: "" }, session.agent!.id);
    const named = (await get(`${QUESTION}&since=${merged.version}&after=${merged.nextCursor}`, answer.etag)).body as InboxDelta;
    expect(named).toMatchObject({ delta: true, since: delta.version, removed: [], following: null });
    expect(named.conversations).toEqual([{ ...merged.conversations[1], displayName: "Zoe" }]);
    expect(named).not.toHaveProperty("channels");
    expect(named).not.toHaveProperty("totals");
    expect(named).not.toHaveProperty("views");
  });

  it("with the rows held, lists only those as removed and says whether rows still follow the last", async () => {
    const first = await get(QUESTION);
    const page = first.body as InboxFull;
    const heldIds = page.conversations.map((row) => row.id);
    const held = `&held=${heldIds.join(",")}`;
    const beyond = (await get(`status=open&limit=50`)).body.conversations.map((row: { id: number }) => row.id).filter((id: number) => !heldIds.includes(id));
    expect(beyond.length).toBe(2);

    // A row past the page leaves the view: nothing the caller holds moved, and one row still follows.
    await setStatus(database.db, [beyond[0]], "resolved", { actorId: null, now: new Date() });
    await bumpMirrorVersion(database.db);
    const poll = `${QUESTION}&since=${page.version}&after=${page.nextCursor}`;
    const one = (await get(`${poll}${held}`, first.etag)).body as InboxDelta;
    expect(one).toMatchObject({ delta: true, conversations: [], removed: [], following: { conversations: [], more: true } });
    // Without the rows held, it might have been one of them.
    expect((await get(poll)).body).toMatchObject({ removed: [beyond[0]], following: { conversations: [expect.objectContaining({ id: beyond[1] })], more: false } });

    // The last row past the page leaves: none follows, and the merged page says so.
    await setStatus(database.db, [beyond[1]], "resolved", { actorId: null, now: new Date() });
    await bumpMirrorVersion(database.db);
    const last = (await get(`${poll}${held}`)).body as InboxDelta;
    expect(last).toMatchObject({ removed: [], following: { conversations: [], more: false } });
    expect(applyInboxAnswer(page, last, "activity", 3)).toEqual({ ...(await get(QUESTION)).body, sync: last.sync });

    // A held row leaves: it is removed, and nothing refills its place.
    await setStatus(database.db, [heldIds[0]!], "resolved", { actorId: null, now: new Date() });
    await bumpMirrorVersion(database.db);
    expect((await get(`${poll}${held}`)).body).toMatchObject({ removed: expect.arrayContaining([heldIds[0]]), following: { conversations: [], more: false } });
    await setStatus(database.db, [heldIds[0]!, ...beyond], "open", { actorId: null, now: new Date() });
    await bumpMirrorVersion(database.db);
  });

  it("reads what changed once for every view and version polled at a version", async () => {
    const before = ((await get(QUESTION)).body as InboxFull).version;
    await write(ids[2]!);
    await bumpMirrorVersion(database.db);
    await write(ids[3]!);
    await bumpMirrorVersion(database.db);
    vi.mocked(listChangedConversations).mockClear();
    vi.mocked(searchAmong).mockClear();
    const views = ["status=open&limit=3", "status=all&limit=2", "unread=1&limit=3", "view=unassigned&limit=3", "q=hello&limit=3", "sort=waiting&limit=3"];
    for (const since of [before, before + 1]) {
      for (const view of views) expect((await get(`${view}&since=${since}`)).body).toMatchObject({ delta: true, version: before + 2 });
    }
    expect(listChangedConversations).toHaveBeenCalledTimes(1);
    expect(searchAmong).toHaveBeenCalledTimes(1);

    // A version later the search is asked again of the conversation that changed only.
    await write(ids[0]!);
    await bumpMirrorVersion(database.db);
    vi.mocked(searchAmong).mockClear();
    const found = (await get(`q=hello&limit=3&since=${before}`)).body as InboxDelta;
    expect(found.conversations.map((row) => row.id).sort()).toEqual([ids[0], ids[2], ids[3]].sort());
    expect(vi.mocked(searchAmong).mock.calls.map(([, asked]) => asked)).toEqual([[ids[0]]]);
  });

  it("prepares what every view shares as soon as the sync publishes a version, while someone polls", async () => {
    const before = ((await get(QUESTION)).body as InboxFull).version;
    await write(ids[1]!);
    vi.mocked(listChangedConversations).mockClear();
    // The sync's pass ends by publishing the next version (the row it writes is handed to listeners).
    await takeSyncLease(database.db, "pass", new Date(), 60_000, true);
    await finishSyncPass(database.db, "pass", {}, true);
    // Read with no poll at the new version yet; the polls at it then share that read.
    await vi.waitFor(() => expect(listChangedConversations).toHaveBeenCalledTimes(1));
    const delta = (await get(`${QUESTION}&since=${before}`)).body as InboxDelta;
    expect(delta).toMatchObject({ delta: true, version: before + 1 });
    expect(delta.conversations.map((row) => row.id)).toContain(ids[1]);
    expect(listChangedConversations).toHaveBeenCalledTimes(1);
  });

  it("answers in full for a version too far behind or one this database never reached", async () => {
    const first = (await get(QUESTION)).body as InboxFull;
    const ahead = await get(`${QUESTION}&since=${first.version + 5}`);
    expect(ahead.status).toBe(200);
    expect(ahead.body).not.toHaveProperty("delta");
    expect(ahead.body).toMatchObject({ version: first.version, conversations: first.conversations });

    for (let i = 0; i <= MAX_CHANGED; i++) await ensureConversation(database.db, channelId, `+3470000${String(i).padStart(4, "0")}`);
    await bumpMirrorVersion(database.db);
    const behind = await get(`${QUESTION}&since=${first.version}&after=${first.nextCursor}`);
    expect(behind.status).toBe(200);
    expect(behind.body).not.toHaveProperty("delta");
    expect(behind.body).toMatchObject({ version: first.version + 1 });
    // A few changes later, a delta again.
    const recent = await get(`${QUESTION}&since=${(behind.body as InboxFull).version}`);
    expect(recent.body).toMatchObject({ delta: true, conversations: [], removed: [] });
  });

  it("refuses a malformed version with a sentence", async () => {
    for (const since of ["abc", "0", "-3", "1.5", "99999999999"]) {
      const answer = await get(`${QUESTION}&since=${since}`);
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatch(/List version: Give the list's version as the server sent it/);
    }
    const badAfter = await get(`${QUESTION}&since=1&after=${encodeURIComponent("not a cursor!")}`);
    expect(badAfter.status).toBe(400);
    expect(badAfter.body.error).toMatch(/Last row held: This is not a page position this server gave out\./);
    for (const held of ["a,b", "1,,2", Array.from({ length: 201 }, (_, i) => i + 1).join(",")]) {
      const answer = await get(`${QUESTION}&since=1&held=${held}`);
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatch(/Rows held: Give the numbers of the rows held, separated by commas: at most 200 whole numbers\./);
    }
  });
});
