import { infiniteQueryOptions } from "@tanstack/react-query";
import type { ActivityResponse } from "@/lib/contract/activity";
import { FetchError, fetchJson } from "./fetch";
import { queueKeys } from "./keys";

function parseActivity(raw: unknown): ActivityResponse {
  if (typeof raw !== "object" || raw === null || !Array.isArray((raw as { rows?: unknown }).rows)) throw new FetchError(200, "The server sent an answer without rows.");
  return raw as ActivityResponse;
}

/** The activity record for the filters (a query string's fields), page after page as the supervisor asks. */
export const activityQuery = (filters: Record<string, string>) =>
  infiniteQueryOptions({
    queryKey: queueKeys.activity(filters),
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ ...filters, limit: "50" });
      if (pageParam) params.set("cursor", pageParam);
      return fetchJson(`/api/supervisor/activity?${params}`, parseActivity, signal);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    staleTime: 15_000,
  });

/** The address of the filtered record as CSV. */
export const activityCsvUrl = (filters: Record<string, string>) => `/api/supervisor/activity/csv?${new URLSearchParams(filters)}`;
