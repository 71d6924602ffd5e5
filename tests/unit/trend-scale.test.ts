import { describe, expect, it } from "vitest";
import { carriesMarker, seriesStyle, timeDomain, timeTicks } from "@/components/queues/trend-scale";

const MINUTE = 60_000;
const now = Date.parse("2026-05-04T12:00:00Z");

describe("the trend's time axis", () => {
  it("starts at the first sample when the data is younger than the window", () => {
    expect(timeDomain(now - 25 * MINUTE, now, "1h")).toEqual([now - 25 * MINUTE, now]);
    expect(timeDomain(now - 5 * 60 * MINUTE, now, "24h")).toEqual([now - 5 * 60 * MINUTE, now]);
  });

  it("never reaches further back than the window", () => {
    expect(timeDomain(now - 3 * 60 * MINUTE, now, "1h")).toEqual([now - 60 * MINUTE, now]);
  });

  it("spans at least a little, so that a lone sample reads as a line", () => {
    expect(timeDomain(now - 30_000, now, "1h")).toEqual([now - 2 * MINUTE, now]);
    expect(timeDomain(now - 30_000, now, "24h")).toEqual([now - 30 * MINUTE, now]);
    expect(timeDomain(undefined, now, "1h")).toEqual([now - 60 * MINUTE, now]);
  });

  it("puts at most seven ticks on round times", () => {
    const hour = timeTicks([now - 60 * MINUTE, now], 0);
    expect(hour).toEqual([0, 10, 20, 30, 40, 50, 60].map((m) => now - 60 * MINUTE + m * MINUTE));
    expect(timeTicks([now - 2 * MINUTE, now], 0)).toEqual([now - 2 * MINUTE, now - MINUTE, now]);
    const young = timeTicks([now - 13 * MINUTE, now], 0);
    expect(young.length).toBeLessThanOrEqual(7);
    expect(young.every((at) => at % (2 * MINUTE) === 0)).toBe(true);
    const day = timeTicks([now - 24 * 60 * MINUTE, now], 120);
    expect(day.length).toBeLessThanOrEqual(7);
    // On round local hours, two hours east of UTC here.
    expect(day.every((at) => (at + 120 * MINUTE) % (60 * MINUTE) === 0)).toBe(true);
  });
});

describe("the look of each line", () => {
  it("no two of the first twenty lines share colour, dash and marker alike", () => {
    const looks = Array.from({ length: 20 }, (_, i) => JSON.stringify(seriesStyle(i)));
    expect(new Set(looks).size).toBe(20);
  });

  it("neighbouring lines differ in every way", () => {
    for (let i = 0; i < 8; i++) {
      const [a, b] = [seriesStyle(i), seriesStyle(i + 1)];
      expect(a.color).not.toBe(b.color);
      expect(a.dash).not.toBe(b.dash);
      expect(a.marker).not.toBe(b.marker);
    }
  });

  it("marks every sample while there are few, and about eight per line after", () => {
    expect(Array.from({ length: 12 }, (_, i) => carriesMarker(i, 12, 3)).every(Boolean)).toBe(true);
    const marked = Array.from({ length: 60 }, (_, i) => carriesMarker(i, 60, 0)).filter(Boolean).length;
    expect(marked).toBeGreaterThanOrEqual(7);
    expect(marked).toBeLessThanOrEqual(9);
  });
});
