import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";

/*
 * Postgres's autovacuum, for the embedded database. PGlite runs Postgres as a single process
 * with no autovacuum worker, so by itself it never refreshes the planner's statistics nor
 * clears dead rows. Without statistics the planner guesses: on a mirror of 10,000 chats a
 * conversation's recount walked every outbound message of the table (250 ms) instead of the
 * conversation's own twenty (1 ms). The thresholds are autovacuum's defaults.
 */

const ANALYZE_BASE = 50;
const ANALYZE_SCALE = 0.1;
const VACUUM_BASE = 50;
const VACUUM_SCALE = 0.2;

export interface TableUpkeep {
  table: string;
  analyze: boolean;
  vacuum: boolean;
}

interface TableStats {
  table: string;
  live: number;
  dead: number;
  modified: number;
}

/** The app's tables whose statistics or dead rows are past autovacuum's thresholds since this process started. */
export async function tablesDueForUpkeep(db: Db): Promise<TableUpkeep[]> {
  const result = await db.execute(sql`
    select relname as "table", n_live_tup::float8 as live, n_dead_tup::float8 as dead, n_mod_since_analyze::float8 as modified
    from pg_stat_user_tables where schemaname = 'public'`);
  return (result as unknown as { rows: TableStats[] }).rows
    .map((row) => ({
      table: row.table,
      analyze: row.modified > ANALYZE_BASE + ANALYZE_SCALE * row.live,
      vacuum: row.dead > VACUUM_BASE + VACUUM_SCALE * row.live,
    }))
    .filter((row) => row.analyze || row.vacuum);
}

/** VACUUM (with ANALYZE) or ANALYZE of one table named by the catalog. Never inside a transaction. */
export async function keepUpTable(db: Db, upkeep: TableUpkeep): Promise<void> {
  const table = sql.identifier(upkeep.table);
  await db.execute(upkeep.vacuum ? sql`vacuum (analyze) ${table}` : sql`analyze ${table}`);
}

/** Statistics for every table: at start, when the counters of the last run are gone. */
export async function analyzeAllTables(db: Db): Promise<void> {
  await db.execute(sql`analyze`);
}
