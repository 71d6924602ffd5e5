import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import type { Logger } from "drizzle-orm/logger";
import type { PGlite } from "@electric-sql/pglite";
import type { Pool } from "pg";
import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/handle";
import * as schema from "@/lib/db/schema";
import { workRules } from "@/lib/inbox/work-rules";
import { runSyncOnce } from "@/lib/sync/engine";
import { databaseForFile } from "../../helpers/db";
import { sandboxChats, sandboxClient, syncContext } from "../../helpers/mirror";
import { sandboxForFile } from "../../helpers/sandbox";

/*
 * On the embedded database every statement holds the database's only thread, and the readers
 * wait behind the sync's: what a pass costs them grows with its statements. Storing a chat
 * takes three (its stored messages read, the new ones written, its counts and summary), and
 * the statuses getchats reports changed are refreshed in one, however many chats they are.
 */

const sandbox = sandboxForFile({ seed: "demo", args: ["--customers", "0"] }, { resetBeforeEach: false });
const handle = databaseForFile();

/** The test's database with every statement counted. */
function countingDb(): { db: Db; statements: string[] } {
  const statements: string[] = [];
  const logger: Logger = { logQuery: (query) => void statements.push(query) };
  const { db, kind } = handle.handle();
  const client = (db as unknown as { $client: unknown }).$client;
  const counted =
    kind === "pglite"
      ? drizzlePglite({ client: client as PGlite, schema, logger })
      : drizzlePostgres({ client: client as Pool, schema, logger });
  return { db: counted as unknown as Db, statements };
}

describe("a sync pass's statements", () => {
  it("grow by three per chat stored, and not at all with the statuses refreshed", async () => {
    const { db, statements } = countingDb();
    const context = syncContext(db, sandboxClient(sandbox), { work: workRules });
    const pass = async () => {
      statements.length = 0;
      const outcome = await runSyncOnce(context, { force: true });
      expect(outcome).toMatchObject({ ran: true, ok: true });
      return { count: statements.length, changed: (outcome as { changed: boolean }).changed };
    };
    // The import, then the passes that follow it (its reads turn statuses upstream) until one changes nothing.
    for (let quiet = false, passes = 0; !quiet; passes += 1) {
      expect(passes).toBeLessThan(5);
      quiet = !(await pass()).changed;
    }
    const chats = await sandboxChats(sandbox);
    expect(chats.length).toBeGreaterThanOrEqual(5);
    const write = (from: number, to: number) =>
      Promise.all(
        chats.slice(from, to).map((chat) =>
          sandbox.admin("inbound", { body: { platform: chat.platform, platformId: chat.platformId, destination: chat.destination, message: "Any news on my order?" } }),
        ),
      );

    await write(0, 1);
    const storedOne = await pass();
    const refreshedOne = await pass();
    await write(1, 5);
    const storedFour = await pass();
    const refreshedFour = await pass();
    expect(await pass()).toMatchObject({ changed: false });

    expect([storedOne.changed, refreshedOne.changed, storedFour.changed, refreshedFour.changed]).toEqual([true, true, true, true]);
    expect(storedFour.count - storedOne.count).toBeLessThanOrEqual(3 * 3);
    expect(refreshedFour.count).toBe(refreshedOne.count);
  });
});
