import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionAgent } from "@/lib/auth/access";
import { createAgent } from "@/lib/db/queries/agents";
import { listMessages } from "@/lib/db/queries/thread-messages";
import { retrySend, sendFromInbox } from "@/lib/inbox/send";
import { sendFixture } from "../../helpers/send-fixture";
import { sandboxClient } from "../../helpers/mirror";
import { until } from "../../helpers/until";

/*
 * Discarding a reply Afilnet never answered (an outage): the real discard action behind its
 * wrapper, on a real database, with the sandbox over HTTP; only the session is stood in for.
 */

const session = vi.hoisted(() => ({ agent: null as SessionAgent | null, db: undefined as unknown, client: undefined as unknown }));
vi.mock("@/lib/auth/session", () => ({ getSessionAgent: async () => session.agent }));
vi.mock("@/lib/db/instance", () => ({ getDb: async () => session.db }));
vi.mock("@/lib/afilnet/instance", () => ({ getAfilnetClient: () => session.client }));
// Refusals are spoken from the catalogs in Next's request; here they stay catalog keys.
vi.mock("@/lib/actions/request-translator", () => ({ requestTranslator: async () => Object.assign((key: string) => key, { has: () => false }) }));

const { discardSendAction } = await import("@/lib/inbox/send-actions");
const f = sendFixture();
const TIMEOUT_MS = 2_000;
let ana: SessionAgent;
let ben: SessionAgent;
let sam: SessionAgent;

beforeAll(async () => {
  session.db = f.handle.db;
  session.client = sandboxClient(f.sandbox, { timeoutMs: TIMEOUT_MS });
  ana = { id: f.agentId, email: "ana@example.com", name: "Ana", role: "agent" };
  const make = async (email: string, name: string, role: "agent" | "supervisor") => ({ id: (await createAgent(f.handle.db, { email, displayName: name, passwordHash: "x", role })).id, email, name, role });
  ben = await make("ben@example.com", "Ben", "agent");
  sam = await make("sam@example.com", "Sam", "supervisor");
});

/** A reply whose answer never came: `when` "after" carries it out first, "before" does not. */
async function unconfirmed(text: string, when: "before" | "after") {
  await f.sandbox.admin("faults", { body: { kind: "http500", when, methods: ["sendmessage"] } });
  try {
    const send = await sendFromInbox(f.deps(TIMEOUT_MS), f.agentId, { kind: "text", clientId: randomUUID(), conversationId: f.conversation.id, text });
    expect(send.state).toBe("unconfirmed");
    return send;
  } finally {
    await f.sandbox.admin("faults", { method: "DELETE" });
  }
}
const discardAs = (agent: SessionAgent, clientId: string) => ((session.agent = agent), discardSendAction({ clientId }));

describe("discarding an unconfirmed reply", () => {
  it("refuses another agent and leaves the send as it was; its sender or a supervisor may", async () => {
    const mine = await unconfirmed("Only Ana may drop this", "before");
    expect(await discardAs(ben, mine.id)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await f.outbox(mine.id)).toMatchObject({ state: "unconfirmed" });
    expect(await discardAs(ana, mine.id)).toMatchObject({ ok: true, data: { state: "discarded" } });
    const another = await unconfirmed("A supervisor may drop this", "before");
    expect(await discardAs(sam, another.id)).toMatchObject({ ok: true, data: { state: "discarded" } });
  });

  it("never sends it again; if Afilnet did carry it out, its message shows in the thread as the agent's", async () => {
    const text = "Carried out, answer lost";
    const send = await unconfirmed(text, "after");
    expect(await discardAs(ana, send.id)).toMatchObject({ ok: true, data: { state: "discarded" } });
    expect(await f.copies(text)).toBe(1);
    // Sending the same id again, or retrying it, sends nothing.
    await sendFromInbox(f.deps(TIMEOUT_MS), f.agentId, { kind: "text", clientId: send.id, conversationId: f.conversation.id, text });
    await expect(retrySend(f.deps(TIMEOUT_MS), send.id)).rejects.toMatchObject({ code: "not_retryable" });
    await f.sync(TIMEOUT_MS);
    expect(await f.copies(text)).toBe(1);
    const settled = await f.outbox(send.id);
    expect(settled).toMatchObject({ state: "discarded", settledBy: "evidence" });
    const thread = await listMessages(f.handle.db, f.conversation.id, { limit: 50 });
    expect(thread.messages.find((m) => m.text === text)).toMatchObject({ sentBy: "Ana", messageId: settled!.messageId });
  });

  it("does not take the message of a later reply with the same text, which then settles as sent, once", async () => {
    const text = "Typed again after discarding";
    const first = await unconfirmed(text, "before");
    await discardAs(ana, first.id);
    const second = await unconfirmed(text, "after");
    await f.sync(TIMEOUT_MS);
    expect(await f.outbox(second.id)).toMatchObject({ state: "sent", settledBy: "evidence" });
    expect(await f.outbox(first.id)).toMatchObject({ state: "discarded", messageId: null });
    expect(await f.copies(text)).toBe(1);
  });

  it("is only watched once the sync could judge it: never failed again, never offered for a retry", async () => {
    const send = await unconfirmed("Never reached Afilnet", "before");
    await discardAs(ana, send.id);
    // Passes run until the answer window is over and one judges it.
    await until(async () => (await f.sync(TIMEOUT_MS), (await f.outbox(send.id))?.watchUntil != null), { everyMs: 250, what: "the discarded send being judged" });
    const judged = await f.outbox(send.id);
    expect(judged).toMatchObject({ state: "discarded", messageId: null });
    expect(judged!.watchUntil).not.toBeNull();
    expect(await f.copies("Never reached Afilnet")).toBe(0);
  });
});
