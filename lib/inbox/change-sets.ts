import "server-only";
import type { Db } from "@/lib/db/handle";
import { listChangedConversations, type ChangedRecord } from "@/lib/db/queries/conversation-changes";
import { searchAmong } from "@/lib/db/queries/conversation-search";
import { AnswerCache, once } from "./answer-cache";

/*
 * What changed, read once for every view. Agents poll distinct views, each from the version
 * its page was built at, a few versions behind the current one; every such poll at a version
 * is served by one read of the conversations changed in the last SHARED_SPAN versions, from
 * which each view picks its own in memory (listChangesSince). A search is asked once per
 * version of those conversations, and of each conversation again only once it changed.
 */

/** How many versions back the shared read of changes reaches: the `since` of most polls. */
const SHARED_SPAN = 16;
const changeSets = new AnswerCache<Promise<ChangeSet | undefined>>(16);
const searches = new AnswerCache<Promise<Set<number>>>(64);
/** Whether a search finds a conversation as published at its `changedVersion`: that never changes. */
const verdicts = new AnswerCache<boolean>(20_000);

export interface ChangeSet {
  key: string;
  records: ChangedRecord[];
}

/**
 * The conversations changed since `since` (and possibly a little earlier), or undefined when
 * too many changed to patch. One read of the last SHARED_SPAN versions' changes serves every
 * poll at `version`; an older `since`, or too many changes in that span, reads its own.
 */
export async function changedSince(db: Db, since: number, version: number): Promise<ChangeSet | undefined> {
  const read = (from: number) =>
    once(changeSets, `${version}|${from}`, async () => {
      const records = await listChangedConversations(db, from);
      return records && { key: `${version}|${from}`, records };
    });
  const floor = Math.max(0, version - SHARED_SPAN);
  return (since >= floor ? await read(floor) : undefined) ?? read(since);
}

/** Reads the changes every poll at `version` shares (its last SHARED_SPAN versions') before anyone asks. */
export async function prepareChanges(db: Db, version: number): Promise<void> {
  await changedSince(db, Math.max(0, version - SHARED_SPAN), version);
}

/** The conversations of `changed` that the search `q` finds. */
export function searchFoundAmong(db: Db, changed: ChangeSet, q: string): Promise<Set<number>> {
  return once(searches, `${changed.key}|${q}`, async () => {
    // Every write to a conversation, its messages, notes or contact moves its changedVersion
    // (null until published): a verdict kept for one version holds until the next.
    const verdictKey = (record: ChangedRecord) => (record.changedVersion === null ? undefined : `${record.id}|${record.changedVersion}|${q}`);
    const unknown = changed.records.filter((record) => {
      const key = verdictKey(record);
      return key === undefined || verdicts.get(key) === undefined;
    });
    const asked = await searchAmong(db, unknown.map((record) => record.id as number), q);
    for (const record of unknown) {
      const key = verdictKey(record);
      if (key !== undefined) verdicts.set(key, asked.has(record.id as number));
    }
    const found = changed.records.filter((record) => asked.has(record.id as number) || verdicts.get(verdictKey(record) ?? "") === true);
    return new Set(found.map((record) => record.id as number));
  });
}
