import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import {
  queuesResponseSchema,
  trendResponseSchema,
  waitingResponseSchema,
  type QueuesResponse,
  type TrendResponse,
  type WaitingResponse,
} from "@/lib/contract/queues";
import { fetchJson } from "./fetch";
import { queueKeys } from "./keys";
import { intervalOf, polled } from "./polling";

export { queueKeys } from "./keys";

/*
 * Fetchers of the supervisor's polled reads, with their keys from ./keys (every one starts
 * with "queues", so a threshold change can refresh the whole family at once).
 */

/** The browser's own zone, so that "today" in the team figures is the supervisor's today. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

export type TrendRange = TrendResponse["range"];

export const queueQueries = {
  /** `timeZone`: the supervisor's chosen zone, whose "today" the day's figures count. */
  overview: (timeZone: string = browserTimeZone()) =>
    queryOptions<QueuesResponse>({
      queryKey: queueKeys.overview(),
      queryFn: ({ signal }) =>
        fetchJson(`/api/supervisor/queues?tz=${encodeURIComponent(timeZone)}`, (raw) => queuesResponseSchema.parse(raw), signal),
      refetchInterval: intervalOf("queues"),
      ...polled,
    }),
  waiting: (channelId: number) =>
    queryOptions<WaitingResponse>({
      queryKey: queueKeys.waiting(channelId),
      queryFn: ({ signal }) =>
        fetchJson(`/api/supervisor/queues/${channelId}/waiting`, (raw) => waitingResponseSchema.parse(raw), signal),
      refetchInterval: intervalOf("queues"),
      ...polled,
    }),
  agentWaiting: (agentId: string) =>
    queryOptions<WaitingResponse>({
      queryKey: queueKeys.agentWaiting(agentId),
      queryFn: ({ signal }) =>
        fetchJson(`/api/supervisor/agents/${encodeURIComponent(agentId)}/waiting`, (raw) => waitingResponseSchema.parse(raw), signal),
      refetchInterval: intervalOf("queues"),
      ...polled,
    }),
  trend: (range: TrendRange) =>
    queryOptions<TrendResponse>({
      queryKey: queueKeys.trend(range),
      queryFn: ({ signal }) => fetchJson(`/api/supervisor/trend?range=${range}`, (raw) => trendResponseSchema.parse(raw), signal),
      refetchInterval: intervalOf("trend"),
      // Switching ranges keeps the other range's lines on screen until the new ones arrive.
      placeholderData: keepPreviousData,
      ...polled,
    }),
};
