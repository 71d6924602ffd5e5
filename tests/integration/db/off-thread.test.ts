import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inArrivalOrder } from "@/lib/db/arrival";
import { openDatabase, type DatabaseHandle, type Db } from "@/lib/db/handle";

/*
 * The embedded database as the app opens it (a folder): PGlite runs in a worker thread, so a
 * long statement never stops this thread, and transactions still run one at a time on its
 * single connection.
 */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "inbox-off-thread-"));
const folder = path.join(tmp, "pglite");
let handle: DatabaseHandle | undefined;
const db = (): Db => handle!.db;

beforeAll(async () => {
  handle = await openDatabase({ dataDir: folder });
}, 120_000);
afterAll(async () => {
  await handle?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const rows = async <T>(query: Promise<unknown>) => ((await query) as { rows: T[] }).rows;
const probe = (on: Pick<Db, "execute">) => rows<{ who: string }>(on.execute(sql`select who from probe order by who`)).then((found) => found.map((row) => row.who));

/** Resolves after `count` turns of this thread's event loop: a blocked loop makes it wait. */
async function turns(count: number): Promise<void> {
  for (let turn = 0; turn < count; turn++) await new Promise((resolve) => setImmediate(resolve));
}

/** A transaction open in the worker, holding the database until `release()`: what is sent meanwhile waits. */
async function holdDatabase(): Promise<{ open: Promise<void>; release: () => void }> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let held!: () => void;
  const holding = new Promise<void>((resolve) => (held = resolve));
  const open = db().transaction(async (tx) => {
    await tx.execute(sql`select 1`);
    held();
    await gate;
  });
  await holding;
  return { open, release };
}

describe("the embedded database in its worker thread", () => {
  it("lets this thread answer an HTTP request while a statement runs for a second", async () => {
    const server = http.createServer((_request, response) => response.end("pong"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const finished: string[] = [];
      const slow = db().execute(sql`select pg_sleep(1)`).then(() => finished.push("statement"));
      // PGlite in this thread would hold the loop from here until the statement ends.
      await turns(20);
      const { port } = server.address() as AddressInfo;
      const answer = fetch(`http://127.0.0.1:${port}/`).then(async (response) => {
        finished.push("http");
        return response.text();
      });
      await Promise.all([slow, answer]);
      expect(await answer).toBe("pong");
      expect(finished).toEqual(["http", "statement"]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("loads the search extensions (unaccent, pg_trgm)", async () => {
    const [row] = await rows<{ folded: string; close: boolean }>(db().execute(sql`select unaccent('Señora') as folded, similarity('telefono', 'telefonos') > 0.5 as close`));
    expect(row).toEqual({ folded: "Senora", close: true });
  });

  it("never interleaves concurrent transactions: each sees its own writes, a rollback undoes only its own", async () => {
    await db().execute(sql`create table probe (who text not null)`);
    let firstInside!: () => void;
    const inside = new Promise<void>((resolve) => (firstInside = resolve));
    const first = db().transaction(async (tx) => {
      await tx.execute(sql`insert into probe values ('first')`);
      firstInside();
      // Held open in the worker while the others are sent.
      await tx.execute(sql`select pg_sleep(0.5)`);
      expect(await probe(tx)).toEqual(["first"]);
      tx.rollback();
    });
    await inside;
    const second = db().transaction(async (tx) => {
      await tx.execute(sql`insert into probe values ('second')`);
      expect(await probe(tx)).toEqual(["second"]);
    });
    const outside = probe(db());
    await expect(first).rejects.toThrow(/rollback/i);
    await second;
    // Sent while the first was open, it waited for it: it never saw the row that was rolled back.
    expect(await outside).not.toContain("first");
    expect(await probe(db())).toEqual(["second"]);
  });

  it("takes the sync's statements before the readers' that wait, each lane in its order", async () => {
    // A transaction holds the database while reads of both lanes arrive.
    const { open, release } = await holdDatabase();
    const finished: string[] = [];
    const read = (on: Db, who: string) => on.execute(sql`select ${who} as who`).then(() => finished.push(who));
    const reads = [read(db(), "reader 1"), read(db(), "reader 2"), read(db(), "reader 3"), read(handle!.syncDb!, "sync")];
    release();
    await Promise.all([open, ...reads]);
    // The first reader was already waiting on the database itself; the sync's read came next.
    expect(finished).toEqual(["reader 1", "sync", "reader 2", "reader 3"]);
  });

  it("takes a waiting reader's statement between two of the sync's: the sync never holds every turn", async () => {
    const { open, release } = await holdDatabase();
    const finished: string[] = [];
    const read = (on: Db, who: string) => on.execute(sql`select ${who} as who`).then(() => finished.push(who));
    // Four chats stored at once keep the sync's lane full; a poll comes behind them.
    const reads = [read(handle!.syncDb!, "sync 1"), read(handle!.syncDb!, "sync 2"), read(handle!.syncDb!, "sync 3"), read(handle!.syncDb!, "sync 4"), read(db(), "reader")];
    release();
    await Promise.all([open, ...reads]);
    // "sync 1" was already waiting on the database itself; the reader's turn came next.
    expect(finished).toEqual(["sync 1", "reader", "sync 2", "sync 3", "sync 4"]);
  });

  it("answers the readers' requests in the order they came, not their statements interleaved", async () => {
    const { open, release } = await holdDatabase();
    const finished: string[] = [];
    // Each request sends three statements one after another, as a poll does; each statement
    // takes a few milliseconds, longer than the way back to this thread for the next.
    const request = (who: string) =>
      inArrivalOrder(async () => {
        for (const step of [1, 2, 3]) {
          await db().execute(sql`select count(*) from generate_series(1, 300000)`);
          finished.push(`${who}${step}`);
        }
      });
    const requests = ["a", "b", "c", "d"].map(request);
    release();
    await Promise.all([open, ...requests]);
    // Taken statement by statement in arrival order, every request's first would come before
    // any second one (a1 b1 c1 d1 a2 ...), and the first request would wait for all the others.
    expect(finished.indexOf("a3")).toBeLessThan(finished.indexOf("c1"));
    expect(finished.indexOf("b3")).toBeLessThan(finished.indexOf("d1"));
    expect(finished.sort()).toEqual(["a1", "a2", "a3", "b1", "b2", "b3", "c1", "c2", "c3", "d1", "d2", "d3"]);
  });

  it("keeps the data when the app restarts on the same folder, and frees the folder on closing", async () => {
    await handle!.close();
    handle = undefined;
    expect(fs.existsSync(`${folder}.lock`)).toBe(false);
    handle = await openDatabase({ dataDir: folder });
    expect(await probe(db())).toEqual(["second"]);
    expect(handle.kind).toBe("pglite");
  }, 120_000);
});
