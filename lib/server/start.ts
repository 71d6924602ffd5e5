import "server-only";
import { log } from "@/lib/log";
import { closeDatabase, getDatabase } from "./db";
import { ensureQueueSampler, stopQueueSampler } from "./sampler";
import { ensureSyncLoop, stopSyncLoop } from "./sync";

let started = false;

/** Start-up work of the server process: open the database, start the sync, close both on exit. */
export function startServerTasks(): void {
  if (started) return;
  started = true;
  getDatabase()
    .then(() => {
      ensureQueueSampler();
      return ensureSyncLoop();
    })
    .catch((error: unknown) => {
      log.error({ event: "database_start_failed", err: error }, "the database could not be opened; /api/health answers 503");
    });
  const shutdown = (signal: NodeJS.Signals) => {
    // PGlite must be closed, or its folder can be left half-written.
    stopQueueSampler();
    stopSyncLoop()
      .then(closeDatabase)
      .catch(() => undefined)
      .finally(() => process.exit(signal === "SIGINT" ? 130 : 0));
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}
