import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { MentionsResponse } from "@/lib/contract/notes";
import { FetchError, fetchJson } from "./fetch";
import { intervalOf, polled } from "./polling";

/*
 * The agent's mentions in private notes (`/api/mentions`): a small summary polled beside the
 * inbox (the tab's unread count, and the newest for alerts), and the Mentions view's pages.
 */

export const mentionKeys = {
  all: ["mentions"] as const,
  /** The unread count and the newest few: the tab's badge and the alerts. */
  summary: () => [...mentionKeys.all, "summary"] as const,
  /** The Mentions view's pages. */
  list: () => [...mentionKeys.all, "list"] as const,
};

/** As many of the newest as alerts need between two polls. */
const SUMMARY_SIZE = 10;
const PAGE_SIZE = 30;

function parseMentions(raw: unknown): MentionsResponse {
  if (typeof raw !== "object" || raw === null || !("mentions" in raw)) throw new FetchError(200, "The server sent an answer without mentions.");
  return raw as MentionsResponse;
}

export const mentionQueries = {
  summary: () =>
    queryOptions({
      queryKey: mentionKeys.summary(),
      queryFn: ({ signal }) => fetchJson(`/api/mentions?limit=${SUMMARY_SIZE}`, parseMentions, signal),
      refetchInterval: intervalOf("inbox"),
      ...polled,
    }),
  list: () =>
    infiniteQueryOptions({
      queryKey: mentionKeys.list(),
      queryFn: ({ pageParam, signal }) => fetchJson(`/api/mentions?limit=${PAGE_SIZE}${pageParam ? `&cursor=${pageParam}` : ""}`, parseMentions, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (page: MentionsResponse) => page.nextCursor,
      refetchInterval: intervalOf("inbox"),
      ...polled,
    }),
};
