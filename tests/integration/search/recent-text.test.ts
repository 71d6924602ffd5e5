import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { listConversations } from "@/lib/db/queries/conversations";
import { ensureConversation, replaceChannels, upsertMessages, type MirrorMessage } from "@/lib/db/queries/mirror";
import { refreshLatestStatuses } from "@/lib/db/queries/chat-summary";
import { WALK_MESSAGES } from "@/lib/db/queries/search-walk";
import { channels, conversationRecentText, messages } from "@/lib/db/schema";
import { databaseForFile } from "../../helpers/db";

/*
 * A conversation's recent text (migration 0020), which a search's walk reads instead of the
 * messages: the folded text of its newest messages, kept by the database on every write of a
 * message, whoever writes it.
 */

const database = databaseForFile();
const t0 = Date.parse("2026-05-01T10:00:00Z");
let next = 1;
const said = (text: string, messageId = String(next)): MirrorMessage => ({ messageId, direction: "in", text, status: "", at: new Date(t0 + next++ * 60_000) });

async function newConversation(destination: string): Promise<number> {
  if ((await database.db.select().from(channels)).length === 0) await replaceChannels(database.db, [{ platform: "telegram", platformId: "bot", name: "Support" }]);
  const [channel] = await database.db.select().from(channels);
  return ensureConversation(database.db, channel!.id, destination);
}

async function recentText(id: number): Promise<{ lines: string[]; more: boolean; xmin: string } | undefined> {
  const [row] = await database.db
    .select({ text: conversationRecentText.textFolded, more: conversationRecentText.more, xmin: sql<string>`xmin::text` })
    .from(conversationRecentText)
    .where(eq(conversationRecentText.conversationId, id));
  return row && { lines: row.text.split("\n"), more: row.more, xmin: row.xmin };
}

describe("a conversation's recent text", () => {
  it("holds its newest messages folded, newest first, and says when older ones are left out", async () => {
    const id = await newConversation("+34600000001");
    await upsertMessages(database.db, id, [said("¿Dónde está mi PEDIDO?"), said("Gracias")]);
    expect(await recentText(id)).toMatchObject({ lines: ["gracias", "?donde esta mi pedido?"], more: false });

    const later = Array.from({ length: WALK_MESSAGES - 1 }, (_, n) => said(`later ${n}`));
    await upsertMessages(database.db, id, later);
    const full = await recentText(id);
    expect(full?.lines).toHaveLength(WALK_MESSAGES);
    expect(full).toMatchObject({ more: true });
    expect(full?.lines[0]).toBe(`later ${WALK_MESSAGES - 2}`);
    expect(full?.lines).toContain("gracias");
    expect(full?.lines).not.toContain("?donde esta mi pedido?");
  });

  it("follows a message whose text changes upstream, and one deleted", async () => {
    const id = await newConversation("+34600000002");
    const first = said("the lamp is broken");
    await upsertMessages(database.db, id, [first, said("please help")]);
    await upsertMessages(database.db, id, [{ ...first, text: "the table is broken" }]);
    expect((await recentText(id))?.lines).toEqual(["please help", "the table is broken"]);

    await database.db.delete(messages).where(eq(messages.messageId, first.messageId));
    expect((await recentText(id))?.lines).toEqual(["please help"]);
  });

  it("is not written again when only a reply's status changes", async () => {
    const id = await newConversation("+34600000003");
    const reply = { ...said("on its way"), direction: "out" as const, status: "sent" };
    await upsertMessages(database.db, id, [reply]);
    const before = await recentText(id);
    await refreshLatestStatuses(database.db, [{ conversationId: id, messageId: reply.messageId, status: "read" }]);
    expect(await recentText(id)).toEqual(before);
  });

  it("never lets a search match across two messages", async () => {
    const id = await newConversation("+34600000004");
    await upsertMessages(database.db, id, [said("see you at"), said("noon tomorrow")]);
    const search = (q: string) => listConversations(database.db, { q, limit: 10 }).then((page) => page.rows.map((row) => row.id));
    expect(await search("noon")).toEqual([id]);
    expect(await search("at\nnoon")).toEqual([]);
  });
});
