import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createSaver, loadState, saveState } from "../../../sandbox/persistence";
import { buildSeed } from "../../../sandbox/seeds";

const dir = mkdtempSync(join(tmpdir(), "sandbox-unit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("persistence", () => {
  it("round-trips the state", () => {
    const file = join(dir, "nested", "state.json");
    const state = buildSeed({ kind: "demo" }, Date.UTC(2025, 0, 1));
    saveState(file, state);
    expect(loadState(file)).toEqual(state);
  });

  it("answers undefined for a missing file and a sentence for a bad one", () => {
    expect(loadState(join(dir, "missing.json"))).toBeUndefined();
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ version: 99, chats: [] }));
    expect(() => loadState(bad)).toThrow(/is not a sandbox data file of version 1/);
    writeFileSync(bad, "{");
    expect(() => loadState(bad)).toThrow(/is not a sandbox data file/);
  });

  it("writes at most once per delay, and flushes what is pending", async () => {
    const file = join(dir, "saver.json");
    let snapshots = 0;
    const saver = createSaver(file, () => {
      snapshots++;
      return { nextId: snapshots, channels: [], chats: [] };
    }, () => {}, 50);
    saver.schedule();
    saver.schedule();
    saver.schedule();
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(snapshots).toBe(1);
    saver.schedule();
    saver.flush();
    expect(snapshots).toBe(2);
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ version: 1, nextId: 2 });
    saver.flush();
    expect(snapshots).toBe(2);
  });

  it("waits twenty times as long as the last write took before the next", () => {
    vi.useFakeTimers();
    try {
      const file = join(dir, "large.json");
      let now = 0;
      let snapshots = 0;
      // Each snapshot of this "large" state takes 100 ms on the saver's clock.
      const saver = createSaver(file, () => {
        now += 100;
        snapshots++;
        return { nextId: snapshots, channels: [], chats: [] };
      }, () => {}, 500, () => now);
      saver.schedule();
      vi.advanceTimersByTime(500);
      expect(snapshots).toBe(1);
      saver.schedule();
      vi.advanceTimersByTime(1_999);
      expect(snapshots).toBe(1);
      vi.advanceTimersByTime(1);
      expect(snapshots).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
