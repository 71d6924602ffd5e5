/*
 * Afilnet does not document the format of `datetime`. Three forms are accepted: the
 * `yyyy-mm-dd hh:mm:ss` wall-clock form Afilnet uses for its inputs (read in a configured
 * IANA zone, since it carries none), ISO 8601 with a zone, and unix seconds.
 */

const wallClock = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?$/;
const isoWithZone = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const unixSeconds = /^-?\d+(?:\.\d+)?$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the runtime knows the IANA zone. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

const HOUR_MS = 3_600_000;
/** Offsets at the start of each hour asked about, by zone and hour: a list of chats repeats them. */
const hourOffsets = new Map<string, number>();
const KEPT_HOURS = 50_000;

function offsetAtHour(hour: number, timeZone: string): number {
  const key = `${timeZone}|${hour}`;
  let offset = hourOffsets.get(key);
  if (offset === undefined) {
    if (hourOffsets.size >= KEPT_HOURS) hourOffsets.clear();
    offset = exactOffsetMs(hour * HOUR_MS, timeZone);
    hourOffsets.set(key, offset);
  }
  return offset;
}

/**
 * The zone's offset from UTC, in milliseconds, at the instant `epochMs`. Asking the runtime
 * costs tens of microseconds, and a sync pass reads thousands of times: an hour whose start
 * and end have the same offset has it throughout (no zone changes twice within an hour), so
 * only an hour with a change is asked about the instant itself.
 */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const hour = Math.floor(epochMs / HOUR_MS);
  const start = offsetAtHour(hour, timeZone);
  return start === offsetAtHour(hour + 1, timeZone) ? start : exactOffsetMs(epochMs, timeZone);
}

function exactOffsetMs(epochMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  const wholeSeconds = epochMs - (((epochMs % 1000) + 1000) % 1000);
  return asUtc - wholeSeconds;
}

const DAY_MS = 86_400_000;

/**
 * The instant a wall-clock time names in a zone. Around a DST change a time may occur twice
 * (the earlier instant wins) or not at all (it is moved forward by the gap), as clocks and
 * Temporal's "compatible" rule do.
 */
export function zonedTimeToUtc(wallAsUtcMs: number, timeZone: string): number {
  if (timeZone === "UTC") return wallAsUtcMs;
  const before = zoneOffsetMs(wallAsUtcMs - DAY_MS, timeZone);
  const after = zoneOffsetMs(wallAsUtcMs + DAY_MS, timeZone);
  const candidates = [before, after]
    .map((offset) => wallAsUtcMs - offset)
    .filter((instant) => wallAsUtcMs - zoneOffsetMs(instant, timeZone) === instant);
  if (candidates.length > 0) return Math.min(...candidates);
  return wallAsUtcMs - before;
}

/** Parses any accepted form, or returns undefined for anything else. */
export function parseAfilnetDatetime(value: string | number, timeZone = "UTC"): Date | undefined {
  if (typeof value === "number") return fromSeconds(value);
  const text = value.trim();
  if (unixSeconds.test(text)) return fromSeconds(Number(text));
  const wall = wallClock.exec(text);
  if (wall) {
    const [year, month, day, hour, minute, second] = wall.slice(1, 7).map((p) => Number(p ?? 0)) as [
      number, number, number, number, number, number,
    ];
    const ms = Number((wall[7] ?? "0").padEnd(3, "0").slice(0, 3));
    const wallMs = Date.UTC(year, month - 1, day, hour, minute, second, ms);
    const check = new Date(wallMs);
    // Date.UTC rolls 2024-02-30 over into March; such a date is malformed, not March.
    if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
      return undefined;
    }
    return new Date(zonedTimeToUtc(wallMs, timeZone));
  }
  if (isoWithZone.test(text)) {
    const ms = Date.parse(text.replace(",", "."));
    return Number.isNaN(ms) ? undefined : new Date(ms);
  }
  return undefined;
}

function fromSeconds(seconds: number): Date | undefined {
  if (!Number.isFinite(seconds)) return undefined;
  return new Date(Math.round(seconds * 1000));
}
