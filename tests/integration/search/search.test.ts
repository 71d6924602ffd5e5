import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/handle";
import { phoneDigits, searchFilter } from "@/lib/db/queries/conversation-search";
import { listConversations } from "@/lib/db/queries/conversations";
import { ensureConversation, replaceChannels, upsertMessages, type MirrorMessage } from "@/lib/db/queries/mirror";
import { recountConversation, setLatestMessage } from "@/lib/db/queries/chat-summary";
import { channels, contacts, conversations } from "@/lib/db/schema";
import { createTestDatabase } from "../../helpers/db";

let handle: DatabaseHandle;
let sofaChat: number;
const t0 = Date.parse("2026-05-01T10:00:00Z");
let next = 1;
const say = (direction: "in" | "out", text: string): MirrorMessage => ({ messageId: String(next), direction, text, status: "", at: new Date(t0 + next++ * 60_000) });

beforeAll(async () => {
  handle = await createTestDatabase();
  await replaceChannels(handle.db, [{ platform: "whatsapp", platformId: "1", name: "Lumen Home" }]);
  const channelId = (await handle.db.select().from(channels))[0]!.id;
  const chat = async (destination: string, list: MirrorMessage[]) => {
    const id = await ensureConversation(handle.db, channelId, destination);
    await upsertMessages(handle.db, id, list);
    await setLatestMessage(handle.db, id, list[list.length - 1]!);
    await recountConversation(handle.db, id);
    return id;
  };
  await chat("447700900123", [say("in", "¿Tenéis la lámpara de pie en negro?"), say("out", "Sí, la tenemos."), say("in", "Gracias")]);
  sofaChat = await chat("34600111222", [say("in", "Quero trocar o sofá da sala"), say("out", "Claro!")]);
  await chat("48500600700", [say("in", "Dzień dobry, czy mogę zwrócić krzesło?")]);
});
afterAll(() => handle?.close());

const search = async (q: string) => (await listConversations(handle.db, { limit: 20, q })).rows;

describe("search", () => {
  it("ignores accents and case in message text, both ways", async () => {
    expect((await search("lampara")).map((r) => r.destination)).toEqual(["447700900123"]);
    expect((await search("LÁMPARA")).map((r) => r.destination)).toEqual(["447700900123"]);
    expect((await search("sofa")).map((r) => r.destination)).toEqual(["34600111222"]);
    expect((await search("zwrocic")).map((r) => r.destination)).toEqual(["48500600700"]);
  });

  it("shows the message that matched, not the conversation's last one", async () => {
    const [row] = await search("lampara");
    expect(row!.lastMessage?.text).toBe("Gracias");
    expect(row!.match).toMatchObject({ text: "¿Tenéis la lámpara de pie en negro?" });
    expect((await search("447700"))[0]!.match).toBeNull();
  });

  it("shows the newest of the messages that matched", async () => {
    const channelId = (await handle.db.select().from(channels))[0]!.id;
    const id = await ensureConversation(handle.db, channelId, "48500600999");
    const list = [say("in", "Lustro w przedpokoju"), say("in", "Lustro w łazience też"), say("out", "Dobrze")];
    await upsertMessages(handle.db, id, list);
    await setLatestMessage(handle.db, id, list[2]!);
    const [row] = await search("lustro");
    expect(row!.destination).toBe("48500600999");
    expect(row!.match).toMatchObject({ text: "Lustro w łazience też", at: list[1]!.at.toISOString() });
  });

  it("finds a phone number typed with spaces, a plus, dashes or a leading 00", async () => {
    for (const typed of ["+44 7700 900123", "0044-7700-900123", "447700900123", "(44) 7700.900123", "7700 900"]) {
      expect((await search(typed)).map((r) => r.destination), typed).toEqual(["447700900123"]);
    }
  });

  it("reads each message's folded text as stored with it, through its trigram index, and sees an edit", async () => {
    const query = handle.db.select({ id: conversations.id }).from(conversations).leftJoin(contacts, eq(contacts.destination, conversations.destination)).where(searchFilter("lampara"));
    const plan = await handle.db.transaction(async (tx) => {
      // Six messages: the planner would scan them; what matters is which index search can use.
      await tx.execute(sql`set local enable_seqscan = off`);
      return (await tx.execute(sql`explain ${query}`)) as unknown as { rows: { "QUERY PLAN": string }[] };
    });
    const text = plan.rows.map((row) => row["QUERY PLAN"]).join("\n");
    expect(text).toContain("messages_folded_trgm");
    expect(text).not.toMatch(/inbox_fold\(m\.text\)/);

    // A message whose text changes upstream is found by its new words only.
    const edited = { ...say("in", "Quero trocar a mesa da sala"), messageId: "edit-1" };
    await upsertMessages(handle.db, sofaChat, [{ ...edited, text: "Uma cadeira, por favor" }]);
    expect((await search("cadeira")).map((r) => r.destination)).toEqual(["34600111222"]);
    await upsertMessages(handle.db, sofaChat, [edited]);
    expect(await search("cadeira")).toEqual([]);
    expect((await search("MESA")).map((r) => r.destination)).toEqual(["34600111222"]);
  });

  it("finds a whole list's conversations through each index, never folding every destination and name", async () => {
    const query = handle.db.select({ id: conversations.id }).from(conversations).where(searchFilter("+44 7700"));
    const plan = await handle.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return (await tx.execute(sql`explain ${query}`)) as unknown as { rows: { "QUERY PLAN": string }[] };
    });
    const text = plan.rows.map((row) => row["QUERY PLAN"]).join("\n");
    for (const index of ["conversations_destination_folded_trgm", "conversations_destination_digits_trgm", "contacts_name_folded_trgm", "messages_folded_trgm", "conversation_events_note_folded_trgm"]) {
      expect(text).toContain(index);
    }
    // As an OR on each row, the outer conversations were folded one by one.
    expect(text).not.toMatch(/Filter: .*inbox_fold\(conversations\.destination\)/);
  });

  it("treats LIKE's wildcards as text", async () => {
    expect(await search("100%")).toEqual([]);
    expect(await search("_")).toEqual([]);
  });

  it("reads digits only from queries that look like a phone number", () => {
    expect(phoneDigits("+34 600-111 222")).toBe("34600111222");
    expect(phoneDigits("0034600111222")).toBe("34600111222");
    expect(phoneDigits("sofa 2")).toBeNull();
    expect(phoneDigits("12")).toBeNull();
  });
});
