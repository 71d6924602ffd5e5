"use client";

import { useFormatter, useLocale, useTimeZone, useTranslations } from "next-intl";
import { useMemo, useSyncExternalStore } from "react";
import { createClock } from "@/components/shell/clock";
import { dayKey, dayLabel, formatTime, relativeTime } from "@/lib/i18n/formats";

/*
 * Time for the inbox: one shared ticking "now" (relative times and waiting hints move without
 * a refetch), the tab's visibility, and formatters in the agent's language and time zone.
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

/** Times in the agent's language and chosen zone (lib/i18n/formats.ts; next-intl's configured zone). */
export function useLocalFormat() {
  const format = useFormatter();
  const locale = useLocale();
  const zone = useTimeZone() ?? "UTC";
  const t = useTranslations("inbox");
  return useMemo(() => {
    return {
      time: (iso: string) => formatTime(locale, zone, iso),
      dateTime: (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: zone }),
      /** A moment within the coming week by weekday and time ("Mon 9:00 AM", "lun 9:00"), a later one with its date. */
      when: (iso: string, at: number) => {
        const date = new Date(iso);
        const withinWeek = at > 0 && Math.abs(date.getTime() - at) < 6 * 86_400_000;
        const day = withinWeek ? ({ weekday: "short" } as const) : ({ day: "numeric", month: "short" } as const);
        return format.dateTime(date, { ...day, hour: "numeric", minute: "2-digit", timeZone: zone });
      },
      day: (iso: string) => format.dateTime(new Date(iso), { dateStyle: "full", timeZone: zone }),
      /** yyyy-mm-dd in the agent's zone, to group messages by day. */
      dayKey: (date: Date | string) => dayKey(zone, date),
      /** A day separator: "Today", "Hoy", "Wczoraj", else the full date. */
      dayLabel: (iso: string, at: number) => dayLabel(locale, zone, iso, at),
      // "now" ticks every 30 s, so a fresh time may lie ahead of it: that is "just now", never "in 5 s".
      relative: (iso: string, at: number) => relativeTime(locale, iso, at) ?? t("justNow"),
    };
  }, [format, locale, zone, t]);
}
