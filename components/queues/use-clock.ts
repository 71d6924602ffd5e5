"use client";

import { useFormatter, useTimeZone } from "next-intl";
import { useMemo } from "react";
import { createClock } from "@/components/shell/clock";

/*
 * One shared ticking "now" for the page: waiting times move on without a refetch. Every
 * component reads the same value, so durations on screen always agree with each other.
 */

/** Date.now(), refreshed every 15 s; 0 while rendering on the server. */
export const useNow = createClock(15_000);

/** Times in the supervisor's language and chosen zone (next-intl's configured one, from their preferences). */
export function useLocalTime() {
  const format = useFormatter();
  const timeZone = useTimeZone() ?? "UTC";
  return useMemo(() => {
    return {
      /** 12:03:15 PM, 12:03:15 */
      clock: (at: number | string) => format.dateTime(new Date(at), { timeStyle: "medium", timeZone }),
      /** Jun 12, 2025, 9:41 AM; 12 jun 2025, 9:41 */
      full: (at: number | string) => format.dateTime(new Date(at), { dateStyle: "medium", timeStyle: "short", timeZone }),
      /** 9:41 AM or 09:41 as the language keeps time, for chart ticks */
      short: (at: number | string) => format.dateTime(new Date(at), { hour: "2-digit", minute: "2-digit", timeZone }),
    };
  }, [format, timeZone]);
}
