import "server-only";
import type { InboxResponse } from "@/lib/contract/inbox";
import type { Db } from "@/lib/db/handle";
import { getDb } from "@/lib/db/instance";
import { listChannelSummaries } from "@/lib/db/queries/conversations";
import { countConversationsWithSendTrouble } from "@/lib/db/queries/outbox";
import { countOpenByAssignee, type OpenByAssignee } from "@/lib/db/queries/view-counts";
import { onSyncStateWritten } from "@/lib/db/write-signal";
import { log } from "@/lib/log";
import { AnswerCache, once } from "./answer-cache";
import { prepareChanges } from "./change-sets";

/*
 * What every view's poll shares at one mirror version: the channel counts and totals, the open
 * conversations per assignee (the views' counts), and the changes of the last versions
 * (change-sets.ts). Computed once per version for every poller, and begun as soon as this
 * process's sync publishes the version while someone polls: the first poll at each version
 * then waits for what is left of it at most, rather than doing it all inside its own answer.
 * With about a version a second and many agents, that first poll made most of the slowest deltas.
 */

/** What every view shares at one mirror version: channel counts and totals. */
export type SharedAnswer = Pick<InboxResponse, "channels" | "totals">;

export interface SharedAt {
  common: SharedAnswer;
  counts: OpenByAssignee;
}

// Promises, so that pollers arriving together at a new version share one computation. Kept a
// few versions back, so that a delta can tell whether the counts moved since its `since`.
const shared = new AnswerCache<Promise<SharedAnswer>>(16);
const openCounts = new AnswerCache<Promise<OpenByAssignee>>(16);

/** How long after the last poll this process still prepares each version its sync publishes. */
const PREPARE_WHILE_POLLED_MS = 60_000;
const preparing = { subscribed: false, lastPollAt: Number.NEGATIVE_INFINITY };

/** The shared work of `version`, computed once (or joined while it runs). */
export async function sharedAt(db: Db, version: number): Promise<SharedAt> {
  const [common, counts] = await Promise.all([
    once(shared, String(version), () => sharedAnswer(db)),
    once(openCounts, String(version), () => countOpenByAssignee(db)),
  ]);
  return { common, counts };
}

/** The shared work of an earlier version, if it is still kept and was computed. */
export async function sharedKeptAt(version: number): Promise<Partial<SharedAt>> {
  const [common, counts] = await Promise.all([settled(shared.get(String(version))), settled(openCounts.get(String(version)))]);
  return { common, counts };
}

/** Whether the shared work of `version` has begun. */
function versionPrepared(version: number): boolean {
  return shared.get(String(version)) !== undefined;
}

/** Someone polls (an unchanged poll too): from now on, and for a while, each version published here is prepared. */
export function notePolled(): void {
  preparing.lastPollAt = performance.now();
  if (preparing.subscribed) return;
  preparing.subscribed = true;
  onSyncStateWritten((row) => {
    if (!row || performance.now() - preparing.lastPollAt > PREPARE_WHILE_POLLED_MS || versionPrepared(row.mirrorVersion)) return;
    prepareVersion(row.mirrorVersion).catch((error: unknown) =>
      log.warn({ event: "inbox_version_prepare_failed", err: error }, "could not prepare the inbox's shared answer for a new version"),
    );
  });
}

async function prepareVersion(version: number): Promise<void> {
  const db = await getDb();
  await Promise.all([sharedAt(db, version), prepareChanges(db, version)]);
}

async function settled<T>(answer: Promise<T> | undefined): Promise<T | undefined> {
  return answer ? answer.catch(() => undefined) : undefined;
}

async function sharedAnswer(db: Db): Promise<SharedAnswer> {
  const [channels, failedSendConversations] = await Promise.all([listChannelSummaries(db), countConversationsWithSendTrouble(db)]);
  const totals = {
    unreadConversations: channels.reduce((sum, channel) => sum + channel.unreadConversations, 0),
    unreadMessages: channels.reduce((sum, channel) => sum + channel.unreadMessages, 0),
    failedSendConversations,
  };
  return { channels, totals };
}
