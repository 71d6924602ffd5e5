"use client";

import { useFormatter } from "next-intl";
import { useMemo } from "react";
import { createClock } from "@/components/shell/clock";

/*
 * One shared ticking "now" for the page: waiting times move on without a refetch. Every
 * component reads the same value, so durations on screen always agree with each other.
 */

/** Date.now(), refreshed every 15 s; 0 while rendering on the server. */
export const useNow = createClock(15_000);

/** Times in the supervisor's own zone (next-intl's configured zone is the server's). */
export function useLocalTime() {
  const format = useFormatter();
  return useMemo(() => {
    const timeZone = typeof window === "undefined" ? "UTC" : Intl.DateTimeFormat().resolvedOptions().timeZone;
    return {
      /** 12:03:15 PM */
      clock: (at: number | string) => format.dateTime(new Date(at), { timeStyle: "medium", timeZone }),
      /** Jun 12, 2025, 9:41 AM */
      full: (at: number | string) => format.dateTime(new Date(at), { dateStyle: "medium", timeStyle: "short", timeZone }),
      /** 09:41, for chart ticks */
      short: (at: number | string) => format.dateTime(new Date(at), { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }),
    };
  }, [format]);
}
