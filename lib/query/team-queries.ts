import { queryOptions } from "@tanstack/react-query";
import type { Teammate } from "@/lib/contract/work";
import { FetchError, fetchJson } from "./fetch";
import { teamKeys } from "./keys";

export type { Teammate } from "@/lib/contract/work";

/** The route validates what it sends; the browser checks only that it is a list (no zod on the page). */
function parseTeammates(raw: unknown): Teammate[] {
  const teammates = (raw as { teammates?: unknown } | null)?.teammates;
  if (!Array.isArray(teammates)) throw new FetchError(200, "The server sent an answer without teammates.");
  return teammates as Teammate[];
}

export const teamQueries = {
  /** The active team with each one's availability, for "Assign to…"; asked again when a menu opens. */
  teammates: () =>
    queryOptions({
      queryKey: teamKeys.teammates(),
      queryFn: ({ signal }) => fetchJson("/api/teammates", parseTeammates, signal),
      staleTime: 15_000,
      retry: 1,
    }),
};
