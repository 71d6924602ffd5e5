import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";
import { conversations } from "@/lib/db/schema";
import type { ConversationRowView } from "@/lib/contract/inbox";
import { latestMatches } from "./conversation-search";
import { recordFrom, recordJson, recordsOf, sendCountsOf, toRow, type ConversationRecord, type RecordRow } from "./conversation-records";
import { inMemoryOrder, keyOf, ORDERS, type ListQuery } from "./conversation-rows";
import { listConversations } from "./conversations";
import { BadCursorError, decodeCursor } from "./cursor";
import { anyRowAfter } from "./list-search";

/*
 * What changed in a view of the list since a mirror version. Every conversation carries the
 * version that published its last change (changed_version, kept by the triggers of migration
 * 0017; null while a change waits for the next version). The changed conversations are read
 * once for every view that asks at a version (listChangedConversations), and each view picks
 * its own from them in memory (listChangesSince), with the same conditions as the list's
 * filters (listFilters): the cost of a poll grows with what changed, not with the views.
 */

/** Past this many changed conversations a full answer is cheaper: the window a delta patches from. */
export const MAX_CHANGED = 200;

export type ChangedRecord = ConversationRecord & { changedVersion: number | null };

/** The conversations changed since version `since`, with the version of their last change; undefined past MAX_CHANGED. */
export function listChangedConversations(db: Db, since: number): Promise<ChangedRecord[] | undefined> {
  return readConversationRecords(db, since, MAX_CHANGED);
}

/**
 * Every conversation (`since` undefined) or those changed since version `since`, with the
 * version of their last change; undefined past `max` of them.
 */
export async function readConversationRecords(db: Db, since: number | undefined, max: number): Promise<ChangedRecord[] | undefined> {
  const changed = since === undefined ? sql`` : sql`where ${conversations.changedVersion} > ${since} or ${conversations.changedVersion} is null`;
  const result = await db.execute(sql`
    select ${recordJson} as record, s.failed, s.unconfirmed, ${conversations.changedVersion} as changed_version
    from ${recordFrom}
    ${sendCountsOf(sql`${conversations.id}`)}
    ${changed}
    limit ${max + 1}`);
  const rows = (result as unknown as { rows: (RecordRow & { changed_version: number | string | null })[] }).rows;
  if (rows.length > max) return undefined;
  return recordsOf(rows).map((record, index) => {
    const changed = rows[index]!.changed_version;
    return { ...record, changedVersion: changed === null ? null : Number(changed) };
  });
}

/**
 * Whether the view `query` holds a conversation: listFilters's conditions, in memory. The
 * "window" order is never patched (its rows leave as windows close, which no write marks).
 * `found`: the changed conversations the view's search finds.
 */
export function inView(record: ConversationRecord, query: ListQuery, agentId: string | null, found: ReadonlySet<number> | undefined): boolean {
  if (query.channel && record.channelId !== query.channel) return false;
  if (query.unread && !((record.unreadCount ?? 0) > 0)) return false;
  if (query.failed && !(record.failedSends > 0 || record.unconfirmedSends > 0)) return false;
  if (query.status && query.status !== "all" && record.status !== query.status) return false;
  if (query.view === "mine" && (agentId === null || record.assigneeId !== agentId)) return false;
  if (query.view === "unassigned" && record.assigneeId !== null) return false;
  if (query.q && !found?.has(record.id as number)) return false;
  return true;
}

/** A view as one caller asks it: `found`, the changed conversations its search finds; `held`, the ids of the rows the caller holds, when it says. */
export interface ViewAsked {
  query: ListQuery;
  agentId: string | null;
  found?: ReadonlySet<number>;
  held?: ReadonlySet<number>;
}

export interface ViewChanges {
  /** Changed rows in the view (up to `after`), in the view's order. */
  rows: ConversationRowView[];
  /** Changed conversations the view no longer holds (or holds past `after`). */
  removed: number[];
  /** With `after` and removals: the rows that now follow it, and whether more follow them. */
  following: { rows: ConversationRowView[]; more: boolean } | null;
}

/**
 * The changes of the view `query` since version `since`, out of `changed` (the conversations
 * changed since `since` or earlier), for a caller that holds its rows up to the cursor `after`
 * (all of them without it).
 */
export async function listChangesSince(
  db: Db,
  changed: ChangedRecord[],
  view: ViewAsked,
  since: number,
  after: string | undefined,
): Promise<ViewChanges> {
  const { query, agentId, found, held } = view;
  const sort = query.sort ?? "activity";
  const descending = ORDERS[sort].descending;
  const key = keyOf[sort];
  const position = after === undefined ? undefined : decodeCursor(after);
  if (after !== undefined && !position) throw new BadCursorError();
  // Ranked at or before the caller's last row: the rows it holds.
  const ranksHeld = (record: ChangedRecord) => {
    if (!position) return true;
    const order = key(record).getTime() - position.at.getTime() || (record.id as number) - position.id;
    return descending ? order >= 0 : order <= 0;
  };
  // A conversation never changes channel: one of another channel was never in this view, and
  // neither needs removing nor leaves a place to refill.
  const relevant = changed.filter(
    (record) => (record.changedVersion === null || record.changedVersion > since) && (!query.channel || record.channelId === query.channel),
  );
  const kept = relevant.filter((record) => inView(record, query, agentId, found) && ranksHeld(record));
  const keptSet = new Set(kept);
  const outside = relevant.filter((record) => !keptSet.has(record));
  // Those the caller holds, when it says which: only their leaving needs a refill.
  const removed = outside.filter((record) => !held || held.has(record.id as number)).map((record) => record.id as number);
  kept.sort(inMemoryOrder(sort));
  const rows = kept.map(toRow);
  if (query.q && rows.length > 0) {
    const matches = await latestMatches(db, rows.map((row) => row.id), query.q);
    for (const row of rows) row.match = matches.get(row.id) ?? null;
  }
  return { rows, removed, following: after === undefined ? null : await refill(db, view, after, outside, removed.length) };
}

/**
 * Past the caller's last row (`after`): each held row that left is among the `removed`, and
 * that many rows after `after` refill the page. When none of its rows left but others did
 * (`outside`: changed, not in the view up to `after`), whether rows still follow its last may
 * have changed: asked of the view (anyRowAfter), unless a changed row of the view ranks past it.
 */
async function refill(db: Db, view: ViewAsked, after: string, outside: ChangedRecord[], removed: number): Promise<ViewChanges["following"]> {
  const { query, agentId, held, found } = view;
  if (removed > 0) {
    const next = await listConversations(db, { ...query, cursor: after, limit: Math.min(removed, query.limit) }, agentId);
    return { rows: next.rows, more: next.nextCursor !== null };
  }
  // Without `held` every outside row counts as removed; with it, none of these is held.
  if (!held || outside.length === 0 || outside.some((record) => inView(record, query, agentId, found))) return null;
  return { rows: [], more: await anyRowAfter(db, query, agentId, after) };
}
