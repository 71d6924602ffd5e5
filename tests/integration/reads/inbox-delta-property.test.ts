import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionAgent } from "@/lib/auth/access";
import { inboxQuerySchema } from "@/lib/contract/inbox";
import type { InboxFull, InboxPollAnswer } from "@/lib/contract/inbox-delta";
import { createAgent } from "@/lib/db/queries/agents";
import { listConversations } from "@/lib/db/queries/conversations";
import { saveContact } from "@/lib/db/queries/contacts";
import { ensureConversation, replaceChannels, upsertMessages } from "@/lib/db/queries/mirror";
import { recountConversation, setLatestMessage } from "@/lib/db/queries/chat-summary";
import { insertNote } from "@/lib/db/queries/notes";
import { bumpConversationVersion, insertOutbox, transitionOutbox } from "@/lib/db/queries/outbox";
import { markConversationSeen } from "@/lib/db/queries/seen";
import { bumpMirrorVersion } from "@/lib/db/queries/sync-state";
import { reopenOnInbound, setAssignee, setStatus } from "@/lib/db/queries/work";
import { applyInboxAnswer } from "@/lib/query/inbox-delta";
import { pollUrl } from "@/lib/query/inbox-poll";
import { inboxUrl, type ListFilters } from "@/lib/query/inbox-queries";
import { databaseForFile } from "../../helpers/db";

/*
 * Polling by change misses nothing: random sequences of changes (inbound messages, reads,
 * statuses, assignments, snoozes, contact names, notes, replies that fail or go unconfirmed and
 * their discarding), often to rows a poller holds, are written through the app's own query
 * functions, random views (channel, unread, failed sends, status, view, search, sort, a page of
 * 1 to 4 rows) are polled after each with `since`, merged with the browser's merge, and compared
 * with a full answer of the same view once the changes are published; that full answer, from
 * the list kept in memory when it can be, with the database's page.
 */

const session = vi.hoisted(() => ({ agent: null as SessionAgent | null, db: undefined as unknown }));
vi.mock("@/lib/auth/session", () => ({ getSessionAgent: async () => session.agent }));
vi.mock("@/lib/db/instance", () => ({ getDb: async () => session.db }));
vi.mock("@/lib/actions/request-translator", () => ({ requestTranslator: async () => Object.assign((key: string) => key, { has: () => false }) }));

const { GET } = await import("@/app/api/inbox/route");
const database = databaseForFile();
const people: string[] = [];
const ids: number[] = [];
const destinations: string[] = [];
let channelId = 0;
let clock = Date.now() - 3_600_000;
let messageNo = 0;

async function inbound(conversation: number, text: string): Promise<void> {
  const db = database.db;
  // Sometimes in the same second as the last one: the order then falls to the id.
  clock += text.length % 3 === 0 ? 0 : 1_000;
  const message = { messageId: String(++messageNo), direction: "in" as const, text, status: "received", at: new Date(clock) };
  await upsertMessages(db, conversation, [message]);
  await setLatestMessage(db, conversation, message);
  await recountConversation(db, conversation);
  await reopenOnInbound(db, [conversation], new Date(clock));
}

beforeAll(async () => {
  const db = database.db;
  session.db = db;
  await replaceChannels(db, [
    { platform: "whatsapp", platformId: "34600000001", name: "Sales" },
    { platform: "telegram", platformId: "bot1", name: "Support" },
  ]);
  for (const name of ["Ana", "Ben"]) {
    people.push((await createAgent(db, { email: `${name}@example.com`, displayName: name, passwordHash: "x", role: "agent" })).id);
  }
  session.agent = { id: people[0]!, email: "ana@example.com", name: "Ana", role: "agent" };
  const channelIds = ((await db.execute(sql`select id from channels order by id`)) as unknown as { rows: { id: number }[] }).rows.map((row) => Number(row.id));
  channelId = channelIds[0]!;
  for (let i = 0; i < 9; i++) {
    const destination = `+3460000${100 + i}`;
    const id = await ensureConversation(db, channelIds[i % 2]!, destination);
    ids.push(id);
    destinations.push(destination);
    await inbound(id, i % 3 === 0 ? "an apple please" : "hello");
  }
  await bumpMirrorVersion(db);
});

