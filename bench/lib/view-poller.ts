import type { InboxSort } from "../../lib/contract/inbox";
import { isDelta, type InboxFull, type InboxPollAnswer } from "../../lib/contract/inbox-delta";
import { applyInboxAnswer } from "../../lib/query/inbox-delta";
import { pollUrl } from "../../lib/query/inbox-poll";
import { pollInbox, type PollResult } from "./client";

/*
 * One browser's poll of one view, as lib/query/inbox-poll.ts makes it: the ETag and the
 * version of the page it holds (`since`, `after`), deltas merged into that page.
 */

export type AnswerKind = "full" | "delta" | "unchanged" | "failed";

const LIMIT = 50;

export function viewPoller(baseUrl: string, cookie: string, view: string) {
  const sort = (new URLSearchParams(view).get("sort") ?? "activity") as InboxSort;
  const question = `${view.startsWith("?") ? view : `?${view}`}&limit=${LIMIT}`;
  let etag: string | null = null;
  let page: InboxFull | undefined;
  return {
    get page() {
      return page;
    },
    async poll(): Promise<{ result: PollResult; kind: AnswerKind }> {
      const result = await pollInbox(baseUrl, cookie, etag, pollUrl(question, page));
      if (result.status === 304) return { result, kind: "unchanged" };
      if (result.status !== 200 || !result.body) return { result, kind: "failed" };
      const answer = JSON.parse(new TextDecoder().decode(result.body)) as InboxPollAnswer;
      page = applyInboxAnswer(page, answer, sort, LIMIT);
      etag = result.etag;
      return { result: { ...result, body: null }, kind: isDelta(answer) ? "delta" : "full" };
    },
  };
}
