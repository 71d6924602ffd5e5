"use client";

import { useSyncExternalStore } from "react";

/**
 * A shared ticking "now" for a screen: times and durations move on without a refetch, and
 * every component reads the same value, so what is on screen always agrees with itself.
 * Returns a hook giving Date.now(), refreshed every `tickMs`; 0 while rendering on the server.
 */
export function createClock(tickMs: number): () => number {
  let now = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  const listeners = new Set<() => void>();

  function subscribe(listener: () => void) {
    listeners.add(listener);
    if (!timer) {
      // The clock may have stood still while nobody watched: start from the real time.
      now = Date.now();
      timer = setInterval(() => {
        now = Date.now();
        for (const notify of listeners) notify();
      }, tickMs);
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && timer) {
        clearInterval(timer);
        timer = undefined;
      }
    };
  }

  return function useNow(): number {
    return useSyncExternalStore(subscribe, () => (now ||= Date.now()), () => 0);
  };
}
