import "server-only";
import { log } from "@/lib/log";
import { closeDatabase, getDatabase } from "./db";

let started = false;

/** Start-up work of the server process: open the database, and close it cleanly on exit. */
export function startServerTasks(): void {
  if (started) return;
  started = true;
  getDatabase().catch((error: unknown) => {
    log.error({ event: "database_start_failed", err: error }, "the database could not be opened; /api/health answers 503");
  });
  const shutdown = (signal: NodeJS.Signals) => {
    // PGlite must be closed, or its folder can be left half-written.
    closeDatabase()
      .catch(() => undefined)
      .finally(() => process.exit(signal === "SIGINT" ? 130 : 0));
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}
