import { AfilnetApiError, AfilnetTransportError, isAccountError, type AfilnetClient } from "@/lib/afilnet";
import type { Db } from "@/lib/db/handle";
import { finishSyncPass, renewSyncLease, takeSyncLease } from "@/lib/db/queries/sync-state";
import type { SyncStateRow } from "@/lib/db/schema";
import { log, type Logger } from "@/lib/log";
import { SyncPass } from "./pass";
import { settleSends } from "./settle";
import { dbNow } from "@/lib/db/queries/outbox-evidence";
import type { SyncSettings } from "./settings";
import type { WorkRules } from "./work-hooks";

export interface SyncContext {
  db: Db;
  client: AfilnetClient;
  /** Names this process in the lease; unique per app instance. */
  owner: string;
  settings: SyncSettings;
  now?: () => Date;
  logger?: Logger;
  /** The domain's rules that follow a pass (statuses, assignment); none in a bare mirror. */
  work?: WorkRules;
}

export type SyncOutcome =
  | { ran: false }
  | { ran: true; ok: true; changed: boolean; nextAttemptAt: Date }
  | { ran: true; ok: false; error: string; code?: string; accountError: boolean; nextAttemptAt: Date };

/** The least rest between two passes, so that a pass longer than the interval is not followed at once. */
const MIN_REST_MS = 250;

/**
 * Start to start: a customer's message that arrives just after a pass read its channel waits
 * one interval plus one pass, not one interval plus two (end to start would add the pass again).
 */
export function nextPassAt(started: Date, finished: Date, intervalMs: number): Date {
  return new Date(Math.max(started.getTime() + intervalMs, finished.getTime() + Math.min(MIN_REST_MS, intervalMs)));
}

/**
 * One sync, if this instance gets the lease and a sync is due (or `force`). Success and
 * failure are both recorded on the sync state row, with the time of the next attempt.
 */
export async function runSyncOnce(ctx: SyncContext, options: { force?: boolean } = {}): Promise<SyncOutcome> {
  const now = ctx.now ?? (() => new Date());
  const logger = ctx.logger ?? log;
  const state = await takeSyncLease(ctx.db, ctx.owner, now(), ctx.settings.leaseMs, options.force);
  if (!state) return { ran: false };

  logger.debug({ event: "sync_pass_started", owner: ctx.owner }, "sync pass started");
  const pass = new SyncPass(ctx.db, ctx.client, ctx.settings, state, now);
  const heartbeat = setInterval(() => {
    void renewSyncLease(ctx.db, ctx.owner, new Date(now().getTime() + ctx.settings.leaseMs))
      .then((held) => held || logger.warn({ event: "sync_lease_lost", owner: ctx.owner }, "another instance took the sync lease during a pass"))
      .catch(() => undefined);
  }, Math.max(1_000, ctx.settings.leaseMs / 3));
  heartbeat.unref?.();
  const started = Date.now();
  const passStarted = now();
  try {
    // On the database's clock, as the attempts of sends and the messages' first sighting are.
    const passStartedAt = await dbNow(ctx.db);
    await pass.run();
    if (ctx.work) {
      if (await ctx.work.afterChatsStored(ctx.db, pass.stored, now())) pass.changed = true;
      if (await ctx.work.applyTimedRules(ctx.db, now())) pass.changed = true;
    }
    const { answerWindowMs, watchMs } = ctx.settings;
    if (await settleSends(ctx.db, { passStartedAt, answerWindowMs, watchMs })) pass.changed = true;
    const finished = now();
    const nextAttemptAt = nextPassAt(passStarted, finished, currentInterval(state, finished, ctx.settings));
    await finishSyncPass(
      ctx.db,
      ctx.owner,
      {
        lastSuccessAt: finished,
        consecutiveFailures: 0,
        accountError: false,
        firstImportDone: true,
        nextAttemptAt,
      },
      pass.changed,
    );
    // At info only a pass that changed something: an idle mirror syncs every few seconds all day.
    const line = { event: "sync_pass", owner: ctx.owner, ok: true, changed: pass.changed, durationMs: Date.now() - started };
    if (pass.changed) logger.info(line, "sync pass changed the mirror");
    else logger.debug(line, "sync pass");
    return { ran: true, ok: true, changed: pass.changed, nextAttemptAt };
  } catch (error) {
    const failures = state.consecutiveFailures + 1;
    const accountError = isAccountError(error);
    const failedAt = now();
    const delay = accountError ? ctx.settings.accountRetryMs : backoff(state, failures, failedAt, ctx.settings);
    const nextAttemptAt = new Date(failedAt.getTime() + delay);
    const sentence = describeSyncError(error);
    const code = error instanceof AfilnetApiError ? error.code : error instanceof AfilnetTransportError ? error.kind : undefined;
    await finishSyncPass(
      ctx.db,
      ctx.owner,
      {
        consecutiveFailures: failures,
        accountError,
        lastError: sentence,
        lastErrorCode: code ?? null,
        lastErrorAt: failedAt,
        nextAttemptAt,
      },
      pass.changed,
    );
    logger.warn({ event: "sync_failed", owner: ctx.owner, code, failures, retryInMs: delay, err: error instanceof Error ? error.message : String(error) }, "sync pass failed");
    return { ran: true, ok: false, error: sentence, code, accountError, nextAttemptAt };
  } finally {
    clearInterval(heartbeat);
  }
}

function idle(state: SyncStateRow, now: Date, settings: SyncSettings): boolean {
  const lastRead = state.lastReadAt?.getTime();
  return lastRead === undefined || now.getTime() - lastRead > settings.idleAfterMs;
}

/** Slower when nobody has read the inbox for a while. */
function currentInterval(state: SyncStateRow, now: Date, settings: SyncSettings): number {
  return idle(state, now, settings) ? settings.idleIntervalMs : settings.intervalMs;
}

/** Exponential after failures; while anyone reads, short enough that the inbox is fresh soon after Afilnet returns. */
function backoff(state: SyncStateRow, failures: number, now: Date, settings: SyncSettings): number {
  const cap = idle(state, now, settings) ? settings.backoffCapMs : Math.min(settings.backoffCapMs, settings.readerBackoffCapMs);
  return Math.min(cap, settings.intervalMs * 2 ** (failures - 1));
}

export function describeSyncError(error: unknown): string {
  if (error instanceof AfilnetApiError) return `Afilnet refused the sync: ${error.message}`;
  if (error instanceof AfilnetTransportError) return `Afilnet could not be reached: ${error.message}`;
  return "The mirror could not be updated because of an error on this server.";
}
