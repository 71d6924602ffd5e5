import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/handle";
import { searchAmong, searchFilter } from "@/lib/db/queries/conversation-search";
import { listFilters, ORDERS, type ListQuery } from "@/lib/db/queries/conversation-rows";
import { listConversations } from "@/lib/db/queries/conversations";
import { anyRowAfter, NEAR_TOP_PAGES, searchNearTop } from "@/lib/db/queries/list-search";
import { WALK_MESSAGES } from "@/lib/db/queries/search-walk";
import { ensureConversation, replaceChannels, upsertMessages, type MirrorMessage } from "@/lib/db/queries/mirror";
import { recountConversation, setLatestMessage } from "@/lib/db/queries/chat-summary";
import { channels, conversations } from "@/lib/db/schema";
import { createTestDatabase } from "../../helpers/db";

/*
 * A search's first page is looked for among the view's first conversations, and read from
 * every matching message only when those hold too few. Both ways must give the
 * view's own list with only the conversations the search finds, page after page.
 */

const LIMIT = 4;
const WANTED = LIMIT + 1;
let handle: DatabaseHandle;
let shop: number;
let outlet: number;
let archive: number;
const t0 = Date.parse("2026-05-01T10:00:00Z");
let next = 1;
const said = (text: string): MirrorMessage => ({ messageId: String(next), direction: "in", text, status: "", at: new Date(t0 + next++ * 60_000) });

beforeAll(async () => {
  handle = await createTestDatabase();
  await replaceChannels(handle.db, [
    { platform: "whatsapp", platformId: "1", name: "Shop" },
    { platform: "telegram", platformId: "2", name: "Outlet" },
    { platform: "webchat", platformId: "3", name: "Archive" },
  ]);
  const rows = await handle.db.select().from(channels);
  shop = rows.find((row) => row.name === "Shop")!.id;
  outlet = rows.find((row) => row.name === "Outlet")!.id;
  archive = rows.find((row) => row.name === "Archive")!.id;
  const chat = async (channelId: number, destination: string, texts: string[]) => {
    const id = await ensureConversation(handle.db, channelId, destination);
    const list = texts.map(said);
    await upsertMessages(handle.db, id, list);
    await setLatestMessage(handle.db, id, list[list.length - 1]!);
    await recountConversation(handle.db, id);
  };
  // Oldest first: "heron" only in the two oldest, far below what the search looks through one by one.
  for (let n = 0; n < 2; n++) await chat(shop, `1000${n}`, [`a heron by the lake ${n}`, "thanks"]);
  // Longer than the walk reads, "walrus" only in its first message.
  await chat(archive, "40000", ["a walrus at the pier", ...Array.from({ length: WALK_MESSAGES + 4 }, (_, n) => `later ${n}`)]);
  for (let n = 0; n < 60; n++) await chat(shop, `2000${n}`, [n % 3 === 0 ? `my sofa order ${n}` : `hello ${n}`, n % 2 ? "ok" : "fine"]);
  for (let n = 0; n < 3; n++) await chat(outlet, `3000${n}`, [n === 1 ? "a heron again" : "nothing here"]);
});
afterAll(() => handle?.close());

