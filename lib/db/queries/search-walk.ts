import { and, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";
import { channels, conversations } from "@/lib/db/schema";
import type { Order } from "./conversation-rows";
import { foundBesideMessages, holdsMoreThan, newestMatch, type LatestMatch } from "./conversation-search";

/*
 * The search asked of a view's first conversations one by one, in the view's order, until the
 * rows wanted are found (list-search.ts says when).
 */

/**
 * How many of a conversation's newest messages the walk reads. A conversation that holds more
 * and matches in none of them may match further back: the walk then leaves the look to the
 * words' indexes (searchAmong), so that it never reads long histories whole.
 */
export const WALK_MESSAGES = 50;

export interface NearTop {
  /** The conversations found, in the view's order. */
  found: number[];
  /** Whether the view goes on past the rows looked at (then a match may also be further down). */
  more: boolean;
  /** The newest matching message of each found, when the look read them. */
  matches?: Map<number, LatestMatch>;
}

type WalkedRow = { id: number; rn: number | string; unsure: boolean; match_id: number | null; match_text: string | null; match_at: string | Date | null };

/**
 * The first `wanted` of the view's first `rows` conversations that the search finds, each
 * conversation asked in the view's order (its newest WALK_MESSAGES messages newest first, then
 * the other ways) until `wanted` are found, with the newest matching message of each. A common
 * word is found within a few dozen conversations and a few hundred messages (about 10 ms for
 * a page of 50 on the embedded database, where asking the indexes for the first 400 and
 * reading the matches after took 20–30); a word found nowhere pays the whole walk before the
 * indexes (about 30 ms more for 400 conversations). `more` counts only when fewer were found: the row
 * after the `rows` is then asked for as a marker. Undefined when a conversation on the way
 * holds more than the walk reads and none of those match (`unsure`).
 */
export async function walkNearTop(db: Db, filters: SQL[], order: Order, q: string, rows: number, wanted: number): Promise<NearTop | undefined> {
  const direction = sql.raw(order.descending ? "desc" : "asc");
  const unsure = sql`(lm.id is null and ${holdsMoreThan(sql`c.id`, WALK_MESSAGES)})`;
  const result = await db.execute(sql`
    select c.id, c.rn, ${unsure} as unsure, lm.id as match_id, lm.text as match_text, lm.at as match_at
    from (
      select ${conversations.id} as id, ${conversations.destination} as destination, ${order.key} as k,
        row_number() over (order by ${order.key} ${direction}, ${conversations.id} ${direction}) as rn
      from ${conversations} inner join ${channels} on ${channels.id} = ${conversations.channelId}
      ${filters.length > 0 ? sql`where ${and(...filters)}` : sql``}
      order by ${order.key} ${direction}, ${conversations.id} ${direction}
      limit ${rows + 1}
    ) c
    left join lateral (${newestMatch(q, sql`c.id`, WALK_MESSAGES)}) lm on true
    where c.rn > ${rows} or lm.id is not null or ${unsure} or ${foundBesideMessages(q, sql`c.id`, sql`c.destination`)}
    order by c.k ${direction}, c.id ${direction}
    limit ${wanted}`);
  const walked = (result as unknown as { rows: WalkedRow[] }).rows;
  const looked = walked.filter((row) => Number(row.rn) <= rows);
  if (looked.some((row) => row.unsure)) return undefined;
  const matches = new Map<number, LatestMatch>();
  for (const row of looked) {
    if (row.match_id !== null) matches.set(Number(row.id), { id: Number(row.match_id), text: row.match_text ?? "", at: new Date(row.match_at!).toISOString() });
  }
  return { found: looked.map((row) => Number(row.id)), more: walked.length > looked.length, matches };
}
