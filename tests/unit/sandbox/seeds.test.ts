import { describe, expect, it } from "vitest";
import { buildSeed, describeSeed, parseSeed } from "../../../sandbox/seeds";
import { DEMO_SCRIPTS } from "../../../sandbox/seeds/demo";

const NOW = Date.UTC(2025, 5, 15, 12, 0, 0);

describe("parseSeed", () => {
  it("reads the three seeds, with defaults for the large one's omitted sizes", () => {
    expect(parseSeed("demo")).toEqual({ ok: true, seed: { kind: "demo" } });
    expect(parseSeed("empty")).toEqual({ ok: true, seed: { kind: "empty" } });
    expect(parseSeed("large:channels=3,chats=30,messages=4")).toEqual({ ok: true, seed: { kind: "large", channels: 3, chats: 30, messages: 4 } });
    expect(parseSeed("large:chats=7")).toEqual({ ok: true, seed: { kind: "large", channels: 4, chats: 7, messages: 20 } });
    expect(parseSeed("large")).toEqual({ ok: true, seed: { kind: "large", channels: 4, chats: 1000, messages: 20 } });
  });

  it.each([
    ["big", /unknown seed/],
    ["large:channels=0", /channels .* from 1/],
    ["large:messages=abc", /messages .* whole number/],
    ["large:chats=5.5", /chats .* whole number/],
    ["large:people=3", /cannot read "people=3"/],
    ["large:chats=200000,messages=1000", /the most is/],
  ])("refuses %s", (text, message) => {
    const parsed = parseSeed(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it("writes a spec back as it is read", () => {
    const parsed = parseSeed("large:channels=2,chats=5,messages=1");
    if (!parsed.ok) throw new Error(parsed.error);
    expect(describeSeed(parsed.seed)).toBe("large:channels=2,chats=5,messages=1");
  });
});

describe("the demo seed", () => {
  it("is the same for the same start time, and moves with it", () => {
    const a = buildSeed({ kind: "demo" }, NOW);
    const b = buildSeed({ kind: "demo" }, NOW);
    expect(a).toEqual(b);
    const later = buildSeed({ kind: "demo" }, NOW + 3_600_000);
    expect(later.chats[0]?.messages[0]?.at).toBe((a.chats[0]?.messages[0]?.at ?? 0) + 3_600_000);
  });

  it("hands out ids in time order across all chats", () => {
    const state = buildSeed({ kind: "demo" }, NOW);
    const all = state.chats.flatMap((c) => c.messages).sort((x, y) => Number(x.id) - Number(y.id));
    expect(all.map((m) => m.id)).toEqual(all.map((_, i) => String(i + 1)));
    for (let i = 1; i < all.length; i++) expect(all[i]?.at).toBeGreaterThanOrEqual(all[i - 1]?.at ?? 0);
    expect(state.nextId).toBe(all.length + 1);
  });

  it("has about forty chats in four languages, all in the past, destinations unique per channel", () => {
    expect(DEMO_SCRIPTS.length).toBe(40);
    const langs = new Set(DEMO_SCRIPTS.map((s) => s.lang));
    expect([...langs].sort()).toEqual(["en", "es", "pl", "pt"]);
    const state = buildSeed({ kind: "demo" }, NOW);
    const keys = state.chats.map((c) => `${c.platformId}/${c.destination}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const chat of state.chats) for (const m of chat.messages) expect(m.at).toBeLessThan(NOW);
  });
});

describe("the large seed", () => {
  it("has the asked size, spread round-robin over the channels, fast", () => {
    const started = performance.now();
    const state = buildSeed({ kind: "large", channels: 4, chats: 10_000, messages: 20 }, NOW);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(state.channels).toHaveLength(4);
    expect(state.chats).toHaveLength(10_000);
    expect(state.chats.every((c) => c.messages.length === 20)).toBe(true);
    const perChannel = new Map<string, number>();
    for (const chat of state.chats) perChannel.set(chat.platformId, (perChannel.get(chat.platformId) ?? 0) + 1);
    expect([...perChannel.values()]).toEqual([2500, 2500, 2500, 2500]);
    expect(state.nextId).toBe(200_001);
  });

  it("keeps each chat in time order with increasing ids, and leaves some chats unread", () => {
    const state = buildSeed({ kind: "large", channels: 3, chats: 300, messages: 6 }, NOW);
    for (const chat of state.chats) {
      for (let i = 1; i < chat.messages.length; i++) {
        expect(chat.messages[i]?.at).toBeGreaterThan(chat.messages[i - 1]?.at ?? 0);
        expect(Number(chat.messages[i]?.id)).toBeGreaterThan(Number(chat.messages[i - 1]?.id));
      }
    }
    const unread = state.chats.filter((c) => c.messages.some((m) => m.direction === "in" && !m.read));
    expect(unread.length).toBeGreaterThan(10);
    expect(unread.length).toBeLessThan(300);
  });
});