/** Every page of a list, following its cursors. */
async function allPages(query: ListQuery): Promise<number[][]> {
  const pages: number[][] = [];
  let cursor: string | undefined;
  do {
    const page = await listConversations(handle.db, { ...query, cursor });
    pages.push(page.rows.map((row) => row.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return pages;
}

/** The view without its search, in its order, keeping what the search finds (asked of each), in pages. */
async function expectedPages(query: ListQuery): Promise<number[][]> {
  const all = (await allPages({ ...query, q: undefined, limit: 200 })).flat();
  const found = await searchAmong(handle.db, all, query.q!);
  // The search asked of these conversations finds what the whole list's search finds among them.
  const whole = await handle.db.select({ id: conversations.id }).from(conversations).where(searchFilter(query.q!));
  expect([...found].sort(), query.q).toEqual(whole.map((row) => row.id).filter((id) => all.includes(id)).sort());
  const kept = all.filter((id) => found.has(id));
  const pages: number[][] = [];
  for (let start = 0; start === 0 || start < kept.length; start += query.limit) pages.push(kept.slice(start, start + query.limit));
  return pages;
}

describe("a search's first rows", () => {
  it("are found among the view's first conversations for a common word", async () => {
    const found = await searchNearTop(handle.db, listFilters({ limit: LIMIT }, null), ORDERS.activity, "sofa", WANTED);
    expect(found?.records.map((row) => row.destination)).toEqual(["200057", "200054", "200051", "200048", "200045"]);
    expect([...(found?.matches?.values() ?? [])].map((match) => match.text)).toEqual(["my sofa order 57", "my sofa order 54", "my sofa order 51", "my sofa order 48", "my sofa order 45"]);
  });

  it("are asked of the indexes when a conversation is longer than the walk reads", async () => {
    const filters = listFilters({ limit: LIMIT, channel: archive }, null);
    const found = await searchNearTop(handle.db, filters, ORDERS.activity, "walrus", WANTED);
    expect(found?.records.map((row) => row.destination)).toEqual(["40000"]);
    const page = await listConversations(handle.db, { limit: LIMIT, channel: archive, q: "walrus" });
    expect(page.rows.map((row) => row.match?.text)).toEqual(["a walrus at the pier"]);
    expect((await listConversations(handle.db, { limit: LIMIT, channel: archive, q: "later 53" })).rows.map((row) => row.match?.text)).toEqual(["later 53"]);
  });

  it("are left to the read of every match when the view's first conversations hold too few", async () => {
    expect(60 + 2).toBeGreaterThan(WANTED * NEAR_TOP_PAGES);
    expect(await searchNearTop(handle.db, listFilters({ limit: LIMIT }, null), ORDERS.activity, "heron", WANTED)).toBeUndefined();
    // A view shorter than the look-ahead was asked whole: what it found is all there is.
    const inOutlet = await searchNearTop(handle.db, listFilters({ limit: LIMIT, channel: outlet }, null), ORDERS.activity, "heron", WANTED);
    expect(inOutlet?.records.map((row) => row.destination)).toEqual(["30001"]);
  });

  it("page for page as the view's own list keeps what the search finds, whichever way each page was found", async () => {
    const queries: ListQuery[] = [
      { limit: LIMIT, q: "sofa" },
      { limit: LIMIT, q: "heron" },
      { limit: LIMIT, q: "order", channel: shop },
      { limit: LIMIT, q: "sofa", sort: "newest" },
      { limit: LIMIT, q: "sofa", sort: "waiting", unread: true },
      { limit: 1, q: "heron", channel: outlet },
    ];
    for (const query of queries) {
      const pages = await allPages(query);
      expect(pages, JSON.stringify(query)).toEqual(await expectedPages(query));
      expect(pages.flat().length, JSON.stringify(query)).toBeGreaterThan(0);
    }
    expect((await allPages({ limit: LIMIT, q: "sofa" })).flat()).toHaveLength(20);
  });
});

describe("whether a view goes on past a cursor", () => {
  it("is what the view's next row says, found near the cursor or through the indexes", async () => {
    // With the answers each gives along the way: a search's last row may come before the view's.
    const queries: [ListQuery, boolean[]][] = [
      [{ limit: 1, q: "sofa" }, [false, true]],
      [{ limit: 1, q: "heron" }, [true]],
      [{ limit: 1, q: "order", channel: shop, sort: "newest" }, [false, true]],
      [{ limit: 1, channel: outlet }, [true]],
    ];
    for (const [query, given] of queries) {
      // Every position of the view without its search, the search's rows and the others.
      let cursor: string | undefined;
      const answers = new Set<boolean>();
      do {
        cursor = (await listConversations(handle.db, { ...query, q: undefined, cursor })).nextCursor ?? undefined;
        if (!cursor) break;
        const expected = (await listConversations(handle.db, { ...query, cursor })).rows.length > 0;
        answers.add(expected);
        // A look-ahead of two rows leaves most of a search to the indexes, one of 1 then 3 rows
        // goes on to the second look; the usual one finds it near.
        for (const lookAhead of [[2], [1, 3], undefined]) {
          expect(await anyRowAfter(handle.db, query, null, cursor, lookAhead), `${JSON.stringify(query)} ${lookAhead}`).toBe(expected);
        }
      } while (cursor);
      expect([...answers].sort(), JSON.stringify(query)).toEqual(given);
    }
  });
});
