import type { DatabaseHandle } from "./handle";
import { analyzeAllTables, keepUpTable, tablesDueForUpkeep } from "./queries/upkeep";
import { log } from "@/lib/log";

/** How often the embedded database's counters are looked at; autovacuum's own nap is a minute. */
export const UPKEEP_EVERY_MS = 30_000;

export interface Upkeep {
  /** One round now: the tables past their thresholds vacuumed or analyzed. Resolves to their names. */
  runOnce(): Promise<string[]>;
  stop(): Promise<void>;
}

/**
 * Autovacuum's work for PGlite (see lib/db/queries/upkeep.ts): everything analyzed once at
 * start (the counters do not survive a restart), then every half minute the tables that
 * changed enough. Postgres has its own autovacuum: nothing is started for it.
 */
export function startUpkeep(handle: DatabaseHandle, everyMs = UPKEEP_EVERY_MS): Upkeep | undefined {
  if (handle.kind !== "pglite") return undefined;
  const { db } = handle;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const runOnce = async (): Promise<string[]> => {
    const done: string[] = [];
    for (const table of await tablesDueForUpkeep(db)) {
      if (stopped) break;
      const started = performance.now();
      await keepUpTable(db, table);
      done.push(table.table);
      log.debug({ event: "database_upkeep", table: table.table, vacuum: table.vacuum, durationMs: Math.round(performance.now() - started) }, "table kept up");
    }
    return done;
  };

  const round = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = runOnce()
        .catch((error: unknown) => log.warn({ event: "database_upkeep_failed", err: error }, "database upkeep failed"))
        .finally(round);
    }, everyMs);
    timer.unref?.();
  };

  let running: Promise<unknown> = analyzeAllTables(db)
    .catch((error: unknown) => log.warn({ event: "database_upkeep_failed", err: error }, "database upkeep failed"))
    .finally(round);

  return {
    runOnce,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
