import type { InboxFull, InboxPollAnswer } from "@/lib/contract/inbox-delta";
import { FetchError } from "./fetch";
import { applyInboxAnswer } from "./inbox-delta";
import type { ListFilters } from "./keys";

/*
 * The polled first page of the list, asked by change: the page last received for a question is
 * kept with its ETag and version, and the next poll of that question sends both, so that the
 * server answers 304 (nothing changed), a delta (merged here) or, when it cannot patch, the
 * full page. What is kept is the server's page as merged, never the optimistic patches of the
 * cache: each answer replaces those with the server's truth, as a full answer would.
 */

const KEPT = 64;
const kept = new Map<string, { etag: string; page: InboxFull }>();

/** The poll of `question` (the URL of the full page) for a browser that holds `held`. */
export function pollUrl(question: string, held: InboxFull | undefined): string {
  if (!held) return question;
  if (!held.nextCursor) return `${question}&since=${held.version}`;
  const ids = held.conversations.map((row) => row.id).join(",");
  return `${question}&since=${held.version}&after=${held.nextCursor}${ids ? `&held=${ids}` : ""}`;
}

export async function pollInboxPage(question: string, filters: ListFilters, limit: number, signal?: AbortSignal): Promise<InboxFull> {
  const held = kept.get(question);
  // no-store: the browser's own cache must not turn our 304 into a 200 behind our back.
  const response = await fetch(pollUrl(question, held?.page), { headers: held ? { "If-None-Match": held.etag } : {}, cache: "no-store", signal });
  if (response.status === 304 && held) {
    // Reading the empty body ends the request; left unread, the browser counts it as aborted.
    await response.text();
    return held.page;
  }
  const body = (await response.json().catch(() => null)) as (InboxPollAnswer & { error?: string }) | null;
  if (!response.ok || !body) throw new FetchError(response.status, body?.error ?? `HTTP ${response.status}`);
  if (!("conversations" in body)) throw new FetchError(200, "The server sent an answer without conversations.");
  const page = applyInboxAnswer(held?.page, body, filters.sort, limit);
  kept.delete(question);
  const etag = response.headers.get("ETag");
  if (etag) kept.set(question, { etag, page });
  if (kept.size > KEPT) kept.delete(kept.keys().next().value as string);
  return page;
}
