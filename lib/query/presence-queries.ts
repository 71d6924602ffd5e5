import { queryOptions } from "@tanstack/react-query";
import type { PresenceBeat, PresenceResponse } from "@/lib/contract/presence";
import { FetchError } from "./fetch";
import { presenceKeys } from "./keys";
import { intervalOf } from "./polling";

async function beat(body: PresenceBeat, signal: AbortSignal): Promise<PresenceResponse> {
  const response = await fetch("/api/presence", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), signal });
  if (!response.ok) throw new FetchError(response.status, `HTTP ${response.status}`);
  return (await response.json()) as PresenceResponse;
}

/**
 * The presence heartbeat: this tab's open conversation (and whether a reply is being typed),
 * and the conversation it left when it changed; the answer is who else is where.
 */
export const presenceQuery = (viewing: number | null, typing: boolean, left: number | null) =>
  queryOptions({
    queryKey: presenceKeys.beat(viewing, typing),
    queryFn: ({ signal }) => beat({ viewing, typing, left }, signal),
    refetchInterval: intervalOf("presence"),
    refetchIntervalInBackground: true,
    retry: 0,
    // Who is there is only worth showing while it is fresh.
    gcTime: 0,
  });
