import { afterEach, describe, expect, it, vi } from "vitest";
import { within } from "@/lib/within";

afterEach(() => {
  vi.useRealTimers();
});

describe("within", () => {
  it("hands back the value of work that settles in time, and leaves no timer behind", async () => {
    vi.useFakeTimers();
    await expect(within(Promise.resolve(42), 1_000)).resolves.toEqual({ late: false, value: 42 });
    expect(vi.getTimerCount()).toBe(0);
  });

  it("says late once the time has run out, and no sooner", async () => {
    vi.useFakeTimers();
    let settled = false;
    const waiting = within(new Promise<never>(() => undefined), 1_000).then((outcome) => ((settled = true), outcome));
    await vi.advanceTimersByTimeAsync(999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(waiting).resolves.toEqual({ late: true });
  });

  it("passes a rejection through, and clears its timer", async () => {
    vi.useFakeTimers();
    await expect(within(Promise.reject(new Error("the database could not open")), 1_000)).rejects.toThrow("the database could not open");
    expect(vi.getTimerCount()).toBe(0);
  });
});