async function get(url: string, etag?: string): Promise<{ status: number; etag: string; body?: InboxPollAnswer & { error?: string } }> {
  const response = await GET(new NextRequest(`http://inbox.test${url}`, { headers: etag ? { "if-none-match": etag } : {} }), { params: Promise.resolve({}) });
  return { status: response.status, etag: response.headers.get("etag") ?? "", body: response.status === 304 ? undefined : await response.json() };
}

const seen = { unchanged: 0, delta: 0, refilled: 0, full: 0 };

type Held = { filters: ListFilters; limit: number; question: string; etag: string; page: InboxFull };

/** The full page of a question, as a first poll gets it. */
async function full(filters: ListFilters, limit: number): Promise<{ etag: string; page: InboxFull }> {
  const answer = await get(questionOf(filters, limit));
  expect(answer.status).toBe(200);
  expect(answer.body && "delta" in answer.body).toBe(false);
  return { etag: answer.etag, page: answer.body as InboxFull };
}
const questionOf = (filters: ListFilters, limit: number) => inboxUrl(filters).replace(/limit=\d+/, `limit=${limit}`);

/** The page the database answers for the same question. */
async function databasePage(question: string): Promise<Pick<InboxFull, "conversations" | "nextCursor">> {
  const query = inboxQuerySchema.parse(Object.fromEntries(new URL(`http://inbox.test${question}`).searchParams));
  const { rows, nextCursor } = await listConversations(database.db, query, session.agent!.id);
  return { conversations: rows, nextCursor };
}

/** A poll as the browser makes it: since and after from the page it holds, merged. */
async function poll(held: Held): Promise<void> {
  const answer = await get(pollUrl(held.question, held.page), held.etag);
  const body = answer.body;
  seen[answer.status === 304 ? "unchanged" : body && "delta" in body ? (body.following ? "refilled" : "delta") : "full"] += 1;
  if (answer.status === 304) return;
  expect(answer.status).toBe(200);
  held.page = applyInboxAnswer(held.page, answer.body!, held.filters.sort, held.limit);
  held.etag = answer.etag;
}

const filtersArb: fc.Arbitrary<ListFilters> = fc.record({
  channel: fc.constantFrom(null, null, 1),
  unread: fc.constantFrom(false, false, true),
  failed: fc.constantFrom(false, false, false, true),
  // Mostly views that hold more rows than a page, so that rows leaving it must be refilled.
  q: fc.constantFrom("", "", "", "", "", "apple", "zoe", "kiwi"),
  view: fc.constantFrom("all" as const, "all" as const, "mine" as const, "unassigned" as const),
  status: fc.constantFrom("all" as const, "all" as const, "open" as const, "open" as const, "resolved" as const, "snoozed" as const, "pending" as const),
  sort: fc.constantFrom("activity" as const, "activity" as const, "waiting" as const, "newest" as const, "window" as const),
});

const stepArb = fc.record({
  kind: fc.constantFrom("inbound", "read", "status", "assign", "snooze", "name", "note", "send"),
  at: fc.nat({ max: 8 }),
  // Often a row a poller holds, so that held rows leave their page and must be refilled.
  onHeld: fc.boolean(),
  pick: fc.nat({ max: 3 }),
  // Left unpublished (no new version) until a later step moves the version.
  publish: fc.boolean(),
});
type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

