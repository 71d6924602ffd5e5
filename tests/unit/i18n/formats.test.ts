import { describe, expect, it } from "vitest";
import { dayLabel, formatCount, formatDuration, formatTime, relativeTime } from "@/lib/i18n/formats";

// A Sunday afternoon in Madrid: 14:05 UTC is 15:05 there (winter time).
const AT = "2026-03-01T14:05:00Z";
const MADRID = "Europe/Madrid";
const now = Date.parse(AT);
// Some ICU versions put a narrow no-break space before AM/PM; the words are what matter.
const plain = (text: string | null) => text?.replace(/[\u202f\u00a0]/g, " ");

describe("clock times", () => {
  it("are 12-hour in English and 24-hour in Spanish, Portuguese and Polish", () => {
    expect(plain(formatTime("en", MADRID, AT))).toBe("3:05 PM");
    expect(formatTime("es", MADRID, AT)).toBe("15:05");
    expect(formatTime("pt", MADRID, AT)).toBe("15:05");
    expect(formatTime("pl", MADRID, AT)).toBe("15:05");
  });

  it("follow the agent's zone, not the machine's", () => {
    expect(formatTime("es", "America/Sao_Paulo", AT)).toBe("11:05");
    expect(formatTime("pl", "Asia/Tokyo", AT)).toBe("23:05");
  });
});

describe("relative times", () => {
  const fiveMinutesLater = now + 5 * 60_000;

  it("read as each language says them", () => {
    expect(plain(relativeTime("en", AT, fiveMinutesLater))).toMatch(/^5 min\.? ago$/);
    expect(plain(relativeTime("es", AT, fiveMinutesLater))).toBe("hace 5 min");
    expect(plain(relativeTime("pt", AT, fiveMinutesLater))).toMatch(/^há 5 min\.?$/);
    expect(plain(relativeTime("pl", AT, fiveMinutesLater))).toBe("5 min temu");
  });

  it("take the largest whole unit", () => {
    expect(plain(relativeTime("es", AT, now + 3 * 3_600_000 + 20 * 60_000))).toBe("hace 3 h");
    expect(plain(relativeTime("en", AT, now + 86_400_000))).toBe("yesterday");
    expect(plain(relativeTime("pl", AT, now + 3 * 86_400_000))).toBe("3 dni temu");
  });

  it("leave under a minute, and a time ahead of the clock, to the caller's 'just now'", () => {
    expect(relativeTime("en", AT, now + 59_000)).toBeNull();
    expect(relativeTime("en", AT, now - 30_000)).toBeNull();
  });
});

describe("durations", () => {
  it("keep the two largest units", () => {
    expect(plain(formatDuration("en", 2 * 3_600 + 5 * 60 + 9, { coarse: true }))).toBe("2 hr 5 min");
    expect(plain(formatDuration("es", 2 * 3_600 + 5 * 60))).toBe("2 h 5 min");
    expect(plain(formatDuration("pt", 3 * 86_400 + 4 * 3_600))).toBe("3 dias 4 h");
    expect(plain(formatDuration("en", 4 * 60 + 10))).toBe("4 min 10 sec");
    expect(plain(formatDuration("en", 5 * 60, { coarse: true }))).toBe("5 min");
  });

  it("leave under a minute to the caller when coarse, and never say 0 min", () => {
    expect(formatDuration("pl", 59, { coarse: true })).toBeNull();
    expect(plain(formatDuration("en", 0))).toBe("0 sec");
  });

  it("agree with the count in Polish: one, few and many", () => {
    const minutes = [1, 2, 5, 22, 112].map((n) => plain(formatDuration("pl", n * 60, { coarse: true, unitDisplay: "long" })));
    expect(minutes).toEqual(["1 minuta", "2 minuty", "5 minut", "22 minuty", "1 godzina i 52 minuty"]);
  });
});

describe("day separators", () => {
  it("say today and yesterday in each language", () => {
    expect([("en"), "es", "pt", "pl"].map((locale) => dayLabel(locale, MADRID, AT, now + 3_600_000))).toEqual(["Today", "Hoy", "Hoje", "Dzisiaj"]);
    expect(["en", "es", "pt", "pl"].map((locale) => dayLabel(locale, MADRID, AT, now + 86_400_000))).toEqual(["Yesterday", "Ayer", "Ontem", "Wczoraj"]);
  });

  it("give an older day in full", () => {
    const later = now + 5 * 86_400_000;
    expect(dayLabel("en", MADRID, AT, later)).toBe("Sunday, March 1, 2026");
    expect(dayLabel("es", MADRID, AT, later)).toBe("domingo, 1 de marzo de 2026");
    expect(dayLabel("pt", MADRID, AT, later)).toBe("domingo, 1 de março de 2026");
    expect(dayLabel("pl", MADRID, AT, later)).toBe("niedziela, 1 marca 2026");
  });

  it("count days in the agent's zone: 23:30 in Tokyo is already tomorrow there", () => {
    // 14:30 UTC is 23:30 in Tokyo; an hour later it is the next day there, still the same day in UTC.
    expect(dayLabel("en", "Asia/Tokyo", "2026-03-01T14:30:00Z", Date.parse("2026-03-01T15:30:00Z"))).toBe("Yesterday");
    expect(dayLabel("en", "UTC", "2026-03-01T14:30:00Z", Date.parse("2026-03-01T15:30:00Z"))).toBe("Today");
  });
});

describe("numbers", () => {
  it("group digits as each language does", () => {
    expect(formatCount("en", 12345)).toBe("12,345");
    expect(formatCount("es", 123456)).toBe("123.456");
    expect(plain(formatCount("pl", 123456))).toBe("123 456");
  });
});
