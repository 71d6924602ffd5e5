import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activityQuerySchema } from "@/lib/contract/activity";
import type { DatabaseHandle } from "@/lib/db/handle";
import { createAgent } from "@/lib/db/queries/agents";
import { ensureConversation, replaceChannels } from "@/lib/db/queries/mirror";
import { setAssignee, setStatus } from "@/lib/db/queries/work";
import { channels, outbox } from "@/lib/db/schema";
import { activityCsv, activityPage } from "@/lib/queues/activity";
import { createTestDatabase } from "../../helpers/db";

/*
 * A scripted morning on two channels:
 *   09:00 Dana assigns wa-1 to herself      09:05 Dana sends on wa-1 (sent)
 *   09:10 Ben sends on web-1 (failed: NO_CREDITS, text "=HYPERLINK(...)")
 *   09:20 Ben resolves web-1                09:30 wa-1 reopens by itself (customer wrote)
 */
let handle: DatabaseHandle;
const who: Record<string, string> = {};
const conv: Record<string, number> = {};
let webChannel: number;
const at = (minute: number) => new Date(Date.UTC(2026, 5, 1, 9, minute));
const page = (query: Record<string, unknown>) => activityPage(handle.db, activityQuerySchema.parse(query));
const kinds = async (query: Record<string, unknown>) => (await page(query)).rows.map((row) => `${row.kind}:${row.actor?.name ?? "-"}:${row.status ?? row.assignee?.name ?? ""}`);

beforeAll(async () => {
  handle = await createTestDatabase();
  for (const name of ["Dana", "Ben"]) who[name] = (await createAgent(handle.db, { email: `${name}@example.com`, displayName: name, passwordHash: "x", role: "agent" })).id;
  await replaceChannels(handle.db, [
    { platform: "whatsapp", platformId: "1", name: "Shop WhatsApp" },
    { platform: "webchat", platformId: "2", name: "Web" },
  ]);
  const byPlatform = new Map((await handle.db.select().from(channels)).map((channel) => [channel.platform, channel.id]));
  conv.wa = await ensureConversation(handle.db, byPlatform.get("whatsapp")!, "34600111222");
  webChannel = byPlatform.get("webchat")!;
  conv.web = await ensureConversation(handle.db, webChannel, "web-1");
  await setAssignee(handle.db, [conv.wa], who.Dana!, { actorId: who.Dana!, now: at(0) });
  await handle.db.insert(outbox).values([
    { id: "00000000-0000-4000-8000-000000000001", conversationId: conv.wa, agentId: who.Dana!, text: "On it!", state: "sent", createdAt: at(5) },
    { id: "00000000-0000-4000-8000-000000000002", conversationId: conv.web, agentId: who.Ben!, text: '=HYPERLINK("http://evil.example")', state: "failed", errorCode: "NO_CREDITS", createdAt: at(10) },
  ]);
  await setStatus(handle.db, [conv.web], "resolved", { actorId: who.Ben!, now: at(20) });
  await setStatus(handle.db, [conv.wa], "pending", { actorId: who.Dana!, now: at(25) });
  await setStatus(handle.db, [conv.wa], "open", { actorId: null, reason: "customer_wrote", now: at(30) });
});
afterAll(() => handle?.close());

describe("the activity record", () => {
  it("lists status and assignee changes and sends, newest first, with who and what Afilnet answered", async () => {
    const { rows } = await page({});
    expect(rows.map((row) => row.kind)).toEqual(["status", "status", "status", "send", "send", "assignee"]);
    expect(rows[0]).toMatchObject({ actor: null, reason: "customer_wrote", status: "open", conversationId: conv.wa, channelName: "Shop WhatsApp" });
    expect(rows[3]).toMatchObject({ kind: "send", actor: { name: "Ben" }, status: "failed", errorCode: "NO_CREDITS" });
  });

  it("filters by agent, channel, conversation, kind and time", async () => {
    expect(await kinds({ agent: who.Ben })).toEqual(["status:Ben:resolved", "send:Ben:failed"]);
    expect(await kinds({ channel: String(webChannel) })).toEqual(["status:Ben:resolved", "send:Ben:failed"]);
    expect(await kinds({ conversation: String(conv.wa), kind: "assignee" })).toEqual(["assignee:Dana:Dana"]);
    expect(await kinds({ kind: "send" })).toEqual(["send:Ben:failed", "send:Dana:sent"]);
    expect(await kinds({ from: at(5).toISOString(), to: at(20).toISOString() })).toEqual(["status:Ben:resolved", "send:Ben:failed", "send:Dana:sent"]);
  });

  it("pages with a cursor without losing or repeating a row, and refuses a cursor it did not give", async () => {
    const first = await page({ limit: "4" });
    expect(first.rows).toHaveLength(4);
    const second = await page({ limit: "4", cursor: first.nextCursor });
    expect(second.nextCursor).toBeNull();
    expect([...first.rows, ...second.rows].map((row) => row.key)).toEqual((await page({})).rows.map((row) => row.key));
    await expect(page({ cursor: "bm90LWEtY3Vyc29y" })).rejects.toThrow();
  });

  it("refuses filters out of range", () => {
    expect(activityQuerySchema.safeParse({ agent: "ben" }).success).toBe(false);
    expect(activityQuerySchema.safeParse({ channel: "0" }).success).toBe(false);
    expect(activityQuerySchema.safeParse({ kind: "presence" }).success).toBe(false);
    expect(activityQuerySchema.safeParse({ limit: "201" }).success).toBe(false);
    expect(activityQuerySchema.safeParse({ from: at(30).toISOString(), to: at(0).toISOString() }).success).toBe(false);
  });

  it("exports the filtered rows as CSV, with formulas made inert", async () => {
    const csv = await activityCsv(handle.db, { agent: who.Ben! });
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row.kind, row.actor, row.status])).toEqual([
      ["status", "Ben", "resolved"],
      ["send", "Ben", "failed"],
    ]);
    expect(rows[1]).toMatchObject({ afilnet_code: "NO_CREDITS", contact: "web-1", channel: "Web", text: `'=HYPERLINK("http://evil.example")` });
    expect(Object.keys(rows[0]!)).toEqual(["at", "kind", "actor", "conversation_id", "contact", "destination", "channel", "platform", "status", "assignee", "reason", "afilnet_code", "text"]);
  });
});
