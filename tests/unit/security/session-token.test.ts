import { encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/*
 * The session cookie is decoded once per distinct cookie, not once per request, and what is
 * kept never outlives the token: expired, forged or unknown cookies are refused as before.
 */

const SECRET = "unit-test-session-secret-of-enough-length";
const decoded = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/auth/secret", () => ({ sessionSecret: () => SECRET }));
vi.mock("next-auth/jwt", async (importOriginal) => {
  const original = await importOriginal<typeof import("next-auth/jwt")>();
  return {
    ...original,
    decode: async (params: Parameters<typeof original.decode>[0]) => {
      decoded.count += 1;
      return original.decode(params);
    },
  };
});

const { claimOf, KEPT_TOKENS, readSessionToken } = await import("@/lib/auth/session-token");

const COOKIE = "next-auth.session-token";
const request = (token: string) => ({ headers: new Headers(), cookies: new Map([[COOKIE, token]]) }) as never;
const tokenFor = (agentId: string, maxAge = 3_600) => encode({ token: { agentId, sessionVersion: 3, role: "agent" }, secret: SECRET, maxAge });

beforeEach(() => {
  decoded.count = 0;
});
afterEach(() => {
  vi.useRealTimers();
});

describe("reading the session cookie", () => {
  it("decodes a cookie once, then answers its requests from memory with the same claims", async () => {
    const token = await tokenFor("agent-once");
    const first = await readSessionToken(request(token));
    expect(first && claimOf(first)).toEqual({ agentId: "agent-once", sessionVersion: 3 });
    for (let i = 0; i < 5; i++) expect(await readSessionToken(request(token))).toEqual(first);
    expect(decoded.count).toBe(1);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it("refuses a kept cookie once it has expired, as a full decode would", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const token = await tokenFor("agent-expiring", 60);
    expect(await readSessionToken(request(token))).not.toBeNull();
    vi.setSystemTime(Date.now() + 50_000);
    expect(await readSessionToken(request(token))).not.toBeNull();
    vi.setSystemTime(Date.now() + 60_000);
    expect(await readSessionToken(request(token))).toBeNull();
    expect(decoded.count).toBe(2);
  });

  it("refuses a forged or altered cookie, and no cookie at all", async () => {
    const token = await tokenFor("agent-forged");
    const altered = `${token.slice(0, -4)}${token.slice(-4) === "AAAA" ? "BBBB" : "AAAA"}`;
    expect(await readSessionToken(request(altered))).toBeNull();
    const foreign = await encode({ token: { agentId: "x", sessionVersion: 1 }, secret: "another-secret-entirely-of-enough-length" });
    expect(await readSessionToken(request(foreign))).toBeNull();
    expect(await readSessionToken({ headers: new Headers(), cookies: new Map() } as never)).toBeNull();
  });

  it("keeps at most KEPT_TOKENS cookies, dropping the one unused the longest", async () => {
    const tokens = await Promise.all(Array.from({ length: KEPT_TOKENS + 1 }, (_, i) => tokenFor(`agent-many-${i}`)));
    for (const token of tokens) await readSessionToken(request(token));
    decoded.count = 0;
    // The newest is still kept; the first was pushed out by the last.
    await readSessionToken(request(tokens[KEPT_TOKENS] as string));
    expect(decoded.count).toBe(0);
    await readSessionToken(request(tokens[0] as string));
    expect(decoded.count).toBe(1);
  });
});
