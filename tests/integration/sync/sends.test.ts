import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/handle";
import { createAgent } from "@/lib/db/queries/agents";
import { getOutbox, insertOutbox, updateOutbox } from "@/lib/db/queries/outbox";
import { getConversation, listConversations } from "@/lib/db/queries/conversations";
import { listMessages } from "@/lib/db/queries/thread-messages";
import { retrySend, sendFromInbox, SendError } from "@/lib/inbox/send";
import { discardSend } from "@/lib/inbox/send-discard";
import { runSyncOnce } from "@/lib/sync/engine";
import { createTestDatabase } from "../../helpers/db";
import { sandboxClient, syncContext } from "../../helpers/mirror";
import { startSandbox, type RunningSandbox } from "../../helpers/sandbox";
import { until } from "../../helpers/until";

let sandbox: RunningSandbox;
let handle: DatabaseHandle;
let agentId: string;
let conversation: { id: number; platform: string; platformId: string; destination: string };

interface SandboxMessage { messageId: string; direction: string; text: string; via: string; file?: { type: string; url: string; thumbUrl?: string } }

beforeAll(async () => {
  sandbox = await startSandbox({ seed: "demo", args: ["--customers", "0"] });
});
afterAll(async () => {
  await handle?.close();
  await sandbox?.stop();
});
beforeEach(async () => {
  await handle?.close();
  await sandbox.admin("reset", { body: {} });
  handle = await createTestDatabase();
  agentId = (await createAgent(handle.db, { email: "ana@example.com", displayName: "Ana", passwordHash: "x", role: "agent" })).id;
  await sync();
  const row = (await listConversations(handle.db, { limit: 200 })).rows.find((r) => r.platform === "whatsapp")!;
  const channels = (await sandbox.admin<{ channels: { platform: string; platformId: string; name: string }[] }>("channels")).channels;
  conversation = { id: row.id, platform: row.platform, platformId: channels.find((c) => c.name === row.channelName)!.platformId, destination: row.destination };
});

const deps = (timeoutMs = 3_000) => ({ db: handle.db, client: sandboxClient(sandbox, { timeoutMs }) });
/** A pass whose settling follows the timeout the sends used. */
const sync = (afilnetTimeoutMs = 3_000) => runSyncOnce(syncContext(handle.db, sandboxClient(sandbox), { settings: { afilnetTimeoutMs } }), { force: true });
const upstream = async () =>
  (await sandbox.admin<{ messages: SandboxMessage[] }>(`chats/${conversation.platform}/${conversation.platformId}/${conversation.destination}`)).messages;
const copies = async (text: string) => (await upstream()).filter((m) => m.text === text).length;

