"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useMemo, useSyncExternalStore } from "react";
import { createClock } from "@/components/shell/clock";

/*
 * Time for the inbox: one shared ticking "now" (relative times and waiting hints move without
 * a refetch), the tab's visibility, and formatters in the agent's own time zone.
 */

/** Date.now(), refreshed every 30 s; 0 while rendering on the server. */
export const useNow = createClock(30_000);

function subscribeVisibility(listener: () => void) {
  document.addEventListener("visibilitychange", listener);
  return () => document.removeEventListener("visibilitychange", listener);
}

export function useTabVisible(): boolean {
  return useSyncExternalStore(subscribeVisibility, () => document.visibilityState === "visible", () => true);
}

const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function useLocalFormat() {
  const format = useFormatter();
  const t = useTranslations("inbox");
  return useMemo(() => {
    const zone = typeof window === "undefined" ? "UTC" : timeZone();
    const dayKey = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
    return {
      time: (iso: string) => format.dateTime(new Date(iso), { timeStyle: "short", timeZone: zone }),
      dateTime: (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: zone }),
      /** A moment within the coming week by weekday and time ("Mon 9:00 AM"), a later one with its date. */
      when: (iso: string, at: number) => {
        const date = new Date(iso);
        const withinWeek = at > 0 && Math.abs(date.getTime() - at) < 6 * 86_400_000;
        const day = withinWeek ? ({ weekday: "short" } as const) : ({ day: "numeric", month: "short" } as const);
        return format.dateTime(date, { ...day, hour: "numeric", minute: "2-digit", timeZone: zone });
      },
      day: (iso: string) => format.dateTime(new Date(iso), { dateStyle: "full", timeZone: zone }),
      /** yyyy-mm-dd in the agent's zone, to group messages by day. */
      dayKey: (date: Date | string) => dayKey.format(new Date(date)),
      // "now" ticks every 30 s, so a fresh time may lie ahead of it: that is "just now", never "in 5 s".
      relative: (iso: string, at: number) =>
        at - new Date(iso).getTime() < 60_000 ? t("justNow") : format.relativeTime(new Date(iso), { now: at, style: "narrow" }),
    };
  }, [format, t]);
}
