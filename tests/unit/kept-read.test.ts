import { describe, expect, it } from "vitest";
import { KeptRead } from "@/lib/kept-read";

/** A read whose answers the test releases one by one, with a clock the test moves. */
function setup() {
  let clock = 0;
  let value = 0;
  const pending: Array<() => void> = [];
  let reads = 0;
  const read = () => {
    reads += 1;
    const answer = ++value;
    return new Promise<number>((resolve) => pending.push(() => resolve(answer)));
  };
  const kept = new KeptRead(read, 100, 1_000, () => clock);
  const release = async () => {
    pending.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return {
    kept,
    reads: () => reads,
    tick: (ms: number) => (clock += ms),
    release,
    /** The first read, done; then `ms` later. */
    primed: async (ms: number) => {
      const first = kept.get();
      await release();
      await first;
      clock += ms;
    },
  };
}

describe("a value read now and then for every caller", () => {
  it("shares one read among the callers of the fresh period", async () => {
    const t = setup();
    const [a, b] = [t.kept.get(), t.kept.get()];
    await t.release();
    expect([await a, await b]).toEqual([1, 1]);
    t.tick(99);
    expect(await t.kept.get()).toBe(1);
    expect(t.reads()).toBe(1);
  });

  it("answers an aged value at once while one read replaces it behind the callers", async () => {
    const t = setup();
    await t.primed(500);
    expect(await t.kept.get()).toBe(1);
    expect(await t.kept.get()).toBe(1);
    expect(t.reads()).toBe(2);
    await t.release();
    expect(await t.kept.get()).toBe(2);
  });

  it("makes callers wait for a new read past the stale period, after drop(), and never keeps a failure", async () => {
    const t = setup();
    await t.primed(1_000);
    const aged = t.kept.get();
    await t.release();
    expect(await aged).toBe(2);
    t.kept.drop();
    const dropped = t.kept.get();
    await t.release();
    expect(await dropped).toBe(3);

    const failing = new KeptRead(() => Promise.reject(new Error("away")), 100, 1_000, () => 0);
    await expect(failing.get()).rejects.toThrow("away");
    await expect(failing.get()).rejects.toThrow("away");
  });

  it("answers a value put by a write, and a background read begun before it does not replace it", async () => {
    const t = setup();
    await t.primed(500);
    expect(await t.kept.get()).toBe(1);
    t.kept.put(42);
    await t.release();
    expect(await t.kept.get()).toBe(42);
  });
});