describe("sending from the inbox", () => {
  it("sends a text once, shows it in the thread as the agent's, and marks the conversation seen", async () => {
    const send = await sendFromInbox(deps(), agentId, { kind: "text", clientId: randomUUID(), conversationId: conversation.id, text: "Your parcel left today." });
    expect(send).toMatchObject({ state: "sent", attempts: 1 });
    expect(send.messageId).toBeTruthy();
    expect(await copies("Your parcel left today.")).toBe(1);
    const thread = await listMessages(handle.db, conversation.id, { limit: 50 });
    expect(thread.messages.at(-1)).toMatchObject({ text: "Your parcel left today.", direction: "out", sentBy: "Ana", messageId: send.messageId });
    const row = (await listConversations(handle.db, { limit: 200 })).rows.find((r) => r.id === conversation.id)!;
    expect(row).toMatchObject({ unreadCount: 0, waitingSince: null });
  });

  it("sends a file by URL with its type, thumbnail and caption", async () => {
    const request = { kind: "file" as const, clientId: randomUUID(), conversationId: conversation.id, type: "image", fileUrl: "https://files.example.com/p/1.jpg", thumbUrl: "https://files.example.com/p/1-t.jpg", caption: "Here it is" };
    expect(await sendFromInbox(deps(), agentId, request)).toMatchObject({ state: "sent" });
    const sent = (await upstream()).filter((m) => m.via === "sendfile");
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ text: "Here it is", file: { type: "image", url: request.fileUrl, thumbUrl: request.thumbUrl } });
  });

  it("treats the same client id as the same send: a double submit sends once", async () => {
    const clientId = randomUUID();
    const request = { kind: "text" as const, clientId, conversationId: conversation.id, text: "Only once, please." };
    await Promise.all([sendFromInbox(deps(), agentId, request), sendFromInbox(deps(), agentId, request)]);
    await sendFromInbox(deps(), agentId, request);
    expect(await copies("Only once, please.")).toBe(1);
  });

  it("keeps a refused send as failed with Afilnet's reason, and sends it on retry", async () => {
    await sandbox.admin("faults", { body: { kind: "code", code: "NO_CREDITS", methods: ["sendmessage"] } });
    const clientId = randomUUID();
    const failed = await sendFromInbox(deps(), agentId, { kind: "text", clientId, conversationId: conversation.id, text: "Refused first" });
    expect(failed).toMatchObject({ state: "failed", errorCode: "NO_CREDITS", text: "Refused first" });
    expect(failed.errorMessage).toMatch(/run out of credit/);
    expect(await copies("Refused first")).toBe(0);
    await sandbox.admin("faults", { method: "DELETE" });
    expect(await retrySend(deps(), clientId)).toMatchObject({ state: "sent", attempts: 2 });
    expect(await copies("Refused first")).toBe(1);
  });

  it("holds an unconfirmed send that did go out until the sync finds it, and never sends it twice", async () => {
    await sandbox.admin("faults", { body: { kind: "http500", when: "after", methods: ["sendmessage"] } });
    const clientId = randomUUID();
    const send = await sendFromInbox(deps(), agentId, { kind: "text", clientId, conversationId: conversation.id, text: "Lost answer" });
    expect(send.state).toBe("unconfirmed");
    await expect(retrySend(deps(), clientId)).rejects.toBeInstanceOf(SendError);
    await sandbox.admin("faults", { method: "DELETE" });
    await sync();
    const settled = await getOutbox(handle.db, clientId);
    expect(settled).toMatchObject({ state: "sent", errorCode: null });
    expect(await copies("Lost answer")).toBe(1);
    const thread = await listMessages(handle.db, conversation.id, { limit: 50 });
    expect(thread.messages.find((m) => m.text === "Lost answer")).toMatchObject({ sentBy: "Ana", messageId: settled!.messageId });
  });

  it("offers a retry only once the sync proved an unconfirmed send missing", async () => {
    await sandbox.admin("faults", { body: { kind: "hang", methods: ["sendmessage"] } });
    const clientId = randomUUID();
    const send = await sendFromInbox(deps(500), agentId, { kind: "text", clientId, conversationId: conversation.id, text: "Never arrived" });
    expect(send).toMatchObject({ state: "unconfirmed", errorCode: "timeout" });
    await sandbox.admin("faults", { method: "DELETE" });
    // Twice the timeout after the attempt, its message could still turn up: no verdict yet.
    await sync(1_500);
    expect(await getOutbox(handle.db, clientId)).toMatchObject({ state: "unconfirmed" });
    await until(async () => (await sync(1_500), (await getOutbox(handle.db, clientId))?.state === "failed"), { what: "the send being declared missing" });
    expect(await getOutbox(handle.db, clientId)).toMatchObject({ state: "failed", errorCode: "NOT_DELIVERED" });
    expect(await retrySend(deps(), clientId)).toMatchObject({ state: "sent", mayArriveTwice: true });
    await sync();
    expect(await copies("Never arrived")).toBe(1);
  });

  it("lets a failed send be discarded for editing", async () => {
    await sandbox.admin("faults", { body: { kind: "code", code: "NO_ROUTE_AVAILABLE", methods: ["sendmessage"] } });
    const clientId = randomUUID();
    await sendFromInbox(deps(), agentId, { kind: "text", clientId, conversationId: conversation.id, text: "To edit" });
    await sandbox.admin("faults", { method: "DELETE" });
    expect(await discardSend(deps(), clientId, { id: agentId, role: "agent" })).toMatchObject({ state: "discarded" });
    await expect(retrySend(deps(), clientId)).rejects.toBeInstanceOf(SendError);
  });

  it("settles a send left 'sending' by a process that died mid-send", async () => {
    const clientId = randomUUID();
    await insertOutbox(handle.db, { id: clientId, conversationId: conversation.id, agentId, text: "Lost with the process", fileType: null, fileUrl: null, thumbUrl: null });
    await updateOutbox(handle.db, clientId, { state: "sending", attempts: 1, attemptedAt: new Date(Date.now() - 10 * 60_000) });
    await sync();
    expect(await getOutbox(handle.db, clientId)).toMatchObject({ state: "failed", errorCode: "NOT_DELIVERED" });
    expect(await retrySend(deps(), clientId)).toMatchObject({ state: "sent" });
    expect(await copies("Lost with the process")).toBe(1);
  });

  it("changes the thread's version when a failed send is discarded, so every copy drops it", async () => {
    await sandbox.admin("faults", { body: { kind: "code", code: "NO_CREDITS", methods: ["sendmessage"] } });
    const clientId = randomUUID();
    await sendFromInbox(deps(), agentId, { kind: "text", clientId, conversationId: conversation.id, text: "Discard me" });
    await sandbox.admin("faults", { method: "DELETE" });
    const before = (await getConversation(handle.db, conversation.id))!.version;
    await discardSend(deps(), clientId, { id: agentId, role: "agent" });
    expect((await getConversation(handle.db, conversation.id))!.version).toBeGreaterThan(before);
  });

  it("refuses a conversation that does not exist", async () => {
    await expect(sendFromInbox(deps(), agentId, { kind: "text", clientId: randomUUID(), conversationId: 987654, text: "x" })).rejects.toMatchObject({ code: "not_found" });
  });
});
