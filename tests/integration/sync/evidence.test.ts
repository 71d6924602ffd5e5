import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sendFromInbox } from "@/lib/inbox/send";
import { sendFixture } from "../../helpers/send-fixture";
import { until } from "../../helpers/until";

/* A send is settled only by a message that appeared in the chat after it was attempted. */
const f = sendFixture();
const TIMEOUT_MS = 500;

const fromOutside = (text: string, at?: Date) => {
  const { platform, platformId, destination } = f.conversation;
  return f.sandbox.admin<{ messageId: string }>("outbound", { body: { platform, platformId, destination, message: text, ...(at ? { at: at.toISOString() } : {}) } });
};
const send = (text: string, clientId = randomUUID()) =>
  sendFromInbox(f.deps(TIMEOUT_MS), f.agentId, { kind: "text", clientId, conversationId: f.conversation.id, text });
const settled = (clientId: string) =>
  until(async () => (await f.sync(TIMEOUT_MS), (await f.outbox(clientId))?.state !== "unconfirmed" && f.outbox(clientId)), { everyMs: 200, what: "the send being settled" });

describe("evidence that settles an unconfirmed send", () => {
  it("is never an identical text sent from outside the inbox, before or after an undelivered send", async () => {
    const text = "Your refund is on its way";
    await fromOutside(text);
    await f.sync(TIMEOUT_MS);
    await f.sandbox.admin("faults", { body: { kind: "hang", count: 1, methods: ["sendmessage"] } });
    const clientId = randomUUID();
    const attemptedAt = new Date();
    expect(await send(text, clientId)).toMatchObject({ state: "unconfirmed" });
    // Sent from elsewhere after the attempt, but written (upstream) a minute before it.
    await fromOutside(text, new Date(attemptedAt.getTime() - 60_000));
    expect(await settled(clientId)).toMatchObject({ state: "failed", errorCode: "NOT_DELIVERED", messageId: null });
    expect(await f.copies(text)).toBe(2);
  });

  it("settles one send per upstream message, matching equal sends in the order they were made", async () => {
    const text = "Same words twice";
    const [first, second] = [randomUUID(), randomUUID()];
    await f.sandbox.admin("faults", { body: { kind: "http500", when: "after", count: 1, methods: ["sendmessage"] } });
    expect(await send(text, first)).toMatchObject({ state: "unconfirmed" });
    await f.sandbox.admin("faults", { body: { kind: "hang", count: 1, methods: ["sendmessage"] } });
    expect(await send(text, second)).toMatchObject({ state: "unconfirmed" });
    const copy = (await f.upstream()).find((m) => m.text === text)!;
    expect(await settled(first)).toMatchObject({ state: "sent", messageId: copy.messageId, settledBy: "evidence" });
    expect(await settled(second)).toMatchObject({ state: "failed", messageId: null });
  });

  it("takes the message id of Afilnet's answer as proof outright", async () => {
    const clientId = randomUUID();
    const sent = await send("Answered with an id", clientId);
    const copy = (await f.upstream()).find((m) => m.text === "Answered with an id")!;
    expect(sent).toMatchObject({ state: "sent", messageId: copy.messageId, settledBy: "answer" });
  });
});
