import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";
import { conversations } from "@/lib/db/schema";
import type { ChannelSummary, ConversationDetail, ConversationRowView } from "@/lib/contract/inbox";
import { toRow } from "./conversation-records";
import { keyOf, listFilters, ORDERS, rankedAfter, selectRows, type ListQuery } from "./conversation-rows";
import { latestMatches, searchFilter } from "./conversation-search";
import { BadCursorError, decodeCursor, encodeCursor } from "./cursor";
import { channelUnreadFigures } from "./figures";
import { searchNearTop } from "./list-search";

/** Every channel with its unread conversations and messages (lib/db/queries/figures.ts). */
export async function listChannelSummaries(db: Db): Promise<ChannelSummary[]> {
  return channelUnreadFigures(db);
}

/** A page of conversations in the chosen order, with the inbox's view and filters; `agentId` is who "mine" means. */
export async function listConversations(db: Db, query: ListQuery, agentId: string | null = null): Promise<{ rows: ConversationRowView[]; nextCursor: string | null }> {
  const sort = query.sort ?? "activity";
  const order = ORDERS[sort];
  const filters = listFilters(query, agentId);
  if (query.cursor) {
    const position = decodeCursor(query.cursor);
    if (!position) throw new BadCursorError();
    filters.push(rankedAfter(order, position));
  }
  const wanted = query.limit + 1;
  const near = query.q ? await searchNearTop(db, filters, order, query.q, wanted) : undefined;
  const records = near?.records ?? (await selectRows(db, query.q ? [...filters, searchFilter(query.q)] : filters, order, wanted));
  const page = records.slice(0, query.limit);
  const last = page[page.length - 1];
  const nextCursor = records.length > query.limit && last ? encodeCursor(keyOf[sort](last), last.id as number) : null;
  const rows = page.map(toRow);
  if (query.q) {
    const matches = near?.matches ?? (await latestMatches(db, rows.map((row) => row.id), query.q));
    for (const row of rows) row.match = matches.get(row.id) ?? null;
  }
  return { rows, nextCursor };
}

/** Open conversations in each view, for the tabs: everyone's, nobody's, and `agentId`'s. */
export async function countOpenByView(db: Db, agentId: string): Promise<{ mine: number; unassigned: number; all: number }> {
  const result = await db.execute(sql`
    select count(*)::int as all,
      count(*) filter (where assignee_id is null)::int as unassigned,
      count(*) filter (where assignee_id = ${agentId}::uuid)::int as mine
    from conversations where status = 'open'`);
  const row = (result as unknown as { rows: { all: number; unassigned: number; mine: number }[] }).rows[0];
  return { mine: row?.mine ?? 0, unassigned: row?.unassigned ?? 0, all: row?.all ?? 0 };
}

export async function getConversation(db: Db, id: number): Promise<ConversationDetail | undefined> {
  const [row] = await selectRows(db, [eq(conversations.id, id)], ORDERS.activity, 1);
  if (!row) return undefined;
  return { ...toRow(row), lastSeenAt: row.lastSeenAt?.toISOString() ?? null, version: row.version ?? 1 };
}

/** The conversations of `ids` that exist, with their assignee. */
export async function existingConversations(db: Db, ids: number[]): Promise<{ id: number; assigneeId: string | null }[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: conversations.id, assigneeId: conversations.assigneeId })
    .from(conversations)
    .where(inArray(conversations.id, ids));
}
