import type { WaitState } from "@/lib/contract/queues";

export { defaultThresholdSeconds, setChannelThreshold, setDefaultThreshold } from "@/lib/db/queries/thresholds";
export type { WaitState } from "@/lib/contract/queues";

/** Near from 80% of the threshold; past beyond it. Nobody waiting is within. */
export function waitState(waitingSince: Date | null, thresholdSeconds: number, now: Date): WaitState {
  if (!waitingSince) return "within";
  const waited = (now.getTime() - waitingSince.getTime()) / 1000;
  if (waited > thresholdSeconds) return "past";
  if (waited >= 0.8 * thresholdSeconds) return "near";
  return "within";
}
