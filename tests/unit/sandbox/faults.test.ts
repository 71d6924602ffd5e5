import { describe, expect, it } from "vitest";
import { Faults } from "../../../sandbox/faults";

describe("Faults.plan", () => {
  it("does nothing without a configuration", () => {
    expect(new Faults().plan("getchats")).toEqual({ latencyMs: 0 });
  });

  it("injects with the given probability", () => {
    const rolls = [0.1, 0.6, 0.49];
    const faults = new Faults(() => rolls.shift() ?? 0);
    faults.set({ kind: "http500", errorRate: 0.5 });
    expect(faults.plan("getchats").injection).toEqual({ kind: "http500", when: "before" });
    expect(faults.plan("getchats").injection).toBeUndefined();
    expect(faults.plan("getchats").injection).toBeDefined();
  });

  it("applies only to the named methods, latency included", () => {
    const faults = new Faults();
    faults.set({ kind: "code", code: "NO_CREDITS", methods: ["sendmessage"], latencyMs: 30, when: "after" });
    expect(faults.plan("getchats")).toEqual({ latencyMs: 0 });
    expect(faults.plan(null)).toEqual({ latencyMs: 0 });
    expect(faults.plan("sendmessage")).toEqual({ latencyMs: 30, injection: { kind: "code", code: "NO_CREDITS", when: "after" } });
  });

  it("counts down and then clears itself", () => {
    const faults = new Faults();
    faults.set({ kind: "reset", count: 2, latencyMs: 5 });
    expect(faults.current()).toEqual({ kind: "reset", count: 2, latencyMs: 5, errorRate: 1, when: "before" });
    expect(faults.plan("x").injection?.kind).toBe("reset");
    expect(faults.current()?.count).toBe(1);
    expect(faults.plan("x").injection?.kind).toBe("reset");
    expect(faults.current()).toBeNull();
    expect(faults.plan("x")).toEqual({ latencyMs: 0 });
  });

  it("with latency alone only slows", () => {
    const faults = new Faults();
    faults.set({ latencyMs: 100 });
    expect(faults.plan("getchats")).toEqual({ latencyMs: 100 });
    expect(faults.current()).toEqual({ latencyMs: 100 });
  });
});
