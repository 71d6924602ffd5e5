import { sql } from "drizzle-orm";
import type { Db } from "../../lib/db/handle";

/*
 * Rows written, counted by the database itself: every row a statement inserts or updates gets
 * the writing transaction's id as its xmin, so the rows of a table whose xmin is newer than a
 * transaction id taken before the pass are exactly the rows the pass wrote (a row updated
 * twice counts once). Deleted rows are the drop in the table's row count. Works the same on
 * PGlite and Postgres, where per-table statistics are flushed late or per connection.
 */

export const WATCHED = ["messages", "conversations", "conversation_recent_text", "conversation_events", "outbox", "channels", "sync_state"] as const;
export type Watched = (typeof WATCHED)[number];
export type RowWrites = Record<Watched, number>;

const rowsOf = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;

export interface WriteMark {
  xid: bigint;
  counts: RowWrites;
}

async function tableCounts(db: Db): Promise<RowWrites> {
  const counts = {} as RowWrites;
  for (const table of WATCHED) counts[table] = Number(rowsOf(await db.execute(sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n);
  return counts;
}

/** Where the database stands before a pass. */
export async function markWrites(db: Db): Promise<WriteMark> {
  const xid = BigInt(String(rowsOf(await db.execute(sql`select txid_current()::text as xid`))[0]!.xid));
  return { xid, counts: await tableCounts(db) };
}

/** Rows written since `mark`, per table (inserted or updated, plus deleted), and the row counts now. */
export async function writesSince(db: Db, mark: WriteMark): Promise<{ written: RowWrites; counts: RowWrites }> {
  const written = {} as RowWrites;
  const counts = await tableCounts(db);
  for (const table of WATCHED) {
    const touched = rowsOf(await db.execute(sql.raw(`select count(*)::int as n from ${table} where xmin::text::bigint > ${mark.xid}`)))[0]!.n;
    written[table] = Number(touched) + Math.max(0, mark.counts[table] - counts[table]);
  }
  return { written, counts };
}
