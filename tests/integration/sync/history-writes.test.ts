import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/handle";
import { ensureConversation, replaceChannels, upsertMessages, type MirrorMessage } from "@/lib/db/queries/mirror";
import { channels } from "@/lib/db/schema";
import { createTestDatabase } from "../../helpers/db";

let handle: DatabaseHandle;
let conversationId: number;
const t0 = Date.parse("2026-06-01T08:00:00Z");
const history = (n: number): MirrorMessage[] =>
  Array.from({ length: n }, (_, i) => ({ messageId: String(i + 1), direction: i % 2 ? "out" : "in", text: `message ${i + 1}`, status: "read", at: new Date(t0 + i * 1000) }));

beforeAll(async () => {
  handle = await createTestDatabase();
  await replaceChannels(handle.db, [{ platform: "webchat", platformId: "1", name: "Web" }]);
  conversationId = await ensureConversation(handle.db, (await handle.db.select().from(channels))[0]!.id, "visitor");
});
afterAll(() => handle?.close());

/** Each row's transaction id of its last write: it moves only when the row is written. */
async function writeMarks(): Promise<Map<string, string>> {
  const result = await handle.db.execute(sql`select message_id, xmin::text as mark from messages where conversation_id = ${conversationId}`);
  return new Map((result as unknown as { rows: { message_id: string; mark: string }[] }).rows.map((row) => [row.message_id, row.mark]));
}

it("stores a long chat's whole history again by writing only the new message and the changed ones", async () => {
  await upsertMessages(handle.db, conversationId, history(1_000));
  const before = await writeMarks();
  const next = history(1_001);
  next[10] = { ...next[10]!, status: "deleted" };
  await upsertMessages(handle.db, conversationId, next);
  const after = await writeMarks();
  const rewritten = [...after.entries()].filter(([id, mark]) => before.get(id) !== mark).map(([id]) => id);
  expect(rewritten.sort()).toEqual(["1001", "11"]);
});
