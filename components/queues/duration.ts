"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";

/*
 * Durations as people say them: "4 min 10 s", "2 h 5 min", "3 d 4 h". Waiting times tick
 * every 15 s, so they drop the seconds ("coarse"); a median response time keeps them.
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

export function useDuration() {
  const t = useTranslations("queues.duration");
  return useCallback(
    (totalSeconds: number, options: { coarse?: boolean } = {}) =>
      t(durationKey(totalSeconds, options.coarse ?? false), { ...splitDuration(totalSeconds) }),
    [t],
  );
}

/** Seconds from an ISO time to `now`, never negative (the clock may lag the data by a tick). */
export function secondsSince(iso: string, now: number): number {
  return Math.max(0, (now - Date.parse(iso)) / 1000);
}
