import "server-only";
import { loadEnv } from "@/lib/env";
import { openDatabase, type DatabaseHandle, type Db } from "./handle";
import { log } from "@/lib/log";

// Kept on globalThis so that a module reload in development does not open the folder twice.
const holder = globalThis as typeof globalThis & {
  __inboxDatabase?: Promise<DatabaseHandle>;
  __inboxDatabaseSetup?: (db: Db) => Promise<void>;
};

/**
 * Work that must be done before the database serves anyone (the demo agents in sandbox
 * mode). The composition root sets it before the first open; lib/db knows no domain.
 */
export function setDatabaseSetup(setup: (db: Db) => Promise<void>): void {
  holder.__inboxDatabaseSetup = setup;
}

async function start(): Promise<DatabaseHandle> {
  const env = loadEnv();
  // The embedded database runs in a worker thread (a folder defaults to that): a long statement
  // then delays only the answers that wait for it, never the server's other requests.
  const handle = await openDatabase(
    env.DATABASE_URL ? { url: env.DATABASE_URL, poolMax: env.DATABASE_POOL_MAX } : { dataDir: env.PGLITE_DIR, offThread: true },
  );
  await holder.__inboxDatabaseSetup?.(handle.db);
  log.info({ event: "database_ready", kind: handle.kind }, "database ready");
  return handle;
}

/** The process's database, opened and migrated on first use. A failed start is retried next time. */
export function getDatabase(): Promise<DatabaseHandle> {
  holder.__inboxDatabase ??= start().catch((error: unknown) => {
    holder.__inboxDatabase = undefined;
    throw error;
  });
  return holder.__inboxDatabase;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

export async function closeDatabase(): Promise<void> {
  const pending = holder.__inboxDatabase;
  holder.__inboxDatabase = undefined;
  if (pending) await (await pending).close();
}
