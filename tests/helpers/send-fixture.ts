import { afterAll, beforeAll } from "vitest";
import type { DatabaseHandle } from "@/lib/db/handle";
import { createAgent } from "@/lib/db/queries/agents";
import { listConversations } from "@/lib/db/queries/conversations";
import { getOutbox } from "@/lib/db/queries/outbox";
import type { SendDeps } from "@/lib/inbox/send";
import { runSyncOnce } from "@/lib/sync/engine";
import { createTestDatabase } from "./db";
import { sandboxClient, syncContext } from "./mirror";
import { startSandbox, type RunningSandbox } from "./sandbox";

export interface SendFixture {
  sandbox: RunningSandbox;
  handle: DatabaseHandle;
  agentId: string;
  conversation: { id: number; platform: string; platformId: string; destination: string };
  /** Send dependencies whose Afilnet client gives up after `timeoutMs`. */
  deps(timeoutMs: number): SendDeps;
  /** One forced sync pass whose settling rules follow a send timeout of `timeoutMs`. */
  sync(timeoutMs: number, settings?: Record<string, number>): ReturnType<typeof runSyncOnce>;
  /** How many copies of `text` the sandbox holds in the conversation's chat. */
  copies(text: string): Promise<number>;
  upstream(): Promise<{ messageId: string; direction: string; text: string; at: string }[]>;
  outbox(clientId: string): ReturnType<typeof getOutbox>;
}

/**
 * One sandbox and one database for a file of send tests, with an agent and a WhatsApp
 * conversation imported by a first sync. Tests use distinct texts, so they need no reset.
 */
export function sendFixture(): SendFixture {
  const fixture = {} as SendFixture;
  beforeAll(async () => {
    fixture.sandbox = await startSandbox({ seed: "demo", args: ["--customers", "0"] });
    fixture.handle = await createTestDatabase();
    const db = fixture.handle.db;
    fixture.agentId = (await createAgent(db, { email: "ana@example.com", displayName: "Ana", passwordHash: "x", role: "agent" })).id;
    await fixture.sync(3_000);
    const row = (await listConversations(db, { limit: 200 })).rows.find((r) => r.platform === "whatsapp")!;
    const channels = (await fixture.sandbox.admin<{ channels: { platform: string; platformId: string; name: string }[] }>("channels")).channels;
    const platformId = channels.find((c) => c.name === row.channelName)!.platformId;
    fixture.conversation = { id: row.id, platform: row.platform, platformId, destination: row.destination };
  });
  afterAll(async () => {
    await fixture.handle?.close();
    await fixture.sandbox?.stop();
  });
  fixture.deps = (timeoutMs) => ({ db: fixture.handle.db, client: sandboxClient(fixture.sandbox, { timeoutMs }) });
  fixture.sync = (timeoutMs, settings = {}) =>
    runSyncOnce(syncContext(fixture.handle.db, sandboxClient(fixture.sandbox), { settings: { afilnetTimeoutMs: timeoutMs, ...settings } }), { force: true });
  fixture.upstream = async () => {
    const { platform, platformId, destination } = fixture.conversation;
    return (await fixture.sandbox.admin<{ messages: { messageId: string; direction: string; text: string; at: string }[] }>(`chats/${platform}/${platformId}/${destination}`)).messages;
  };
  fixture.copies = async (text) => (await fixture.upstream()).filter((m) => m.direction === "out" && m.text === text).length;
  fixture.outbox = (clientId) => getOutbox(fixture.handle.db, clientId);
  return fixture;
}
