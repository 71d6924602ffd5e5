function wallClockSinceMidnightMs(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", hour: "2-digit", minute: "2-digit", second: "2-digit" }).formatToParts(at);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return ((get("hour") * 60 + get("minute")) * 60 + get("second")) * 1000 + at.getMilliseconds();
}

/** Midnight of `now`'s day in the viewer's time zone, correct on the days clocks change too. */
export function startOfDay(now: Date, timeZone: string): Date {
  const guess = new Date(now.getTime() - wallClockSinceMidnightMs(now, timeZone));
  const off = wallClockSinceMidnightMs(guess, timeZone);
  if (off === 0) return guess;
  const day = 24 * 60 * 60_000;
  return new Date(guess.getTime() - (off > day / 2 ? off - day : off));
}
