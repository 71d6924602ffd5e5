import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveContactSchema } from "@/lib/contract/contact";
import type { DatabaseHandle } from "@/lib/db/handle";
import { createAgent } from "@/lib/db/queries/agents";
import { getConversation, listConversations } from "@/lib/db/queries/conversations";
import { ensureConversation, replaceChannels, upsertMessages, type MirrorMessage } from "@/lib/db/queries/mirror";
import { recountConversation, setLatestMessage } from "@/lib/db/queries/chat-summary";
import { readSyncState } from "@/lib/db/queries/sync-state";
import { channels } from "@/lib/db/schema";
import { readContact, updateContact } from "@/lib/inbox/contact";
import { waitingConversations } from "@/lib/queues/overview";
import { createTestDatabase } from "../../helpers/db";

/*
 * One customer, 34600111222, on WhatsApp and at the phone desk; another on webchat. A name
 * given on one channel shows on both, is searched like a destination, and clears back.
 */
let handle: DatabaseHandle;
let agentId: string;
const ids: Record<string, number> = {};
const t0 = Date.parse("2026-05-01T10:00:00Z");
let next = 1;
const say = (text: string): MirrorMessage => ({ messageId: String(next), direction: "in", text, status: "", at: new Date(t0 + next++ * 60_000) });

beforeAll(async () => {
  handle = await createTestDatabase();
  agentId = (await createAgent(handle.db, { email: "dana@example.com", displayName: "Dana", passwordHash: "x", role: "agent" })).id;
  await replaceChannels(handle.db, [
    { platform: "whatsapp", platformId: "1", name: "Shop WhatsApp" },
    { platform: "operator", platformId: "2", name: "Phone desk" },
    { platform: "webchat", platformId: "3", name: "Web" },
  ]);
  const byPlatform = new Map((await handle.db.select().from(channels)).map((channel) => [channel.platform, channel.id]));
  for (const [key, platform, destination] of [
    ["wa", "whatsapp", "34600111222"],
    ["phone", "operator", "34600111222"],
    ["web", "webchat", "visitor-9"],
  ] as const) {
    const id = await ensureConversation(handle.db, byPlatform.get(platform)!, destination);
    const list = [say(`hello from ${key}`)];
    await upsertMessages(handle.db, id, list);
    await setLatestMessage(handle.db, id, list[0]!);
    await recountConversation(handle.db, id);
    ids[key] = id;
  }
});
afterAll(() => handle?.close());

const rowOf = async (id: number) => (await listConversations(handle.db, { limit: 20, status: "all" })).rows.find((row) => row.id === id)!;
const search = async (q: string) => (await listConversations(handle.db, { limit: 20, q, status: "all" })).rows.map((row) => row.id).sort();

describe("contacts", () => {
  it("carry no name until one is given", async () => {
    expect((await rowOf(ids.wa!)).displayName).toBeNull();
    expect(await readContact(handle.db, ids.wa!)).toMatchObject({ displayName: null, note: "", updatedBy: null, otherChats: [{ conversationId: ids.phone, platform: "operator" }] });
  });

  it("show a name given on one channel on every conversation with that destination, and move their versions and the mirror's", async () => {
    const before = { version: (await getConversation(handle.db, ids.phone!))!.version, mirror: (await readSyncState(handle.db)).mirrorVersion };
    const input = saveContactSchema.parse({ conversationId: ids.wa, displayName: "  Lucía   Gómez ", note: "Prefers mornings." });
    expect(await updateContact(handle.db, input.conversationId, input, agentId)).toBe(true);
    expect((await rowOf(ids.wa!)).displayName).toBe("Lucía Gómez");
    expect((await rowOf(ids.phone!)).displayName).toBe("Lucía Gómez");
    expect((await rowOf(ids.web!)).displayName).toBeNull();
    expect((await getConversation(handle.db, ids.phone!))!.version).toBeGreaterThan(before.version);
    expect((await readSyncState(handle.db)).mirrorVersion).toBeGreaterThan(before.mirror);
    expect(await readContact(handle.db, ids.phone!)).toMatchObject({ displayName: "Lucía Gómez", note: "Prefers mornings.", updatedBy: "Dana" });
  });

  it("name the waiting conversations in the supervisor's lists", async () => {
    const channelId = (await getConversation(handle.db, ids.phone!))!.channelId;
    const waiting = await waitingConversations(handle.db, { channelId }, new Date(t0 + 3_600_000));
    expect(waiting!.conversations.map((row) => [row.destination, row.displayName])).toEqual([["34600111222", "Lucía Gómez"]]);
  });

  it("are found by name like destinations: case and accents folded", async () => {
    expect(await search("lucia")).toEqual([ids.wa, ids.phone].sort());
    expect(await search("GÓMEZ")).toEqual([ids.wa, ids.phone].sort());
    expect(await search("visitor-9")).toEqual([ids.web]);
  });

  it("clear back to the destination with an empty name", async () => {
    const input = saveContactSchema.parse({ conversationId: ids.wa, displayName: "   ", note: "" });
    expect(input.displayName).toBeNull();
    await updateContact(handle.db, input.conversationId, input, agentId);
    expect((await rowOf(ids.phone!)).displayName).toBeNull();
    expect(await search("lucia")).toEqual([]);
  });

  it("refuse a name or a note that is too long, and a conversation that does not exist", async () => {
    expect(saveContactSchema.safeParse({ conversationId: ids.wa, displayName: "x".repeat(81), note: "" }).success).toBe(false);
    expect(saveContactSchema.safeParse({ conversationId: ids.wa, displayName: "Ana", note: "x".repeat(2_001) }).success).toBe(false);
    expect(await updateContact(handle.db, 2_147_483_647, { displayName: "Ana", note: "" }, agentId)).toBe(false);
    expect(await readContact(handle.db, 2_147_483_647)).toBeUndefined();
  });
});
