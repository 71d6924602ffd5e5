import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import {
  queuesResponseSchema,
  trendResponseSchema,
  waitingResponseSchema,
  type QueuesResponse,
  type TrendResponse,
  type WaitingResponse,
} from "@/lib/contract/queues";
import { every, fetchJson, polled } from "./fetch";

/*
 * Query keys and fetchers of the supervisor's polled reads. Every key starts with "queues",
 * so a threshold change can refresh the whole family at once.
 */

/** The browser's own zone, so that "today" in the team figures is the supervisor's today. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

export type TrendRange = TrendResponse["range"];

export const queueKeys = {
  all: ["queues"] as const,
  overview: () => [...queueKeys.all, "overview"] as const,
  waiting: (channelId: number) => [...queueKeys.all, "waiting", channelId] as const,
  trend: (range: TrendRange) => [...queueKeys.all, "trend", range] as const,
};

export const queueQueries = {
  overview: () =>
    queryOptions<QueuesResponse>({
      queryKey: queueKeys.overview(),
      queryFn: ({ signal }) =>
        fetchJson(`/api/supervisor/queues?tz=${encodeURIComponent(browserTimeZone())}`, (raw) => queuesResponseSchema.parse(raw), signal),
      refetchInterval: every(5_000, 30_000),
      ...polled,
    }),
  waiting: (channelId: number) =>
    queryOptions<WaitingResponse>({
      queryKey: queueKeys.waiting(channelId),
      queryFn: ({ signal }) =>
        fetchJson(`/api/supervisor/queues/${channelId}/waiting`, (raw) => waitingResponseSchema.parse(raw), signal),
      refetchInterval: every(5_000, 30_000),
      ...polled,
    }),
  /** Samples come once a minute: polling faster would only fetch the same points again. */
  trend: (range: TrendRange) =>
    queryOptions<TrendResponse>({
      queryKey: queueKeys.trend(range),
      queryFn: ({ signal }) => fetchJson(`/api/supervisor/trend?range=${range}`, (raw) => trendResponseSchema.parse(raw), signal),
      refetchInterval: every(30_000, 120_000),
      // Switching ranges keeps the other range's lines on screen until the new ones arrive.
      placeholderData: keepPreviousData,
      ...polled,
    }),
};
