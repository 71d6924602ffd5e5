import "server-only";
import type { ConversationRowView, InboxSort } from "@/lib/contract/inbox";
import type { Db } from "@/lib/db/handle";
import { inView, readConversationRecords, type ChangedRecord } from "@/lib/db/queries/conversation-changes";
import { toRow } from "@/lib/db/queries/conversation-records";
import { inMemoryOrder, keyOf, type ListQuery } from "@/lib/db/queries/conversation-rows";
import { encodeCursor } from "@/lib/db/queries/cursor";
import { readSyncState } from "@/lib/db/queries/sync-state";

/*
 * The conversation list kept in memory, for the first page of a view. Fifty agents opening
 * their inboxes at once (a morning, a deploy) each asked the database for a page of their own
 * view: 5-15 ms each on the embedded database, one at a time in its worker, so that the last
 * of a burst waited for all the others (first answers p95 50-120 ms on 10,000 conversations).
 * Here the list is read once, and then only what changed since the version it holds (the
 * marks of lib/db/migrations/0017, which every write that changes a row of the list leaves,
 * the same as the polls by change use), and each view's first page is picked from it with the
 * conditions and orders the deltas use (conversation-changes.ts). A page is then a walk of the
 * list in memory, whatever the view.
 *
 * Searches, pages past the first (a cursor) and the "window" order still ask the database: a
 * search reads messages, and the window depends on the clock. Times order to the millisecond,
 * as the deltas and the cursors do.
 */

/** Past this many conversations the list is not kept: its memory and its first read grow with them. */
export const MAX_KEPT = 50_000;
/** The orders a page of the list is picked in (the window order asks the database). */
const KEPT_ORDERS: InboxSort[] = ["activity", "waiting", "newest"];
/** After finding more than MAX_KEPT conversations, how long the pages ask the database before the list is tried again. */
const RETRY_TOO_LARGE_MS = 10 * 60_000;

interface KeptList {
  /** The mirror version the list holds every change of (and possibly later ones). */
  version: number;
  records: Map<number, ChangedRecord>;
  /** The records in each order: sorted when first asked (the start asks all three), then kept in step with each change. */
  orders: Map<InboxSort, ChangedRecord[]>;
}

interface Keeper {
  list?: KeptList;
  tooLargeUntil: number;
  /**
   * One read at a time, each from the version the last one reached: a read that began earlier
   * can never land after one that began later and take a conversation back to an older state.
   */
  reading: Promise<unknown>;
}

// On globalThis: the start that reads the list and the routes that page it are bundled apart.
const holder = globalThis as typeof globalThis & { __inboxKeptList?: Keeper };
const keeper = (): Keeper => (holder.__inboxKeptList ??= { tooLargeUntil: Number.NEGATIVE_INFINITY, reading: Promise.resolve() });

/** The list with every change up to `version` (read once for everyone who asks meanwhile); undefined when it is not kept. */
function listAt(db: Db, version: number): Promise<KeptList | undefined> {
  const state = keeper();
  if (state.list && state.list.version >= version) return Promise.resolve(state.list);
  const read = state.reading.then(() => (state.list && state.list.version >= version ? state.list : catchUp(db, state, version)));
  state.reading = read.catch(() => undefined);
  return read;
}

async function catchUp(db: Db, state: Keeper, version: number): Promise<KeptList | undefined> {
  const kept = state.list;
  if (!kept && performance.now() < state.tooLargeUntil) return undefined;
  // `version` was read before this statement: whatever changes meanwhile is marked for a later one.
  const changed = await readConversationRecords(db, kept?.version, MAX_KEPT);
  if (!changed && !kept) {
    // More conversations than the list may hold: the pages ask the database for a while.
    state.tooLargeUntil = performance.now() + RETRY_TOO_LARGE_MS;
    return undefined;
  }
  if (!changed) {
    // More changed since the last read than the whole list may hold: read it anew.
    state.list = undefined;
    return catchUp(db, state, version);
  }
  const records = kept?.records ?? new Map<number, ChangedRecord>();
  for (const record of changed) records.set(record.id as number, record);
  // The orders already sorted are kept in step: the changed records taken out and merged back
  // in their new places, rather than 10,000 records sorted again at every version.
  const orders = new Map<InboxSort, ChangedRecord[]>();
  if (kept) {
    const moved = new Set(changed.map((record) => record.id as number));
    for (const [sort, sorted] of kept.orders) {
      const staying = sorted.filter((record) => !moved.has(record.id as number));
      orders.set(sort, merged(staying, [...changed].sort(inMemoryOrder(sort)), sort));
    }
  }
  state.list = { version, records, orders };
  return state.list;
}

/** Two lists sorted in `sort`, as one. */
function merged(a: ChangedRecord[], b: ChangedRecord[], sort: InboxSort): ChangedRecord[] {
  if (b.length === 0) return a;
  const compare = inMemoryOrder(sort);
  const out: ChangedRecord[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(compare(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

function ordered(list: KeptList, sort: InboxSort): ChangedRecord[] {
  let records = list.orders.get(sort);
  if (!records) list.orders.set(sort, (records = [...list.records.values()].sort(inMemoryOrder(sort))));
  return records;
}

export type KeptPage = { rows: ConversationRowView[]; nextCursor: string | null };

/**
 * The first page of the view `query` from the list kept in memory, as listConversations answers
 * it; undefined for what the database answers (a search, a cursor, the window order) or when
 * the list is not kept.
 */
export async function keptFirstPage(db: Db, version: number, query: ListQuery, agentId: string | null): Promise<KeptPage | undefined> {
  if (query.q || query.cursor || query.sort === "window") return undefined;
  const list = await listAt(db, version);
  if (!list) return undefined;
  const sort = query.sort ?? "activity";
  const picked: ChangedRecord[] = [];
  for (const record of ordered(list, sort)) {
    if (!inView(record, query, agentId, undefined)) continue;
    picked.push(record);
    if (picked.length > query.limit) break;
  }
  const page = picked.slice(0, query.limit);
  const last = page[page.length - 1];
  const nextCursor = picked.length > query.limit && last ? encodeCursor(keyOf[sort](last), last.id as number) : null;
  return { rows: page.map(toRow), nextCursor };
}

/** Reads the list before the first page asks (the start's warm-up): at the mirror's current version. */
export async function readKeptList(db: Db): Promise<void> {
  const state = await readSyncState(db);
  const list = await listAt(db, state.mirrorVersion);
  // Sorted now too, rather than in the first answers: afterwards each change is merged in.
  if (list) for (const sort of KEPT_ORDERS) ordered(list, sort);
}
