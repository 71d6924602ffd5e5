import { getHeapStatistics } from "node:v8";
import { expect, it } from "vitest";
import { detectCustomerLanguage, prepareLanguageDetector } from "@/lib/sync/customer-language";

/*
 * The detector's tables (about 50 MB of small objects) live in a thread of their own: in this
 * thread's heap, every full collection marked them all (lib/sync/language-worker.mts).
 */

it("tells a language with its tables outside this thread's heap", async () => {
  const before = getHeapStatistics().used_heap_size;
  await prepareLanguageDetector();
  expect(await detectCustomerLanguage([{ direction: "in", text: "Dzień dobry, chciałbym zwrócić zamówienie" }])).toBe("pl");
  expect(await detectCustomerLanguage([{ direction: "in", text: "ok" }])).toBeNull();
  // Loaded here, the tables alone grew this heap by about 50 MB.
  expect(getHeapStatistics().used_heap_size - before).toBeLessThan(20 * 1024 * 1024);
});
