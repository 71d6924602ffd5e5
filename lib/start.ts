import "server-only";
import { ensureDemoAgents } from "@/lib/auth/demo";
import { closeDatabase, getDatabase, setDatabaseSetup } from "@/lib/db/instance";
import type { DatabaseHandle } from "@/lib/db/handle";
import { loadEnv } from "./env";
import { log } from "./log";
import { within } from "./within";
import { ensureQueueSampler, stopQueueSampler } from "@/lib/queues/sampler";
import { keepInboxWarm } from "@/lib/inbox/warm-up";
import { workRules } from "@/lib/inbox/work-rules";
import { prepareLanguageDetector } from "@/lib/sync/customer-language";
import { ensureSyncLoop, stopSyncLoop } from "@/lib/sync/instance";
import { mirrorReady } from "@/lib/sync/ready";
import { readKeptList } from "@/lib/inbox/kept-list";
import { startUpkeep, type Upkeep } from "@/lib/db/upkeep";

let started = false;
let upkeep: Upkeep | undefined;
let ready: Promise<unknown> = Promise.resolve();

/** The longest a start waits to be ready (below) before it serves anyway. */
const READY_WAIT_MS = 10_000;

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
  ready = getDatabase()
    .then((handle) => {
      upkeep = startUpkeep(handle);
      ensureQueueSampler();
      return readyToServe(handle);
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

/*
 * A restart in the working day meets fifty agents whose browsers poll again at once. Served as
 * soon as the database opened, their first answers waited behind the first sync pass (every
 * chat's row read afresh) and behind the embedded database's first answer of each kind: p95
 * 255 ms on a mirror of 10,000 conversations. So the server listens only once it can answer
 * at speed: the warm-up done (lib/inbox/warm-up.ts), and on a mirror already imported, the
 * first pass over, which also brings in what customers wrote while it was down. A first import
 * is not waited for (it takes minutes, and the inbox shows its progress), nor anything past
 * READY_WAIT_MS: a slow Afilnet must not keep the inbox closed.
 */
async function readyToServe(handle: DatabaseHandle): Promise<void> {
  // The conversation list kept in memory is read once the first pass has brought the mirror in
  // (lib/inbox/kept-list.ts): the first pages of the agents' views are then picked from it.
  const mirror = mirrorReady(handle.db, ensureSyncLoop(workRules)).then(() =>
    readKeptList(handle.db).catch((error: unknown) =>
      log.warn({ event: "kept_list_read_failed", err: error }, "could not read the conversation list into memory; the first page asked reads it again"),
    ),
  );
  // The embedded database's first answer of each kind is slow after a start (lib/inbox/warm-up.ts);
  // a Postgres pool's connections each keep their own caches, so warming one would not help.
  await Promise.all([handle.kind === "pglite" ? keepInboxWarm(handle.db) : undefined, mirror]);
}

/**
 * Resolves when the server is ready to serve (above), or READY_WAIT_MS after the start at
 * most; never rejects (a database that cannot open is /api/health's to report).
 */
export async function serverReady(): Promise<void> {
  const started = performance.now();
  const { late } = await within(ready, READY_WAIT_MS);
  const ms = Math.round(performance.now() - started);
  if (late) log.warn({ event: "server_ready_late", ms }, "serving before the first sync pass and the warm-up ended");
  else log.info({ event: "server_ready", ms }, "ready to serve");
}

/** Resolves once the database is open, migrated and set up; rejects when it cannot be. */
export async function databaseReady(): Promise<void> {
  await getDatabase();
}
