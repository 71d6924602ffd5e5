import { and, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";
import { channels, conversationRecentText, conversations } from "@/lib/db/schema";
import type { Order } from "./conversation-rows";
import { recordFrom, recordJson, recordsOf, sendCountsOf, type ConversationRecord, type RecordRow } from "./conversation-records";
import { foundBesideMessages, newestMatch, type LatestMatch } from "./conversation-search";

/*
 * The search asked of a view's first conversations one by one, in the view's order, until the
 * rows wanted are found (list-search.ts says when).
 */

/**
 * How many of a conversation's newest messages the walk reads: those its recent text holds
 * (`conversation_recent_text`, migration 0020). A conversation that holds more and matches in
 * none of them may match further back: the walk then leaves the look to the words' indexes
 * (searchAmong), so that it never reads long histories whole.
 */
export const WALK_MESSAGES = 50;

export interface NearTop {
  /** The conversations found, in the view's order. */
  found: number[];
  /** Whether the view goes on past the rows looked at (then a match may also be further down). */
  more: boolean;
  /** The newest matching message of each found, when the look read them. */
  matches?: Map<number, LatestMatch>;
  /** The rows of those found, in the same order, when the look was asked for them. */
  records?: ConversationRecord[];
}

type WalkedRow = { id: number; rn: number | string; unsure: boolean; match_id: number | null; match_text: string | null; match_at: string | Date | null } & Partial<RecordRow>;

/**
 * The first `wanted` of the view's first `rows` conversations that the search finds, each
 * conversation asked in the view's order until `wanted` are found: its recent text first (one
 * row, where its newest WALK_MESSAGES messages are as many rows), then its newest matching
 * message, read only when that text holds the words (a match across two of its lines is no
 * message's: the message decides), and the other ways. A common word is found within a few
 * dozen conversations, a word found nowhere pays the whole walk before the indexes (on the
 * embedded database, a page of 50 found within 325 conversations of 20 messages: 12 ms, where
 * reading their messages took 21). `more` counts only when fewer were found: the row after the
 * `rows` is then asked for as a marker. Undefined when a conversation on the way holds more
 * than the walk reads and none of those match (`unsure`). `withRecords`: the rows found come
 * with their columns, made for those rows only in the same statement (a statement of its own
 * cost the embedded database 6-7 ms more for a page of 50).
 */
export async function walkNearTop(
  db: Db,
  filters: SQL[],
  order: Order,
  q: string,
  rows: number,
  wanted: number,
  withRecords = false,
): Promise<NearTop | undefined> {
  const direction = sql.raw(order.descending ? "desc" : "asc");
  const inText = sql`strpos(d.text_folded, inbox_fold(${q})) > 0`;
  const unsure = sql`(d.more and lm.id is null)`;
  const walk = sql`
    select c.id, c.k, c.rn, ${unsure} as unsure, lm.id as match_id, lm.text as match_text, lm.at as match_at
    from (
      select ${conversations.id} as id, ${conversations.destination} as destination, ${order.key} as k,
        row_number() over (order by ${order.key} ${direction}, ${conversations.id} ${direction}) as rn
      from ${conversations} inner join ${channels} on ${channels.id} = ${conversations.channelId}
      ${filters.length > 0 ? sql`where ${and(...filters)}` : sql``}
      order by ${order.key} ${direction}, ${conversations.id} ${direction}
      limit ${rows + 1}
    ) c
    left join ${conversationRecentText} d on d.conversation_id = c.id
    left join lateral (${newestMatch(q, sql`c.id`, WALK_MESSAGES, inText)}) lm on true
    where c.rn > ${rows} or lm.id is not null or ${unsure} or ${foundBesideMessages(q, sql`c.id`, sql`c.destination`)}
    order by c.k ${direction}, c.id ${direction}
    limit ${wanted}`;
  const result = await db.execute(
    withRecords
      ? sql`
    select w.*, r.record, s.failed, s.unconfirmed from (${walk}) w
    left join lateral (select ${recordJson} as record from ${recordFrom} where ${conversations.id} = w.id) r on true
    ${sendCountsOf(sql`w.id`)}
    order by w.k ${direction}, w.id ${direction}`
      : walk,
  );
  const walked = (result as unknown as { rows: WalkedRow[] }).rows;
  const looked = walked.filter((row) => Number(row.rn) <= rows);
  if (looked.some((row) => row.unsure)) return undefined;
  const matches = new Map<number, LatestMatch>();
  for (const row of looked) {
    if (row.match_id !== null) matches.set(Number(row.id), { id: Number(row.match_id), text: row.match_text ?? "", at: new Date(row.match_at!).toISOString() });
  }
  // Every row found has its record: joined on the walk's own snapshot, through the same channel.
  const records = withRecords ? recordsOf(looked as RecordRow[]) : undefined;
  return { found: looked.map((row) => Number(row.id)), more: walked.length > looked.length, matches, records };
}