/** Writes one change; true when the change moved the mirror's version itself. */
async function apply(step: Step, heldIds: number[]): Promise<boolean> {
  const db = database.db;
  const id = step.onHeld && heldIds.length > 0 ? heldIds[step.at % heldIds.length]! : ids[step.at]!;
  const by = { actorId: people[0]!, now: new Date(clock) };
  switch (step.kind) {
    case "inbound":
      await inbound(id, ["hello again", "an apple", "kiwis?", "thanks"][step.pick]!);
      return false;
    case "read":
      await markConversationSeen(db, id);
      return true;
    case "status":
      await setStatus(db, [id], (["open", "pending", "resolved", "open"] as const)[step.pick]!, by);
      return false;
    case "assign":
      await setAssignee(db, [id], [people[0]!, people[1]!, null, people[0]!][step.pick]!, by);
      return false;
    case "snooze":
      await setStatus(db, [id], "snoozed", by, new Date(Date.now() + 86_400_000));
      return false;
    case "name":
      await saveContact(db, destinations[ids.indexOf(id)]!, { displayName: ["Zoe", "Max", null, "Zoe Adams"][step.pick]!, note: "" }, people[0]!);
      return true;
    case "note":
      await insertNote(db, { conversationId: id, authorId: people[1]!, text: ["call back", "kiwi order", "vip", "note"][step.pick]!, mentionIds: [], now: new Date(clock) });
      return false;
    case "send":
      await sendTrouble(id, (["failed", "unconfirmed", "discard", "failed"] as const)[step.pick]!);
      return false;
  }
}

/** A reply that failed or went unconfirmed, or the discarding of every such reply, as the send paths record them. */
async function sendTrouble(conversationId: number, outcome: "failed" | "unconfirmed" | "discard"): Promise<void> {
  const db = database.db;
  if (outcome === "discard") {
    const open = (await db.execute(sql`select id from outbox where conversation_id = ${conversationId} and state in ('failed', 'unconfirmed')`)) as unknown as { rows: { id: string }[] };
    for (const { id } of open.rows) await transitionOutbox(db, id, ["failed", "unconfirmed"], { state: "discarded" });
  } else {
    const { row } = await insertOutbox(db, { id: randomUUID(), conversationId, agentId: people[0]!, text: "on its way?", fileType: null, fileUrl: null, thumbUrl: null });
    await transitionOutbox(db, row.id, ["sending"], { state: outcome, errorCode: outcome === "failed" ? "INVALID_DESTINATION" : "timeout" });
  }
  await bumpConversationVersion(db, conversationId);
}

describe("the inbox polled by change", () => {
  it("merges to the full answer of the same view, whatever changes between polls", { timeout: 120_000 }, async () => {
    // Random runs until every kind of answer was met (a refill is rare in 30), at most 150.
    for (let round = 0; round < 5 && !Object.values(seen).every((count) => count > 0); round++) {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(filtersArb, fc.integer({ min: 1, max: 3 })), { minLength: 1, maxLength: 3 }), fc.array(stepArb, { minLength: 1, maxLength: 10 }), async (views, steps) => {
          const held: Held[] = [];
          for (const [filters, limit] of views) {
            const channelled = { ...filters, channel: filters.channel ? channelId : null };
            held.push({ filters: channelled, limit, question: questionOf(channelled, limit), ...(await full(channelled, limit)) });
          }
          let unpublished = false;
          for (const step of steps) {
            const published = await apply(step, held[0]!.page.conversations.map((row) => row.id));
            if (step.publish && !published) await bumpMirrorVersion(database.db);
            // A new version publishes every change written before it.
            unpublished = !(step.publish || published);
            for (const one of held) await poll(one);
            if (unpublished) continue;
            // The sync state moves with the clock (an import with no live instance stalls), not with the mirror.
            for (const one of held) {
              const fresh = (await full(one.filters, one.limit)).page;
              expect({ ...one.page, sync: null }).toEqual({ ...fresh, sync: null });
              // A first page comes from the list kept in memory (lib/inbox/kept-list.ts): it is the database's page.
              expect({ conversations: fresh.conversations, nextCursor: fresh.nextCursor }).toEqual(await databasePage(one.question));
            }
          }
        }),
        { numRuns: 30 },
      );
    }
    // The runs went through every kind of answer, refills included.
    expect(Object.values(seen).every((count) => count > 0)).toBe(true);
  });
});
