import { WHATSAPP_WINDOW_MS, type ConversationRowView, type InboxSort } from "@/lib/contract/inbox";
import { isDelta, type InboxFull, type InboxPollAnswer } from "@/lib/contract/inbox-delta";
import { orderOf } from "./inbox-windows";

/*
 * A delta of the inbox poll merged into the first page the browser holds, so that the result
 * is the page a full answer would give: the same rows in the same order, the same `nextCursor`.
 * Pure: the poll's query function and the tests that compare with full answers share it.
 */

const EPOCH = "1970-01-01T00:00:00.000Z";
const FAR_FUTURE = "9999-12-31T00:00:00.000Z";

/** A row's time in the server's order for `sort` (lib/db/queries/conversations.ts, keyOf). */
function sortTime(row: ConversationRowView, sort: InboxSort): number {
  switch (sort) {
    case "activity":
      return Date.parse(row.lastMessage?.at ?? EPOCH);
    case "waiting":
      return Date.parse(row.waitingSince ?? FAR_FUTURE);
    case "newest":
      return Date.parse(row.startedAt ?? EPOCH);
    case "window":
      return row.windowEndsAt ? Date.parse(row.windowEndsAt) - WHATSAPP_WINDOW_MS : 0;
  }
}

/** The cursor the server gives for a page ending at `row`: base64url of "time.id" (lib/db/queries/cursor.ts). */
export function rowCursor(row: ConversationRowView, sort: InboxSort): string {
  return btoa(`${sortTime(row, sort)}.${row.id}`).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * The page after `answer`: a full answer as it is, a delta merged into `held` (the page of
 * `limit` rows held for the same question at the delta's `since`).
 */
export function applyInboxAnswer(held: InboxFull | undefined, answer: InboxPollAnswer, sort: InboxSort = "activity", limit: number): InboxFull {
  if (!isDelta(answer)) return answer;
  if (!held) throw new Error("A delta of the inbox came for a page this browser does not hold.");
  const order = orderOf(sort);
  const gone = new Set([...answer.removed, ...answer.conversations.map((row) => row.id)]);
  let rows = held.conversations.filter((row) => !gone.has(row.id)).concat(answer.conversations).sort(order);
  // Without a cursor the page held the whole view; with one, rows past it exist unless the refill ran out.
  let beyond = held.nextCursor !== null;
  if (held.nextCursor !== null && answer.following) {
    const present = new Set(rows.map((row) => row.id));
    rows = rows.concat(answer.following.conversations.filter((row) => !present.has(row.id)));
    beyond = answer.following.more;
  }
  const more = beyond || rows.length > limit;
  rows = rows.slice(0, limit);
  const last = rows[rows.length - 1];
  return {
    sync: answer.sync,
    totals: answer.totals ?? held.totals,
    views: answer.views ?? held.views,
    channels: answer.channels ?? held.channels,
    conversations: rows,
    nextCursor: more && last ? rowCursor(last, sort) : null,
    version: answer.version,
  };
}
