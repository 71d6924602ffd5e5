import { describe, expect, it } from "vitest";
import { nextPassAt } from "@/lib/sync/engine";

const t0 = new Date("2026-05-01T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("the sync's cadence", () => {
  it("counts the interval from the start of a pass, so a short pass does not delay the next", () => {
    expect(nextPassAt(t0, at(800), 3_000)).toEqual(at(3_000));
  });

  it("rests a little after a pass longer than the interval instead of starting the next at once", () => {
    expect(nextPassAt(t0, at(4_000), 3_000)).toEqual(at(4_250));
  });

  it("never rests longer than the interval itself", () => {
    expect(nextPassAt(t0, at(500), 100)).toEqual(at(600));
  });
});
