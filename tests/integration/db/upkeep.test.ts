import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle, type Db } from "@/lib/db/handle";
import { recountConversation } from "@/lib/db/queries/chat-summary";
import { tablesDueForUpkeep } from "@/lib/db/queries/upkeep";
import { startUpkeep, type Upkeep } from "@/lib/db/upkeep";
import { until } from "../../helpers/until";

/*
 * The embedded database has no autovacuum: the app's upkeep refreshes the planner's
 * statistics and clears dead rows. Always PGlite here, whatever TEST_DATABASE_URL says:
 * Postgres keeps its own autovacuum and gets no upkeep.
 */
let handle: DatabaseHandle;
let upkeep: Upkeep | undefined;
const db = (): Db => handle.db;
const rows = async <T>(query: Promise<unknown>) => ((await query) as { rows: T[] }).rows;
let small = 0;

const HOURS_OF_REPLIES = 4_000;

beforeAll(async () => {
  handle = await openDatabase({});
  // Started on the empty tables, as on a new deployment: the first analysis sees nothing.
  upkeep = startUpkeep(handle, 60 * 60_000);
  const [channel] = await rows<{ id: number }>(db().execute(sql`insert into channels (platform, platform_id, name) values ('whatsapp', '100', 'Sales') returning id`));
  const [busy, quiet] = await rows<{ id: number }>(
    db().execute(sql`insert into conversations (channel_id, destination) values (${channel!.id}, '34600000001'), (${channel!.id}, '34600000002') returning id`),
  );
  small = quiet!.id;
  // One chat with thousands of replies, and a quiet one with a customer's question and an answer.
  await db().execute(sql`
    insert into messages (conversation_id, message_id, direction, text, at)
    select ${busy!.id}, 'm' || n, 'out', 'reply ' || n, now() - make_interval(hours => n) from generate_series(1, ${HOURS_OF_REPLIES}) n`);
  await db().execute(sql`
    insert into messages (conversation_id, message_id, direction, text, at)
    values (${small}, 'q1', 'in', 'is my order on its way?', now() - interval '2 hours'), (${small}, 'a1', 'out', 'it is', now() - interval '1 hour')`);
}, 120_000);

afterAll(async () => {
  await upkeep?.stop();
  await handle?.close();
});

const recountPlan = async () =>
  (await rows<{ "QUERY PLAN": string }>(db().execute(sql`explain select (select min(m.at) from messages m where m.conversation_id = ${small} and m.direction = 'in'
      and not exists (select 1 from messages o where o.conversation_id = ${small} and o.direction = 'out' and (o.at, o.id) > (m.at, m.id)))`)))
    .map((row) => row["QUERY PLAN"])
    .join("\n");

describe("the embedded database's upkeep", () => {
  it("analyzes a table that grew, and the planner then reads a conversation by its own index", async () => {
    await until(async () => (await tablesDueForUpkeep(db())).some((table) => table.table === "messages" && table.analyze), { what: "the new messages counted" });
    expect(await upkeep!.runOnce()).toContain("messages");
    const [stats] = await rows<{ analyzed: boolean }>(db().execute(sql`select last_analyze is not null as analyzed from pg_stat_user_tables where relname = 'messages'`));
    expect(stats?.analyzed).toBe(true);
    expect((await tablesDueForUpkeep(db())).map((table) => table.table)).not.toContain("messages");
    const plan = await recountPlan();
    expect(plan).toContain("messages_conversation_time");
    expect(plan).not.toContain("messages_outbound_time");
    await recountConversation(db(), small);
    const [row] = await rows<{ waiting: boolean }>(db().execute(sql`select waiting_since is null as waiting from conversations where id = ${small}`));
    expect(row?.waiting).toBe(true);
  });

  it("vacuums a table whose rows were rewritten, leaving no dead rows behind", async () => {
    await db().execute(sql`update messages set status = 'read' where direction = 'out'`);
    await until(async () => (await tablesDueForUpkeep(db())).some((table) => table.table === "messages" && table.vacuum), { what: "the dead rows counted" });
    expect(await upkeep!.runOnce()).toContain("messages");
    const [stats] = await rows<{ dead: number; vacuumed: boolean }>(
      db().execute(sql`select n_dead_tup::int as dead, last_vacuum is not null as vacuumed from pg_stat_user_tables where relname = 'messages'`),
    );
    expect(stats).toEqual({ dead: 0, vacuumed: true });
  });

  it("starts nothing for Postgres, which keeps its own autovacuum", () => {
    expect(startUpkeep({ ...handle, kind: "postgres" })).toBeUndefined();
  });
});
