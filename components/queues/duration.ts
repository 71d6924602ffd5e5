"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatDuration } from "@/lib/i18n/formats";
import { useCallback } from "react";

/*
 * Durations as people say them: "4 min 10 sec", "2 h 5 min", "3 days 4 hr", in the reader's
 * language (worded by lib/i18n/formats.ts). Waiting times tick every 15 s, so they drop the
 * seconds ("coarse"); a median response time keeps them.
 */

export interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

export function splitDuration(totalSeconds: number): DurationParts {
  const whole = Math.max(0, Math.floor(totalSeconds));
  return {
    days: Math.floor(whole / 86_400),
    hours: Math.floor((whole % 86_400) / 3_600),
    minutes: Math.floor((whole % 3_600) / 60),
    seconds: whole % 60,
  };
}

export type DurationKey = "underMinute" | "seconds" | "minutes" | "minutesSeconds" | "hoursMinutes" | "daysHours";

/** Which sentence of the catalog a duration reads as; the two largest units at most. */
export function durationKey(totalSeconds: number, coarse: boolean): DurationKey {
  const { days, hours, minutes, seconds } = splitDuration(totalSeconds);
  if (days > 0) return "daysHours";
  if (hours > 0) return "hoursMinutes";
  if (minutes === 0) return coarse ? "underMinute" : "seconds";
  return coarse || seconds === 0 ? "minutes" : "minutesSeconds";
}

/** Durations in the reader's language (lib/i18n/formats.ts); under a minute in the catalog's words. */
export function useDuration() {
  const t = useTranslations("queues.duration");
  const locale = useLocale();
  return useCallback(
    (totalSeconds: number, options: { coarse?: boolean } = {}) => formatDuration(locale, totalSeconds, options) ?? t("underMinute"),
    [t, locale],
  );
}

/** Seconds from an ISO time to `now`, never negative (the clock may lag the data by a tick). */
export function secondsSince(iso: string, now: number): number {
  return Math.max(0, (now - Date.parse(iso)) / 1000);
}
