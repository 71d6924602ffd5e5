import type { Logger } from "@/lib/log";
import { log } from "@/lib/log";
import { updateSyncState, readSyncState } from "@/lib/db/queries/sync-state";
import { runSyncOnce, type SyncContext } from "./engine";
import { reclaimDeadLocalLease } from "./lease";

export interface SyncLoop {
  /**
   * Settles when the loop's first tick has: its pass ran (well or not), or another instance
   * holds the lease. A start waits for it before serving (lib/start.ts).
   */
  firstTick: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Ticks often and asks for the lease each time; the lease's "due" condition, not the tick,
 * sets the pace, so any number of instances sync once per interval between them. After its
 * own pass an instance knows when the next is due and wakes then, not up to a tick later.
 */
export function startSyncLoop(ctx: SyncContext, tickMs = Math.min(1_000, ctx.settings.intervalMs)): SyncLoop {
  const logger: Logger = ctx.logger ?? log;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let firstTickDone!: () => void;
  const firstTick = new Promise<void>((resolve) => (firstTickDone = resolve));

  async function prepare() {
    const now = ctx.now?.() ?? new Date();
    // A restart on the host where the holder died: the lease is free at once, not when it expires.
    if (await reclaimDeadLocalLease(ctx.db, ctx.owner, now)) {
      logger.info({ event: "sync_lease_reclaimed", owner: ctx.owner }, "took over the sync lease of a dead instance of this host");
    }
    // An account error may have been fixed by the restart that started this loop: try now.
    const state = await readSyncState(ctx.db);
    if (state.accountError) await updateSyncState(ctx.db, { nextAttemptAt: now });
  }

  let due: Date | undefined;

  function schedule() {
    if (stopped) return;
    const untilDue = due ? due.getTime() - (ctx.now?.() ?? new Date()).getTime() : tickMs;
    timer = setTimeout(tick, untilDue > 0 ? Math.min(tickMs, untilDue) : tickMs);
    timer.unref?.();
  }

  let first = true;

  function tick() {
    // Stopped while it prepared: no pass may start after stop() was called.
    if (stopped) return;
    // The first pass of a start is not left for the interval's turn: what customers wrote
    // while no server ran comes in now (the lease still decides which instance runs it).
    running = runSyncOnce(ctx, { force: first })
      .then((outcome) => {
        if (outcome.ran) due = outcome.nextAttemptAt;
      })
      .catch((error: unknown) => logger.error({ event: "sync_loop_error", err: error }, "sync loop error"))
      .finally(() => {
        first = false;
        firstTickDone();
        schedule();
      });
  }

  running = prepare()
    .catch((error: unknown) => logger.error({ event: "sync_loop_error", err: error }, "sync loop could not start"))
    .finally(tick);

  return {
    firstTick,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      // A loop stopped before its first tick has none to wait for.
      firstTickDone();
    },
  };
}
