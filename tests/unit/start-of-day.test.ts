import { describe, expect, it } from "vitest";
import { startOfDay } from "@/lib/queues/day";

describe("startOfDay", () => {
  it("is midnight in the viewer's zone", () => {
    expect(startOfDay(new Date("2026-06-10T15:30:00Z"), "UTC").toISOString()).toBe("2026-06-10T00:00:00.000Z");
    expect(startOfDay(new Date("2026-06-10T15:30:00Z"), "Europe/Madrid").toISOString()).toBe("2026-06-09T22:00:00.000Z");
    expect(startOfDay(new Date("2026-06-10T02:30:00Z"), "America/New_York").toISOString()).toBe("2026-06-09T04:00:00.000Z");
  });
  it("is right on the days the clocks change", () => {
    expect(startOfDay(new Date("2026-03-29T10:00:00Z"), "Europe/Madrid").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfDay(new Date("2026-10-25T20:00:00Z"), "Europe/Madrid").toISOString()).toBe("2026-10-24T22:00:00.000Z");
  });
});
