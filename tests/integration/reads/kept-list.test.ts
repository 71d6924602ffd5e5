import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionAgent } from "@/lib/auth/access";
import { inboxQuerySchema } from "@/lib/contract/inbox";
import type { InboxFull } from "@/lib/contract/inbox-delta";
import { createAgent } from "@/lib/db/queries/agents";
import { recountConversation, setLatestMessage } from "@/lib/db/queries/chat-summary";
import { saveContact } from "@/lib/db/queries/contacts";
import { ensureConversation, replaceChannels, upsertMessages } from "@/lib/db/queries/mirror";
import { bumpConversationVersion, insertOutbox, transitionOutbox } from "@/lib/db/queries/outbox";
import { markConversationSeen } from "@/lib/db/queries/seen";
import { bumpMirrorVersion } from "@/lib/db/queries/sync-state";
import { setAssignee, setStatus } from "@/lib/db/queries/work";
import { databaseForFile } from "../../helpers/db";
import { catalogTranslator } from "../../helpers/i18n";

/*
 * The first page of a view comes from the conversation list kept in memory
 * (lib/inbox/kept-list.ts), through the real route on a real database: the same rows and
 * cursor as the database's page, without asking it for the page, and up to date with what
 * changed once a version publishes it. Searches, later pages and the window order still ask
 * the database.
 */

const session = vi.hoisted(() => ({ agent: null as SessionAgent | null, db: undefined as unknown }));
vi.mock("@/lib/auth/session", () => ({ getSessionAgent: async () => session.agent }));
vi.mock("@/lib/db/instance", () => ({ getDb: async () => session.db }));
vi.mock("@/lib/actions/request-translator", () => ({ requestTranslator: async () => catalogTranslator("en") }));
// Counted: a page the database answers goes through listConversations.
vi.mock("@/lib/db/queries/conversations", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/db/queries/conversations")>();
  return { ...original, listConversations: vi.fn(original.listConversations) };
});

const { GET } = await import("@/app/api/inbox/route");
const { listConversations } = await import("@/lib/db/queries/conversations");
const database = databaseForFile();
const ids: number[] = [];
const people: string[] = [];
const channelIds: number[] = [];
let clock = Date.now() - 3_600_000;
let messageNo = 0;

async function inbound(conversation: number, text = "hello"): Promise<void> {
  // Every third message in the same second as the one before: the order then falls to the id.
  clock += messageNo % 3 === 0 ? 0 : 1_000;
  const message = { messageId: String(++messageNo), direction: "in" as const, text, status: "received", at: new Date(clock) };
  await upsertMessages(database.db, conversation, [message]);
  await setLatestMessage(database.db, conversation, message);
  await recountConversation(database.db, conversation);
}

beforeAll(async () => {
  const db = database.db;
  session.db = db;
  await replaceChannels(db, [
    { platform: "whatsapp", platformId: "34600000001", name: "Sales" },
    { platform: "telegram", platformId: "bot1", name: "Support" },
  ]);
  for (const name of ["Ana", "Ben"]) people.push((await createAgent(db, { email: `${name}@example.com`, displayName: name, passwordHash: "x", role: "agent" })).id);
  session.agent = { id: people[0]!, email: "ana@example.com", name: "Ana", role: "agent" };
  const listed = (await db.query.channels.findMany()).map((channel) => channel.id).sort((a, b) => a - b);
  channelIds.push(...listed);
  for (let i = 0; i < 12; i++) {
    const id = await ensureConversation(db, channelIds[i % 2]!, `+346000001${String(i).padStart(2, "0")}`);
    ids.push(id);
    await inbound(id);
  }
  const by = { actorId: people[0]!, now: new Date(clock) };
  await setAssignee(db, [ids[0]!, ids[3]!, ids[6]!], people[0]!, by);
  await setAssignee(db, [ids[1]!], people[1]!, by);
  await setStatus(db, [ids[2]!, ids[5]!], "resolved", by);
  await setStatus(db, [ids[7]!], "pending", by);
  for (const id of [ids[4]!, ids[8]!]) await markConversationSeen(db, id);
  await bumpMirrorVersion(db);
});

