import type { Db } from "@/lib/db/handle";
import { loadAllSummaries, loadChangedSummaries, type ConversationSummary } from "@/lib/db/queries/summaries";

/**
 * The mirror's latest message per chat, kept between passes. Every pass compared each
 * channel's getchats with all of that channel's conversations read anew: 10,000 rows a pass,
 * in eight statements that waited in line behind the readers. Now the first pass of a process
 * reads them all, and each later one only the conversations changed since the version it last
 * read at (the stamps that answer the inbox's deltas), so a pass costs what changed.
 */
export class SummaryCache {
  private readonly byChannel = new Map<number, Map<string, ConversationSummary>>();
  private version: number | undefined;

  /** Brings the copy up to date; `version` is the mirror's version, read before this call. */
  async refresh(db: Db, version: number): Promise<void> {
    const rows = this.version === undefined ? await loadAllSummaries(db) : await loadChangedSummaries(db, this.version);
    for (const { channelId, destination, ...summary } of rows) this.channel(channelId).set(destination, summary);
    this.version = version;
  }

  channel(channelId: number): Map<string, ConversationSummary> {
    let summaries = this.byChannel.get(channelId);
    if (!summaries) {
      summaries = new Map();
      this.byChannel.set(channelId, summaries);
    }
    return summaries;
  }
}

// One per database (tests open several in a process); gone with it.
const caches = new WeakMap<Db, SummaryCache>();

export function summariesOf(db: Db): SummaryCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new SummaryCache();
    caches.set(db, cache);
  }
  return cache;
}
