import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "@/lib/db/handle";
import { readSyncState } from "@/lib/db/queries/sync-state";
import { startSyncLoop, type SyncLoop } from "@/lib/sync/loop";
import { createTestDatabase } from "../../helpers/db";
import { startChild, type Child } from "../../helpers/child";
import { capturingLogger, sandboxClient, syncContext } from "../../helpers/mirror";
import { sandboxForFile } from "../../helpers/sandbox";
import { until } from "../../helpers/until";

/*
 * kill -9 of the instance that holds the sync lease, in the middle of the first import.
 * On Postgres the survivor runs beside the holder on one database. PGlite admits one process
 * per folder, so there the survivor is the instance started on the folder after the kill.
 */
const sandbox = sandboxForFile({ seed: "demo", args: ["--customers", "0"] });
const postgres = Boolean(process.env.TEST_DATABASE_URL);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "inbox-failover-"));
let holder: Child | undefined;
let survivor: { handle: DatabaseHandle; loop?: SyncLoop } | undefined;

afterEach(async () => {
  await holder?.kill9();
  await survivor?.loop?.stop();
  await survivor?.handle.close();
  holder = survivor = undefined;
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The test's database: a fresh Postgres database, or a PGlite folder; `target` is what the child opens. */
async function database(name: string): Promise<{ target: string; open(): Promise<DatabaseHandle> }> {
  if (!postgres) {
    const dir = path.join(tmp, name, "pglite");
    return { target: dir, open: () => openDatabase({ dataDir: dir }) };
  }
  const handle = await createTestDatabase();
  const result = (await handle.db.execute(sql`select current_database() as name`)) as unknown as { rows: { name: string }[] };
  const target = new URL(process.env.TEST_DATABASE_URL!);
  target.pathname = `/${result.rows[0]!.name}`;
  return { target: target.toString(), open: async () => handle };
}

/** A child instance in the middle of a slow first import, holding the lease. */
async function holderMidImport(target: string, owner?: string): Promise<Child> {
  await sandbox.admin("faults", { body: { latencyMs: 2_000, methods: ["getmessages", "getunreadmessages"] } });
  const child = startChild("./lease-holder.ts", [target, sandbox.apiUrl, sandbox.password, ...(owner ? [owner] : [])]);
  await child.waitFor(/"sync_pass_started"/);
  return child;
}

/** Starts the survivor's loop; answers its log lines. */
function startSurvivor(handle: DatabaseHandle): Record<string, unknown>[] {
  const { logger, lines } = capturingLogger("info");
  const loop = startSyncLoop(syncContext(handle.db, sandboxClient(sandbox), { owner: "survivor", logger, settings: { intervalMs: 1_000 } }), 200);
  survivor = { handle, loop };
  return lines;
}

/** Seconds from `since` to the end of the survivor's first import. */
async function survivorImported(since: number): Promise<number> {
  const db = survivor!.handle.db;
  await until(async () => (await readSyncState(db)).firstImportDone, { timeoutMs: 20_000, everyMs: 200, what: "the survivor's import" });
  return (Date.now() - since) / 1000;
}

describe("after kill -9 of the lease holder", () => {
  it("a restarted instance on the same host takes the dead owner's lease at once", async () => {
    const db = await database("restart");
    holder = await holderMidImport(db.target);
    await holder.kill9();
    const killedAt = Date.now();
    await sandbox.admin("faults", { method: "DELETE" });
    const handle = await db.open();
    expect((await readSyncState(handle.db)).leaseOwner).toMatch(new RegExp(`^${os.hostname()}:${holder.pid}:`));
    const lines = startSurvivor(handle);
    console.log(`restarted instance synced ${(await survivorImported(killedAt)).toFixed(1)} s after the kill`);
    // It did not wait for the dead holder's lease to expire: it knew the holder was dead.
    expect(lines.map((line) => line.event)).toContain("sync_lease_reclaimed");
  }, 60_000);

  it("another instance syncs within 20 s when the dead holder was on another host", async () => {
    const db = await database("failover");
    holder = await holderMidImport(db.target, `elsewhere.example:4242:${Date.now()}`);
    if (postgres) startSurvivor(await db.open());
    await holder.kill9();
    const killedAt = Date.now();
    await sandbox.admin("faults", { method: "DELETE" });
    if (!postgres) startSurvivor(await db.open());
    const seconds = await survivorImported(killedAt);
    console.log(`survivor synced ${seconds.toFixed(1)} s after the kill (${postgres ? "Postgres, side by side" : "PGlite, opened after the kill"})`);
  }, 60_000);
});