const VIEWS = [
  "",
  "status=all",
  "status=resolved",
  "status=pending",
  "unread=1",
  "view=mine",
  "view=unassigned",
  "view=mine&status=all",
  "sort=waiting",
  "sort=newest&status=all",
  "failed=1&status=all",
];
const asked = () => vi.mocked(listConversations).mock.calls.length;

async function firstPage(question: string): Promise<{ page: InboxFull; askedDatabase: boolean }> {
  const before = asked();
  const response = await GET(new NextRequest(`http://inbox.test/api/inbox?${question}`), { params: Promise.resolve({}) });
  expect(response.status).toBe(200);
  return { page: (await response.json()) as InboxFull, askedDatabase: asked() > before };
}

/** The page the database answers for the same question. */
async function databasePage(question: string) {
  const query = inboxQuerySchema.parse(Object.fromEntries(new URLSearchParams(question)));
  const { rows, nextCursor } = await listConversations(database.db, query, session.agent!.id);
  return { conversations: rows, nextCursor };
}

/** Every view, with each channel and without, by pages of 2 and of 50: from memory, as the database pages them. */
async function expectEveryViewAsTheDatabase(): Promise<void> {
  for (const view of VIEWS) {
    for (const channel of ["", ...channelIds.map((id) => `channel=${id}`)]) {
      for (const limit of [2, 50]) {
        const question = [view, channel, `limit=${limit}`].filter(Boolean).join("&");
        const { page, askedDatabase } = await firstPage(question);
        expect(askedDatabase, question).toBe(false);
        expect({ conversations: page.conversations, nextCursor: page.nextCursor }, question).toEqual(await databasePage(question));
      }
    }
  }
}

describe("the first page of a view", () => {
  it("comes from the list kept in memory, with the database's rows and cursor", async () => {
    await expectEveryViewAsTheDatabase();
  });

  it("shows what changed once a version publishes it", async () => {
    const db = database.db;
    const by = { actorId: people[1]!, now: new Date(clock) };
    await inbound(ids[2]!, "back again");
    await markConversationSeen(db, ids[9]!);
    await setAssignee(db, [ids[10]!], people[0]!, by);
    await setStatus(db, [ids[0]!], "resolved", by);
    await saveContact(db, "+34600000111", { displayName: "Zoe", note: "" }, people[0]!);
    await replaceChannels(db, [{ platform: "telegram", platformId: "bot1", name: "Support desk" }]);
    const { row } = await insertOutbox(db, { id: randomUUID(), conversationId: ids[11]!, agentId: people[0]!, text: "on its way?", fileType: null, fileUrl: null, thumbUrl: null });
    await transitionOutbox(db, row.id, ["sending"], { state: "failed", errorCode: "INVALID_DESTINATION" });
    await bumpConversationVersion(db, ids[11]!);
    await bumpMirrorVersion(db);

    await expectEveryViewAsTheDatabase();
    const { page } = await firstPage("status=all&limit=50");
    const byId = new Map(page.conversations.map((conversation) => [conversation.id, conversation]));
    expect(byId.get(ids[2]!)).toMatchObject({ status: "resolved", lastMessage: { text: "back again" } });
    expect(byId.get(ids[11]!)).toMatchObject({ displayName: "Zoe", channelName: "Support desk", failedSends: 1 });
  });

  it("of a search, past a cursor or in the window order asks the database", async () => {
    const first = await firstPage("status=all&limit=2");
    for (const question of ["q=hello", `status=all&limit=2&cursor=${first.page.nextCursor}`, "sort=window&status=all"]) {
      const { page, askedDatabase } = await firstPage(question);
      expect(askedDatabase, question).toBe(true);
      expect({ conversations: page.conversations, nextCursor: page.nextCursor }, question).toEqual(await databasePage(question));
    }
  });
});
