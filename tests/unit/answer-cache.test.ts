import { describe, expect, it } from "vitest";
import { AnswerCache } from "@/lib/inbox/answer-cache";
import { writeAtMostEvery } from "@/lib/db/write-throttle";

describe("AnswerCache", () => {
  it("keeps answers by ETag and drops the least recently used past its capacity", () => {
    const cache = new AnswerCache<string>(2);
    cache.set("a", "A");
    cache.set("b", "B");
    expect(cache.get("a")).toBe("A");
    cache.set("c", "C");
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe("A");
    expect(cache.get("c")).toBe("C");
    expect(cache.size).toBe(2);
  });
});

describe("writeAtMostEvery", () => {
  it("lets one write per key through per period", () => {
    const due = writeAtMostEvery(10_000);
    const t = (ms: number) => new Date(1_000_000 + ms);
    expect(due("x", t(0))).toBe(true);
    expect(due("x", t(9_999))).toBe(false);
    expect(due("y", t(5_000))).toBe(true);
    expect(due("x", t(10_000))).toBe(true);
  });
});
