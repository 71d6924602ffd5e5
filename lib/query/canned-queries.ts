import { queryOptions } from "@tanstack/react-query";
import type { CannedReply } from "@/lib/contract/canned";
import { FetchError, fetchJson } from "./fetch";
import { cannedKeys } from "./keys";

export type { CannedReply } from "@/lib/contract/canned";

/** The route validates what it sends; the browser checks only that it is a list (no zod on the page). */
function parseReplies(raw: unknown): CannedReply[] {
  const replies = (raw as { replies?: unknown } | null)?.replies;
  if (!Array.isArray(replies)) throw new FetchError(200, "The server sent an answer without canned replies.");
  return replies as CannedReply[];
}

export const cannedQueries = {
  /** Read when the composer or the page opens; changes on the page invalidate it. Not polled: they change seldom. */
  list: () =>
    queryOptions({
      queryKey: cannedKeys.all,
      queryFn: ({ signal }) => fetchJson("/api/canned-replies", parseReplies, signal),
      staleTime: 60_000,
      retry: 1,
    }),
};
