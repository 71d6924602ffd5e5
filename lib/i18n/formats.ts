/*
 * Dates, times, durations and day separators in the agent's language and time zone, through
 * Intl alone: each language's own words, plurals and 12- or 24-hour clock, with no hand-made
 * "min ago". Pure and browser-safe; components reach them through their hooks.
 */

type When = Date | string | number;
const toDate = (at: When) => (at instanceof Date ? at : new Date(at));

/** 9:41 AM in English, 09:41 or 9:41 in languages that use a 24-hour clock. */
export function formatTime(locale: string, timeZone: string, at: When): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone }).format(toDate(at));
}

/** yyyy-mm-dd of a moment in a zone: messages of one day share it. */
export function dayKey(timeZone: string, at: When): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(toDate(at));
}

function capitalise(locale: string, text: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** A day separator: "Today", "Yesterday", else the full date ("Sunday, March 1, 2026"; "domingo, 1 de marzo de 2026"). */
export function dayLabel(locale: string, timeZone: string, at: When, now: number): string {
  const key = dayKey(timeZone, at);
  const words = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  if (key === dayKey(timeZone, now)) return capitalise(locale, words.format(0, "day"));
  // Noon, a day back: never two calendar days away, whatever the summer-time change did.
  const yesterday = Date.parse(`${dayKey(timeZone, now)}T12:00:00Z`) - 86_400_000;
  if (key === dayKey("UTC", yesterday)) return capitalise(locale, words.format(-1, "day"));
  return new Intl.DateTimeFormat(locale, { dateStyle: "full", timeZone }).format(toDate(at));
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["minute", 60],
  ["hour", 3_600],
  ["day", 86_400],
  ["week", 604_800],
];

/**
 * "5 min ago", "hace 5 min", "5 min temu"; null under a minute, which the caller words as
 * "just now" (a time a tick ahead of the clock is "just now" too, never "in 5 s").
 */
export function relativeTime(locale: string, at: When, now: number): string | null {
  const seconds = (toDate(at).getTime() - now) / 1000;
  if (seconds > -60) return null;
  const words = new Intl.RelativeTimeFormat(locale, { style: "short", numeric: "auto" });
  let chosen = RELATIVE_STEPS[0]!;
  for (const step of RELATIVE_STEPS) if (-seconds >= step[1]) chosen = step;
  return words.format(Math.trunc(seconds / chosen[1]), chosen[0]);
}

export interface DurationOptions {
  /** Drop the seconds (waiting times, which tick every 15 s); null under a minute then. */
  coarse?: boolean;
  /** "5 min" (short, the default), "5 minut" (long: Polish then agrees with the count). */
  unitDisplay?: "short" | "long" | "narrow";
}

/**
 * A duration by its two largest units as the language says it: "2 hr 5 min", "2 h 5 min",
 * "2 godz. i 5 min", "3 days 4 hr". Null for a coarse duration under a minute, which the caller
 * words from the catalog ("under 1 min").
 */
export function formatDuration(locale: string, totalSeconds: number, options: DurationOptions = {}): string | null {
  const whole = Math.max(0, Math.floor(totalSeconds));
  const parts: [Intl.NumberFormatOptions["unit"], number][] = [
    ["day", Math.floor(whole / 86_400)],
    ["hour", Math.floor((whole % 86_400) / 3_600)],
    ["minute", Math.floor((whole % 3_600) / 60)],
    ["second", options.coarse ? 0 : whole % 60],
  ];
  const first = parts.findIndex(([, value]) => value > 0);
  if (first < 0) return options.coarse ? null : unit(locale, "second", 0, options);
  const shown = parts.slice(first, first + 2).filter(([, value], index) => index === 0 || value > 0);
  const list = new Intl.ListFormat(locale, { type: "unit", style: "narrow" });
  return list.format(shown.map(([name, value]) => unit(locale, name, value, options)));
}

function unit(locale: string, name: Intl.NumberFormatOptions["unit"], value: number, options: DurationOptions): string {
  return new Intl.NumberFormat(locale, { style: "unit", unit: name, unitDisplay: options.unitDisplay ?? "short" }).format(value);
}

/** A count as the language groups digits: 12,345 · 12.345 · 12 345. */
export function formatCount(locale: string, value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}
