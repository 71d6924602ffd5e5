/*
 * The snooze presets, in the agent's time zone: an hour from now, tomorrow at 9:00, next
 * Monday at 9:00. Browser-safe; computed where the agent is.
 */

function wallClock(at: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    weekday: "short",
  }).formatToParts(at);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "";
  return {
    year: Number(get("year")),
    month: Number(get("month")),
    day: Number(get("day")),
    hour: Number(get("hour")),
    minute: Number(get("minute")),
    second: Number(get("second")),
    weekday: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(get("weekday")),
  };
}

/** The instant at which the wall clock of `timeZone` shows this date and time (the later one in a repeated hour). */
export function zonedInstant(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  let guess = asUtc;
  for (let i = 0; i < 3; i += 1) {
    const shown = wallClock(new Date(guess), timeZone);
    const shownUtc = Date.UTC(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute, shown.second);
    guess += asUtc - shownUtc;
  }
  return new Date(guess);
}

export interface SnoozePresets {
  hour: Date;
  tomorrow: Date;
  nextMonday: Date;
}

export function snoozePresets(now: Date, timeZone: string): SnoozePresets {
  const today = wallClock(now, timeZone);
  const at9 = (daysAhead: number) => {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + daysAhead));
    return zonedInstant(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), 9, 0, timeZone);
  };
  // Monday after today: 1 to 7 days ahead (a Monday's "next Monday" is a week away).
  const toMonday = ((8 - today.weekday) % 7) || 7;
  return { hour: new Date(now.getTime() + 60 * 60_000), tomorrow: at9(1), nextMonday: at9(toMonday) };
}
