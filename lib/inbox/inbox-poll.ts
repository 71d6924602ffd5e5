import "server-only";
import { inboxDeltaSchema, inboxFullSchema, type InboxDelta, type InboxPollAnswer, type InboxPollQuery } from "@/lib/contract/inbox-delta";
import type { InboxResponse, SyncStatusView } from "@/lib/contract/inbox";
import type { Db } from "@/lib/db/handle";
import { getDb } from "@/lib/db/instance";
import { listChangesSince } from "@/lib/db/queries/conversation-changes";
import { listConversations } from "@/lib/db/queries/conversations";
import { noteInboxRead } from "@/lib/db/queries/sync-state";
import { viewsOf } from "@/lib/db/queries/view-counts";
import { writeAtMostEvery } from "@/lib/db/write-throttle";
import { log } from "@/lib/log";
import { appSyncSettings, currentSyncStatus } from "@/lib/sync/instance";
import { AnswerCache, once } from "./answer-cache";
import { changedSince, searchFoundAmong } from "./change-sets";
import { keptFirstPage } from "./kept-list";
import { weakEtag } from "./etag";
import { notePolled, sharedAt, sharedKeptAt, type SharedAnswer } from "./shared-answer";

/*
 * The inbox poll. Each answer comes with an ETag naming the data it stands for (the mirror's
 * version, the sync state, the question, who asks), so that an unchanged poll is a 304 with
 * nothing computed. A poll that says which version it holds (`since`) gets only what changed
 * in its view since; a first poll, a page below the first, or a `since` too far behind gets
 * the full page.
 */

type PageAnswer = Pick<InboxResponse, "conversations" | "nextCursor">;

const pages = new AnswerCache<Promise<PageAnswer>>();
const readNoteDue = writeAtMostEvery(10_000);

export type Polled<T> = { etag: string; body?: T };

/** The question without what only says which answer the caller holds. */
function questionOf(search: string): string {
  const params = new URLSearchParams(search);
  params.delete("since");
  params.delete("after");
  params.delete("held");
  return params.toString();
}

export async function pollInbox(query: InboxPollQuery, search: string, ifNoneMatch: string | null, agentId: string): Promise<Polled<InboxPollAnswer>> {
  notePolled();
  const db = await getDb();
  const now = new Date();
  // That someone reads (the sync's pace follows it) is noted beside the answer, which does not
  // depend on it: a write would wait its turn in the database before the poll could answer.
  if (readNoteDue("inbox", now)) {
    noteInboxRead(db, now, appSyncSettings().idleAfterMs).catch((error: unknown) =>
      log.warn({ event: "inbox_read_note_failed", err: error }, "could not note that the inbox was read"),
    );
  }
  // The version first, the rows after: whatever changes in between is stamped with a later one.
  const { row, status: sync } = await currentSyncStatus(db, now);
  const { lastSuccessAt: _changesEverySync, ...syncShape } = sync;
  const version = row.mirrorVersion;
  const question = questionOf(search);
  const etag = weakEtag([version, syncShape, question, agentId]);
  if (ifNoneMatch === etag) return { etag };
  const { common, counts } = await sharedAt(db, version);
  const views = viewsOf(counts, agentId);
  const delta = await deltaAnswer(db, query, agentId, { version, sync, common, views });
  if (delta) return { etag, body: delta };
  const pageKey = `${version}|${query.view === "mine" ? agentId : ""}|${question}`;
  const page = await once(pages, pageKey, async () => {
    const { rows, nextCursor } = (await keptFirstPage(db, version, query, agentId)) ?? (await listConversations(db, query, agentId));
    return { conversations: rows, nextCursor };
  });
  return { etag, body: inboxFullSchema.parse({ ...common, ...page, views, sync, version }) };
}

interface Current {
  version: number;
  sync: SyncStatusView;
  common: SharedAnswer;
  views: InboxResponse["views"];
}

/**
 * What changed in the caller's view since its `since`, or undefined for a full answer: no
 * `since`, a page below the first, the "window" order (its rows leave as WhatsApp windows
 * close, which no write marks), a version this database never reached, or too many changes.
 */
async function deltaAnswer(db: Db, query: InboxPollQuery, agentId: string, current: Current): Promise<InboxDelta | undefined> {
  const since = query.since;
  if (since === undefined || query.cursor || query.sort === "window" || since > current.version) return undefined;
  const changed = await changedSince(db, since, current.version);
  if (!changed) return undefined;
  const found = query.q ? await searchFoundAmong(db, changed, query.q) : undefined;
  const changes = await listChangesSince(db, changed.records, { query, agentId, found, held: query.held && new Set(query.held) }, since, query.after);
  const { common: before, counts: countsBefore } = await sharedKeptAt(since);
  const same = (a: unknown, b: unknown) => a !== undefined && JSON.stringify(a) === JSON.stringify(b);
  return inboxDeltaSchema.parse({
    delta: true,
    version: current.version,
    since,
    sync: current.sync,
    conversations: changes.rows,
    removed: changes.removed,
    following: changes.following && { conversations: changes.following.rows, more: changes.following.more },
    channels: same(before?.channels, current.common.channels) ? undefined : current.common.channels,
    totals: same(before?.totals, current.common.totals) ? undefined : current.common.totals,
    views: countsBefore && same(viewsOf(countsBefore, agentId), current.views) ? undefined : current.views,
  });
}
