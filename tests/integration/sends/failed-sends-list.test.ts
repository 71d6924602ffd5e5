import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionAgent } from "@/lib/auth/access";
import type { InboxResponse } from "@/lib/contract/inbox";
import { sendFromInbox } from "@/lib/inbox/send";
import { discardSend } from "@/lib/inbox/send-discard";
import { sendFixture } from "../../helpers/send-fixture";

/*
 * GET /api/inbox as the browser calls it (the real route and its wrapper on a real database,
 * the sandbox over HTTP): failed and unconfirmed replies mark their row, the "Failed sends"
 * filter finds them, its count agrees, and every change of them moves the list's ETag.
 */

const session = vi.hoisted(() => ({ agent: null as SessionAgent | null, db: undefined as unknown }));
vi.mock("@/lib/auth/session", () => ({ getSessionAgent: async () => session.agent }));
vi.mock("@/lib/db/instance", () => ({ getDb: async () => session.db }));
// Refusals are spoken from the catalogs in Next's request; here they stay catalog keys.
vi.mock("@/lib/actions/request-translator", () => ({ requestTranslator: async () => Object.assign((key: string, values?: object) => (values ? `${key} ${JSON.stringify(values)}` : key), { has: () => false }) }));

const { GET } = await import("@/app/api/inbox/route");
const f = sendFixture();

beforeAll(() => {
  session.db = f.handle.db;
  session.agent = { id: f.agentId, email: "ana@example.com", name: "Ana", role: "agent" };
});

async function inbox(query: string, etag?: string) {
  const request = new NextRequest(`http://inbox.test/api/inbox?${query}`, { headers: etag ? { "if-none-match": etag } : {} });
  const response = await GET(request, { params: Promise.resolve({}) });
  return { status: response.status, etag: response.headers.get("etag") ?? "", body: response.status === 200 ? ((await response.json()) as InboxResponse) : undefined };
}
const row = (body: InboxResponse | undefined) => body?.conversations.find((r) => r.id === f.conversation.id);
const send = (text: string) => sendFromInbox(f.deps(2_000), f.agentId, { kind: "text", clientId: randomUUID(), conversationId: f.conversation.id, text });
async function withFault(fault: object, work: () => Promise<unknown>) {
  await f.sandbox.admin("faults", { body: { ...fault, methods: ["sendmessage"] } });
  try {
    return await work();
  } finally {
    await f.sandbox.admin("faults", { method: "DELETE" });
  }
}

describe("failed sends in /api/inbox", () => {
  it("counts a conversation's failed and unconfirmed replies on its row, filters by them, and moves the ETag with each", async () => {
    const start = await inbox("status=all&limit=200");
    expect(row(start.body)).toMatchObject({ failedSends: 0, unconfirmedSends: 0 });
    expect(start.body?.totals.failedSendConversations).toBe(0);
    expect((await inbox("status=all&failed=1")).body?.conversations).toEqual([]);

    const refused = (await withFault({ kind: "code", code: "NO_CREDITS" }, () => send("Refused by Afilnet"))) as { id: string; state: string };
    expect(refused.state).toBe("failed");
    const afterFailure = await inbox("status=all&limit=200", start.etag);
    expect(afterFailure.status).toBe(200);
    expect(row(afterFailure.body)).toMatchObject({ failedSends: 1, unconfirmedSends: 0 });
    expect(afterFailure.body?.totals.failedSendConversations).toBe(1);
    const filtered = await inbox("status=all&failed=1");
    expect(filtered.body?.conversations.map((r) => r.id)).toEqual([f.conversation.id]);

    const lost = (await withFault({ kind: "http500", when: "before" }, () => send("No answer from Afilnet"))) as { id: string; state: string };
    expect(lost.state).toBe("unconfirmed");
    const both = await inbox("status=all&limit=200", afterFailure.etag);
    expect(row(both.body)).toMatchObject({ failedSends: 1, unconfirmedSends: 1 });
    // One conversation, however many of its replies are in trouble.
    expect(both.body?.totals.failedSendConversations).toBe(1);
    // A poll holding the page of before gets the row as a change, with its counts (conversation-changes.ts).
    const held = (afterFailure.body as unknown as { version: number }).version;
    const delta = (await inbox(`status=all&limit=200&since=${held}`)).body as unknown as InboxResponse & { delta?: boolean };
    expect(delta.delta).toBe(true);
    expect(row(delta)).toMatchObject({ failedSends: 1, unconfirmedSends: 1 });
    // A search's page is read another way (search-walk.ts): its rows count the same.
    const word = row(both.body)?.lastMessage?.text.match(/\p{L}{4,}/u)?.[0];
    expect(word).toBeTruthy();
    const searched = await inbox(`status=all&limit=200&q=${encodeURIComponent(word!)}`);
    expect(row(searched.body)).toMatchObject({ failedSends: 1, unconfirmedSends: 1 });

    await discardSend(f.deps(2_000), refused.id, { id: f.agentId, role: "agent" });
    const afterDiscard = await inbox("status=all&limit=200", both.etag);
    expect(afterDiscard.status).toBe(200);
    expect(row(afterDiscard.body)).toMatchObject({ failedSends: 0, unconfirmedSends: 1 });
    expect((await inbox("status=all&failed=1")).body?.conversations.map((r) => r.id)).toEqual([f.conversation.id]);

    await discardSend(f.deps(2_000), lost.id, { id: f.agentId, role: "agent" });
    const cleared = await inbox("status=all&limit=200", afterDiscard.etag);
    expect(row(cleared.body)).toMatchObject({ failedSends: 0, unconfirmedSends: 0 });
    expect(cleared.body?.totals.failedSendConversations).toBe(0);
    expect((await inbox("status=all&failed=1")).body?.conversations).toEqual([]);
    // Nothing changed since: the same question is a 304.
    expect((await inbox("status=all&limit=200", cleared.etag)).status).toBe(304);
  });

  it("answers a filter value it does not know with a 400 and a sentence", async () => {
    const answer = await GET(new NextRequest("http://inbox.test/api/inbox?failed=maybe"), { params: Promise.resolve({}) });
    expect(answer.status).toBe(400);
    const body = (await answer.json()) as { error: string; code: string };
    expect(body.code).toBe("bad_request");
    expect(body.error).toMatch(/"field":"failed"/);
  });
});
