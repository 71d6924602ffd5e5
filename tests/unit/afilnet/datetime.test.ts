import { describe, expect, it } from "vitest";
import { isValidTimeZone, parseAfilnetDatetime, zoneOffsetMs } from "@/lib/afilnet/datetime";

const iso = (value: string | number, zone?: string) => parseAfilnetDatetime(value, zone)?.toISOString();

describe("parseAfilnetDatetime", () => {
  it("reads yyyy-mm-dd hh:mm:ss as UTC by default", () => {
    expect(iso("2024-05-01 10:20:30")).toBe("2024-05-01T10:20:30.000Z");
    expect(iso("2024-05-01T10:20")).toBe("2024-05-01T10:20:00.000Z");
  });

  it("reads Europe/Madrid wall-clock time in summer (+02:00) and winter (+01:00)", () => {
    expect(iso("2024-07-15 12:00:00", "Europe/Madrid")).toBe("2024-07-15T10:00:00.000Z");
    expect(iso("2024-01-15 12:00:00", "Europe/Madrid")).toBe("2024-01-15T11:00:00.000Z");
  });

  it("handles the days the clocks change", () => {
    // 2024-03-31: 02:00 jumps to 03:00; a time in the gap moves forward by the gap.
    expect(iso("2024-03-31 01:59:59", "Europe/Madrid")).toBe("2024-03-31T00:59:59.000Z");
    expect(iso("2024-03-31 02:30:00", "Europe/Madrid")).toBe("2024-03-31T01:30:00.000Z");
    expect(iso("2024-03-31 03:00:00", "Europe/Madrid")).toBe("2024-03-31T01:00:00.000Z");
    // 2024-10-27: 03:00 falls back to 02:00; the repeated hour takes its first (summer) instant.
    expect(iso("2024-10-27 02:30:00", "Europe/Madrid")).toBe("2024-10-27T00:30:00.000Z");
    expect(iso("2024-10-27 03:00:00", "Europe/Madrid")).toBe("2024-10-27T02:00:00.000Z");
  });

  it("works for zones on the other side of UTC and off the hour", () => {
    expect(iso("2024-07-01 12:00:00", "America/New_York")).toBe("2024-07-01T16:00:00.000Z");
    expect(iso("2024-01-01 12:00:00", "Asia/Kolkata")).toBe("2024-01-01T06:30:00.000Z");
  });

  it("reads ISO 8601 with a zone, whatever the configured zone", () => {
    expect(iso("2024-05-01T10:20:30Z", "Europe/Madrid")).toBe("2024-05-01T10:20:30.000Z");
    expect(iso("2024-05-01T12:20:30.250+02:00")).toBe("2024-05-01T10:20:30.250Z");
    expect(iso("2024-05-01T12:20:30+0200")).toBe("2024-05-01T10:20:30.000Z");
  });

  it("reads unix seconds as a number or a numeric string", () => {
    expect(iso(1714558830)).toBe("2024-05-01T10:20:30.000Z");
    expect(iso("1714558830")).toBe("2024-05-01T10:20:30.000Z");
    expect(iso(" 1714558830 ")).toBe("2024-05-01T10:20:30.000Z");
  });

  it("refuses anything else", () => {
    for (const bad of ["", "yesterday", "2024-02-30 10:00:00", "2024-05-01 25:00:00", "01/05/2024", Number.NaN]) {
      expect(parseAfilnetDatetime(bad), String(bad)).toBeUndefined();
    }
  });
});

describe("zones", () => {
  it("knows IANA zones and refuses made-up ones", () => {
    expect(isValidTimeZone("Europe/Madrid")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });

  it("gives the offset at an instant", () => {
    expect(zoneOffsetMs(Date.UTC(2024, 6, 1), "Europe/Madrid")).toBe(2 * 3_600_000);
    expect(zoneOffsetMs(Date.UTC(2024, 0, 1), "Europe/Madrid")).toBe(3_600_000);
  });

  it("gives the runtime's offset at every instant of a year, the minutes around each change included", () => {
    // The offsets are kept per hour: compared here with the runtime asked afresh.
    const formats = new Map<string, Intl.DateTimeFormat>();
    const format = (timeZone: string) =>
      formats.get(timeZone) ??
      formats
        .set(timeZone, new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" }))
        .get(timeZone)!;
    const exact = (at: number, timeZone: string) => {
      const parts = Object.fromEntries(
        format(timeZone)
          .formatToParts(new Date(at))
          .map((part) => [part.type, Number(part.value)]),
      );
      return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) - (at - (at % 1000));
    };
    const zones = ["Europe/Madrid", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "America/St_Johns", "Pacific/Chatham"];
    for (const zone of zones) {
      let previous = exact(Date.UTC(2024, 0, 1), zone);
      for (let at = Date.UTC(2024, 0, 1); at < Date.UTC(2025, 0, 1); at += 47 * 60_000) {
        const offset = exact(at, zone);
        if (zoneOffsetMs(at, zone) !== offset) expect(zoneOffsetMs(at, zone), `${zone} at ${new Date(at).toISOString()}`).toBe(offset);
        if (offset === previous) continue;
        // A change since the last sample: every minute of the two hours before it.
        for (let minute = at - 2 * 3_600_000 + 17_000; minute < at; minute += 60_000) expect(zoneOffsetMs(minute, zone), `${zone} at ${new Date(minute).toISOString()}`).toBe(exact(minute, zone));
        previous = offset;
      }
    }
  });
});
