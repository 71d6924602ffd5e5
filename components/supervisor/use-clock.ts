"use client";

import { useFormatter } from "next-intl";
import { useMemo, useSyncExternalStore } from "react";

/*
 * One shared ticking "now" for the page: waiting times move on without a refetch. Every
 * component reads the same value, so durations on screen always agree with each other.
 */

const TICK_MS = 15_000;
let now = 0;
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function tick() {
  now = Date.now();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    // The clock may have stood still while nobody watched: start from the real time.
    now = Date.now();
    timer = setInterval(tick, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** Date.now(), refreshed every 15 s; 0 while rendering on the server. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, () => (now ||= Date.now()), () => 0);
}

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
