import { describe, expect, it } from "vitest";
import { faultsBody } from "../../../sandbox/admin-schemas";
import { Faults } from "../../../sandbox/faults";

describe("a late delivery fault", () => {
  it("carries lateMs into the injected calls only, by errorRate", () => {
    const draws = [0.1, 0.9];
    const faults = new Faults(() => draws.shift() ?? 0);
    faults.set({ kind: "hang", when: "after", lateMs: 8_000, errorRate: 0.5, methods: ["sendmessage"] });
    expect(faults.plan("sendmessage")).toEqual({ latencyMs: 0, injection: { kind: "hang", when: "after", lateMs: 8_000 } });
    expect(faults.plan("sendmessage")).toEqual({ latencyMs: 0 });
  });

  it('is refused without when "after"', () => {
    expect(faultsBody.safeParse({ kind: "hang", lateMs: 8_000 }).success).toBe(false);
    expect(faultsBody.safeParse({ kind: "hang", when: "after", lateMs: 8_000 }).success).toBe(true);
  });
});
