import "server-only";
import { inboxQuerySchema, messagesQuerySchema } from "@/lib/contract/inbox";
import type { Db } from "@/lib/db/handle";
import { listChannelSummaries, listConversations } from "@/lib/db/queries/conversations";
import { countConversationsWithSendTrouble } from "@/lib/db/queries/outbox";
import { readSyncState } from "@/lib/db/queries/sync-state";
import { rehearseChatWrites } from "@/lib/db/queries/write-rehearsal";
import { countOpenByAssignee } from "@/lib/db/queries/view-counts";
import { onSyncStateWritten } from "@/lib/db/write-signal";
import { log } from "@/lib/log";
import { threadPage } from "./thread";

/*
 * After a restart, the embedded database answers each kind of question slowly the first time
 * it is asked, whatever the data: on a mirror of 10,000 conversations a view's first page took
 * 30-200 ms where it takes 10-40 once a question of the same kind was asked, even of another
 * channel or word (reading the whole table first did not help: the cost is in the kind, not the
 * rows). Fifty agents whose inboxes reconnect at once paid that in their first answers (p95
 * about 500 ms). So the server asks each kind twice before they do, about a second in the
 * background: at start, and again when the first import has filled an empty mirror. The same
 * holds for writes: the sync's first store of a chat is rehearsed and rolled back.
 */

/** Warms the inbox's questions now, and once more when this database's first import ends. */
export async function keepInboxWarm(db: Db): Promise<void> {
  let importEnded = false;
  const unsubscribe = onSyncStateWritten((row) => {
    if (!row?.firstImportDone || importEnded) return;
    importEnded = true;
    unsubscribe();
    void warmLogged(db, "first_import");
  });
  // Subscribed before reading: an import that ends meanwhile is not missed.
  const state = await readSyncState(db).catch(() => undefined);
  if (state?.firstImportDone !== false && !importEnded) {
    importEnded = true;
    unsubscribe();
  }
  await warmLogged(db, "start");
}

async function warmLogged(db: Db, after: "start" | "first_import"): Promise<void> {
  const started = performance.now();
  try {
    await warmInbox(db);
    log.info({ event: "inbox_warmed", after, ms: Math.round(performance.now() - started) }, "asked each kind of the inbox's questions");
  } catch (error) {
    log.warn({ event: "inbox_warm_up_failed", after, err: error }, "could not warm the inbox's questions up");
  }
}

/** The kinds of question the inbox asks: views, filters, orders and a search (the walk's path). */
const SHAPES = ["", "status=all", "unread=1", "view=mine", "view=unassigned", "sort=waiting", "q=hola", "q=%2B34600"];
/** Any agent: "mine" takes the same path for everyone. */
const SOMEONE = "00000000-0000-0000-0000-000000000000";

export async function warmInbox(db: Db): Promise<void> {
  for (const round of [1, 2]) {
    const channels = await listChannelSummaries(db);
    await countOpenByAssignee(db);
    await countConversationsWithSendTrouble(db);
    const channel = channels[round % Math.max(1, channels.length)]?.id;
    const questions = [...SHAPES, ...(channel === undefined ? [] : [`channel=${channel}`, `channel=${channel}&unread=1`])];
    for (const question of questions) {
      const query = inboxQuerySchema.parse({ ...Object.fromEntries(new URLSearchParams(question)), limit: "50" });
      const page = await listConversations(db, query, SOMEONE);
      const first = page.rows[0];
      if (question === "" && first) await threadPage(db, first.id, messagesQuerySchema.parse({}));
    }
  }
  await rehearseChatWrites(db);
}
