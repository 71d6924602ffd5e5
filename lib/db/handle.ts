import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";
import { log } from "@/lib/log";
import { acquireFolderLock } from "./folder-lock";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  db: Db;
  kind: "pglite" | "postgres";
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { url: string }
  /** `dataDir` undefined: an in-memory database (tests). */
  | { dataDir?: string };

const migrationsFolder = path.join(process.cwd(), "lib/db/migrations");

/** Opens the database, applies the committed migrations, and hands back a drizzle handle. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if ("url" in target) return openPostgres(target.url);
  return openPglite(target.dataDir);
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const { Pool } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  const pool = new Pool({ connectionString: url, max: 10 });
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

async function openPglite(dataDir: string | undefined): Promise<DatabaseHandle> {
  const { PGlite } = await import("@electric-sql/pglite");
  // Search folds accents and matches inside words (migration 0010): the same extensions Postgres ships.
  const { unaccent } = await import("@electric-sql/pglite/contrib/unaccent");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const extensions = { unaccent, pg_trgm };
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  // PGlite has no cross-process lock of its own; two processes on one folder corrupt it.
  const release = dataDir ? await acquireFolderLock(path.resolve(dataDir)) : () => undefined;
  let client: InstanceType<typeof PGlite> | undefined;
  try {
    client = dataDir ? new PGlite(path.resolve(dataDir), { extensions }) : new PGlite({ extensions });
    const db = drizzle(client, { schema });
    await migrate(db, { migrationsFolder });
    const opened = client;
    return {
      db: db as unknown as Db,
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
