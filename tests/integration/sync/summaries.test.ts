import { sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { ensureConversation, replaceChannels } from "@/lib/db/queries/mirror";
import { setLatestMessage } from "@/lib/db/queries/chat-summary";
import { loadAllSummaries, loadChangedSummaries } from "@/lib/db/queries/summaries";
import { bumpMirrorVersion, readSyncState } from "@/lib/db/queries/sync-state";
import { SummaryCache } from "@/lib/sync/summaries";
import { databaseForFile } from "../../helpers/db";

/*
 * The sync keeps the mirror's summaries between passes and patches them with the
 * conversations changed since the version it last read at, instead of reading every
 * conversation every pass.
 */
const database = databaseForFile();
const version = async () => (await readSyncState(database.db)).mirrorVersion;
const latest = (messageId: string, at: string) => ({ messageId, direction: "in" as const, text: "hello", status: "received", at: new Date(at) });

describe("the summaries kept between passes", () => {
  it("reads only what changed since its version, and ends up as a full read would", async () => {
    const db = database.db;
    await replaceChannels(db, [{ platform: "telegram", platformId: "bot1", name: "Support" }]);
    const ids = [];
    for (let n = 0; n < 30; n++) ids.push(await ensureConversation(db, 1, `+3460000${String(n).padStart(4, "0")}`));
    await bumpMirrorVersion(db);

    const cache = new SummaryCache();
    await cache.refresh(db, await version());
    expect(cache.channel(1).size).toBe(30);
    const readAt = await version();

    // A pass stores a new message in one chat, an agent's change touches another, and a new
    // chat appears; one of them is stamped by a version move, two are not stamped yet.
    await setLatestMessage(db, ids[3]!, latest("m-1", "2026-05-01T10:00:00Z"));
    await bumpMirrorVersion(db);
    await db.execute(sql`update conversations set last_status = 'read' where id = ${ids[7]!}`);
    const created = await ensureConversation(db, 1, "+34699999999");

    const changed = await loadChangedSummaries(db, readAt);
    expect(changed.map((row) => row.id).sort((a, b) => a - b)).toEqual([ids[3]!, ids[7]!, created].sort((a, b) => a - b));

    await cache.refresh(db, await version());
    const fresh = new SummaryCache();
    await fresh.refresh(db, await version());
    expect(cache.channel(1)).toEqual(fresh.channel(1));
    expect(cache.channel(1).get("+34600000003")?.lastMessageId).toBe("m-1");
    expect(cache.channel(1).get("+34600000007")?.lastStatus).toBe("read");
  });

  it("reads every summary in pages, a statement each, none missed or read twice", async () => {
    const db = database.db;
    const all = await loadAllSummaries(db);
    expect(all.length).toBeGreaterThanOrEqual(31);
    const statements = vi.spyOn(db, "select");
    try {
      const paged = await loadAllSummaries(db, 7);
      expect(paged).toEqual(all);
      expect(new Set(paged.map((row) => row.id)).size).toBe(all.length);
      // Full pages, then the one that comes short (an empty one when the count divides).
      expect(statements).toHaveBeenCalledTimes(Math.floor(all.length / 7) + 1);
    } finally {
      statements.mockRestore();
    }
  });
});
