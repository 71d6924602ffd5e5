import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { retrySend, sendFromInbox } from "@/lib/inbox/send";
import { sendFixture } from "../../helpers/send-fixture";
import { until } from "../../helpers/until";

/*
 * Afilnet carrying a send out long after the app gave up on its answer: 12 s late, with a
 * 2 s timeout. The sandbox delays the call (latencyMs), carries it out, then holds the answer.
 */
const f = sendFixture();
const TIMEOUT_MS = 2_000;
const lateSend = (lateMs: number) => f.sandbox.admin("faults", { body: { latencyMs: lateMs, kind: "hang", when: "after", count: 1, methods: ["sendmessage"] } });

async function sendLate(text: string, lateMs: number) {
  await lateSend(lateMs);
  const clientId = randomUUID();
  const send = await sendFromInbox(f.deps(TIMEOUT_MS), f.agentId, { kind: "text", clientId, conversationId: f.conversation.id, text });
  expect(send).toMatchObject({ state: "unconfirmed", errorCode: "timeout" });
  // Passes run until the send is declared missing: nothing arrived while an answer could still come.
  await until(async () => (await f.sync(TIMEOUT_MS), (await f.outbox(clientId))?.state === "failed"), { everyMs: 250, what: "the send being declared missing" });
  expect(await f.copies(text)).toBe(0);
  return clientId;
}

const arrived = (text: string) => until(async () => (await f.copies(text)) > 0, { timeoutMs: 20_000, what: `"${text}" arriving upstream` });

describe("a send Afilnet carries out long after the 2 s timeout", () => {
  it("is never doubled by the agent's retry once it has arrived, 12 s late", async () => {
    const clientId = await sendLate("Late but once", 12_000);
    await arrived("Late but once");
    const retried = await retrySend(f.deps(TIMEOUT_MS), clientId);
    expect(await f.copies("Late but once")).toBe(1);
    const upstream = (await f.upstream()).find((m) => m.text === "Late but once")!;
    expect(retried).toMatchObject({ state: "sent", deliveredLate: true, messageId: upstream.messageId });
  }, 45_000);

  it("is claimed by the next pass and shown as delivered late, so no retry is offered", async () => {
    const clientId = await sendLate("Late, found by the sync", 12_000);
    await arrived("Late, found by the sync");
    await f.sync(TIMEOUT_MS);
    expect(await f.outbox(clientId)).toMatchObject({ state: "sent", deliveredLate: true, settledBy: "evidence" });
    await expect(retrySend(f.deps(TIMEOUT_MS), clientId)).rejects.toMatchObject({ code: "not_retryable" });
    expect(await f.copies("Late, found by the sync")).toBe(1);
  }, 45_000);

  it("tells the agent a retry made before the late copy arrived might arrive twice", async () => {
    const clientId = await sendLate("Retried while still on its way", 20_000);
    const retried = await retrySend(f.deps(TIMEOUT_MS), clientId);
    expect(retried).toMatchObject({ state: "sent", mayArriveTwice: true });
    expect(await f.copies("Retried while still on its way")).toBe(1);
  }, 45_000);
});
