import "server-only";
import { ensureDemoAgents } from "@/lib/auth/demo";
import { closeDatabase, getDatabase, setDatabaseSetup } from "@/lib/db/instance";
import { loadEnv } from "./env";
import { log } from "./log";
import { ensureQueueSampler, stopQueueSampler } from "@/lib/queues/sampler";
import { keepInboxWarm } from "@/lib/inbox/warm-up";
import { workRules } from "@/lib/inbox/work-rules";
import { prepareLanguageDetector } from "@/lib/sync/customer-language";
import { ensureSyncLoop, stopSyncLoop } from "@/lib/sync/instance";
import { startUpkeep, type Upkeep } from "@/lib/db/upkeep";

let started = false;
let upkeep: Upkeep | undefined;

/**
 * The composition root: what the server process starts and stops. The database opens (with
 * the demo agents in sandbox mode), then the sync loop, the queue sampler and (for the
 * embedded database) its upkeep and a warm-up of the inbox's questions run beside it.
 */
export function startServerTasks(): void {
  if (started) return;
  started = true;
  // While the database opens: no poll can be answered before it is, and none waits for the load.
  prepareLanguageDetector().catch((error: unknown) =>
    log.warn({ event: "language_detector_failed", err: error }, "could not load the language detector; it is tried again for the first chat stored"),
  );
  setDatabaseSetup(async (db) => {
    if (loadEnv().sandboxMode && (await ensureDemoAgents(db))) {
      log.info({ event: "demo_agents_created" }, "created the demo agents (sandbox mode)");
    }
  });
  getDatabase()
    .then((handle) => {
      upkeep = startUpkeep(handle);
      ensureQueueSampler();
      // The embedded database's first answer of each kind is slow after a start (lib/inbox/warm-up.ts);
      // a Postgres pool's connections each keep their own caches, so warming one would not help.
      if (handle.kind === "pglite") void keepInboxWarm(handle.db);
      return ensureSyncLoop(workRules);
    })
    .catch((error: unknown) => {
      log.error({ event: "database_start_failed", err: error }, "the database could not be opened; /api/health answers 503");
    });
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    // A stop often signals twice (the process group's, then the launcher's): the second one
    // must not end the process by default while the first is still closing the database.
    if (stopping) return;
    stopping = true;
    // PGlite must be closed, or its folder can be left half-written.
    stopQueueSampler();
    stopSyncLoop()
      .then(() => upkeep?.stop())
      .then(closeDatabase)
      .catch(() => undefined)
      .finally(() => process.exit(signal === "SIGINT" ? 130 : 0));
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

/** Resolves once the database is open, migrated and set up; rejects when it cannot be. */
export async function databaseReady(): Promise<void> {
  await getDatabase();
}
