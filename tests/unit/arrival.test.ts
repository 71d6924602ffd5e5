import { describe, expect, it } from "vitest";
import { arrivalOrder, inArrivalOrder } from "@/lib/db/arrival";

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("arrivalOrder", () => {
  it("gives every statement of one request that request's number, across awaits, and later requests higher ones", async () => {
    const seen = (who: string, log: Array<[string, number]>) =>
      inArrivalOrder(async () => {
        log.push([who, arrivalOrder()]);
        await tick();
        log.push([who, arrivalOrder()]);
      });
    const log: Array<[string, number]> = [];
    await Promise.all([seen("first", log), seen("second", log)]);
    const of = (who: string) => log.filter(([name]) => name === who).map(([, order]) => order);
    expect(new Set(of("first")).size).toBe(1);
    expect(new Set(of("second")).size).toBe(1);
    expect(of("second")[0]!).toBeGreaterThan(of("first")[0]!);
  });

  it("counts a statement outside any request as its own arrival, after the requests before it", async () => {
    const inside = await inArrivalOrder(async () => arrivalOrder());
    const outside = [arrivalOrder(), arrivalOrder()];
    expect(outside[0]!).toBeGreaterThan(inside);
    expect(outside[1]!).toBeGreaterThan(outside[0]!);
  });
});
