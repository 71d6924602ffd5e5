import type { StoreState } from "../store";
import { buildDemo, buildEmpty } from "./demo";
import { buildLarge, type LargeSpec } from "./large";

export type SeedSpec = { kind: "demo" } | { kind: "empty" } | ({ kind: "large" } & LargeSpec);

const LARGE_DEFAULTS: LargeSpec = { channels: 4, chats: 1000, messages: 20 };
const LARGE_LIMITS: Record<keyof LargeSpec, [min: number, max: number]> = {
  channels: [1, 1000],
  chats: [0, 200_000],
  messages: [1, 1000],
};
/** Beyond this many messages the process would need more memory than a laptop test should. */
const MAX_LARGE_MESSAGES = 5_000_000;

export type SeedParse = { ok: true; seed: SeedSpec } | { ok: false; error: string };

/** Reads `demo`, `empty` or `large:channels=C,chats=K,messages=M` (each size optional). */
export function parseSeed(text: string): SeedParse {
  const value = text.trim();
  if (value === "demo" || value === "empty") return { ok: true, seed: { kind: value } };
  if (value !== "large" && !value.startsWith("large:")) {
    return { ok: false, error: `unknown seed "${text}"; use demo, empty or large:channels=C,chats=K,messages=M` };
  }
  const spec: LargeSpec = { ...LARGE_DEFAULTS };
  const parts = value === "large" ? [] : value.slice("large:".length).split(",");
  for (const part of parts) {
    const [key, raw, ...rest] = part.split("=").map((s) => s.trim());
    if (key === undefined || !(key in LARGE_LIMITS) || raw === undefined || rest.length > 0) {
      return { ok: false, error: `cannot read "${part}" in the large seed; expected channels=C, chats=K or messages=M` };
    }
    const name = key as keyof LargeSpec;
    const [min, max] = LARGE_LIMITS[name];
    const number = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isInteger(number) || number < min || number > max) {
      return { ok: false, error: `${name} in the large seed must be a whole number from ${min} to ${max} (got "${raw}")` };
    }
    spec[name] = number;
  }
  if (spec.chats * spec.messages > MAX_LARGE_MESSAGES) {
    return { ok: false, error: `the large seed asks for ${spec.chats * spec.messages} messages; the most is ${MAX_LARGE_MESSAGES}` };
  }
  return { ok: true, seed: { kind: "large", ...spec } };
}

export function describeSeed(seed: SeedSpec): string {
  return seed.kind === "large"
    ? `large:channels=${seed.channels},chats=${seed.chats},messages=${seed.messages}`
    : seed.kind;
}

export function buildSeed(seed: SeedSpec, now: number): StoreState {
  switch (seed.kind) {
    case "demo":
      return buildDemo(now);
    case "empty":
      return buildEmpty();
    case "large":
      return buildLarge(seed, now);
  }
}
