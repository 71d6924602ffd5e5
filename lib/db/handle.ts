import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";
import { log } from "@/lib/log";
import type { PGlite } from "@electric-sql/pglite";
import { acquireFolderLock } from "./folder-lock";
import type { PgliteWorkerClient } from "./pglite-worker-client";

type PgliteClient = PGlite | PgliteWorkerClient;

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  db: Db;
  /**
   * The same database for the sync: on the embedded database in its worker thread, its
   * statements are taken before the readers' that wait (lib/db/pglite-worker.ts); elsewhere `db`.
   */
  syncDb?: Db;
  kind: "pglite" | "postgres";
  close(): Promise<void>;
}

export type DatabaseTarget =
  /** `poolMax`: the most connections open at once (DATABASE_POOL_MAX). */
  | { url: string; poolMax?: number }
  /**
   * `dataDir` undefined: an in-memory database (tests). `offThread`: PGlite runs in a worker
   * thread, so that a long statement never stops the app's thread; the default for a folder.
   * In memory it defaults to this thread, which starts faster (tests).
   */
  | { dataDir?: string; offThread?: boolean };

const migrationsFolder = path.join(process.cwd(), "lib/db/migrations");

/** Opens the database, applies the committed migrations, and hands back a drizzle handle. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if ("url" in target) return openPostgres(target.url, target.poolMax ?? 10);
  return openPglite(target.dataDir, target.offThread ?? target.dataDir !== undefined);
}

async function openPostgres(url: string, poolMax: number): Promise<DatabaseHandle> {
  const { Pool } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  const pool = new Pool({ connectionString: url, max: poolMax });
  // An idle connection the server drops (a restart, a failover) must not crash the process;
  // the pool replaces it on the next query.
  pool.on("error", (error) => log.warn({ event: "postgres_idle_error", code: (error as { code?: string }).code }, "an idle Postgres connection failed"));
  try {
    const db = drizzle(pool, { schema });
    await migrate(db, { migrationsFolder });
    return { db: db as unknown as Db, kind: "postgres", close: () => pool.end() };
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
}

/** PGlite in this thread, or in a worker thread behind an object drizzle's PGlite driver takes for PGlite. */
async function startPglite(dataDir: string | undefined, offThread: boolean): Promise<PgliteClient> {
  if (offThread) {
    const { startPgliteWorker } = await import("./pglite-worker-client");
    return startPgliteWorker(dataDir, (code) => {
      if (code !== 0) log.error({ event: "database_worker_stopped", code }, "the embedded database's worker thread stopped");
    });
  }
  const { PGlite } = await import("@electric-sql/pglite");
  // Search folds accents and matches inside words (migration 0010): the same extensions Postgres ships.
  const { unaccent } = await import("@electric-sql/pglite/contrib/unaccent");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const extensions = { unaccent, pg_trgm };
  return dataDir ? new PGlite(dataDir, { extensions }) : new PGlite({ extensions });
}

async function openPglite(dataDir: string | undefined, offThread: boolean): Promise<DatabaseHandle> {
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const folder = dataDir ? path.resolve(dataDir) : undefined;
  // PGlite has no cross-process lock of its own; two processes on one folder corrupt it. The
  // process holds it, whichever of its threads runs PGlite, until that thread has closed it.
  const release = folder ? await acquireFolderLock(folder) : () => undefined;
  let client: PgliteClient | undefined;
  try {
    client = await startPglite(folder, offThread);
    const db = drizzle({ client: client as PGlite, schema });
    await migrate(db, { migrationsFolder });
    const opened = client;
    const syncDb = "firstLane" in client ? drizzle({ client: client.firstLane as unknown as PGlite, schema }) : db;
    return {
      db: db as unknown as Db,
      syncDb: syncDb as unknown as Db,
      kind: "pglite",
      async close() {
        await opened.close();
        release();
      },
    };
  } catch (error) {
    await client?.close().catch(() => undefined);
    release();
    throw error;
  }
}
