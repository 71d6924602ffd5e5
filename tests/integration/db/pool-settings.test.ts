import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

/* The Postgres pool's size, and the share of it the sync may take, as settings. */
const postgres = { DATABASE_URL: "postgresql://inbox@127.0.0.1:5432/inbox" };

describe("the Postgres pool settings", () => {
  it("default to ten connections and take a valid size", () => {
    expect(parseEnv(postgres).DATABASE_POOL_MAX).toBe(10);
    expect(parseEnv({ ...postgres, DATABASE_POOL_MAX: "40", SYNC_CONCURRENCY: "20" }).DATABASE_POOL_MAX).toBe(40);
  });

  it.each(["0", "1", "201", "2.5", "ten"])("refuse DATABASE_POOL_MAX=%s with a sentence naming it", (value) => {
    expect(() => parseEnv({ ...postgres, DATABASE_POOL_MAX: value })).toThrow(/DATABASE_POOL_MAX must be a whole number of connections from 2 to 200/);
  });

  it("refuse a sync that could take more than half of the pool, saying what to change", () => {
    expect(() => parseEnv({ ...postgres, DATABASE_POOL_MAX: "6", SYNC_CONCURRENCY: "4" })).toThrow(
      /SYNC_CONCURRENCY must be at most half of DATABASE_POOL_MAX \(6\).*lower it or raise DATABASE_POOL_MAX/,
    );
    expect(parseEnv({ ...postgres, DATABASE_POOL_MAX: "8", SYNC_CONCURRENCY: "4" }).SYNC_CONCURRENCY).toBe(4);
  });

  it("leave the embedded database alone: PGlite has one connection and no pool", () => {
    expect(parseEnv({ DATABASE_POOL_MAX: "2", SYNC_CONCURRENCY: "8" }).SYNC_CONCURRENCY).toBe(8);
  });
});
