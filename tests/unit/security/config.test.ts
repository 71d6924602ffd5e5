import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_PASSWORD_BYTES, passwordProblem, verifyPassword, hashPassword } from "@/lib/auth/password";
import { contentSecurityPolicy, strictTransportSecurity } from "@/lib/auth/security-headers";
import { parseEnv } from "@/lib/env";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("the session secret", () => {
  it("is read in one place, and its absence is a sentence naming NEXTAUTH_SECRET, never next-auth's fallback", async () => {
    vi.stubEnv("NEXTAUTH_SECRET", "");
    const { sessionSecret } = await import("@/lib/auth/secret");
    expect(() => sessionSecret()).toThrow(/NEXTAUTH_SECRET is not set/);
  });

  it("is the configured one when set", async () => {
    vi.stubEnv("NEXTAUTH_SECRET", "a-configured-secret-of-enough-length-0001");
    const { sessionSecret } = await import("@/lib/auth/secret");
    expect(sessionSecret()).toBe("a-configured-secret-of-enough-length-0001");
  });
});

describe("where the app listens and whom it trusts", () => {
  it("listens on loopback in sandbox mode and everywhere with an account, unless HOST says otherwise", () => {
    expect(parseEnv({}).listenHost).toBe("127.0.0.1");
    expect(parseEnv({ AFILNET_USER: "acme", AFILNET_PASSWORD: "pw" }).listenHost).toBe("0.0.0.0");
    expect(parseEnv({ HOST: "0.0.0.0" }).listenHost).toBe("0.0.0.0");
    expect(() => parseEnv({ HOST: "http://x/" })).toThrow(/HOST must be an address/);
  });

  it("trusts no proxy unless TRUST_PROXY_HOPS says how many", () => {
    expect(parseEnv({}).TRUST_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUST_PROXY_HOPS: "2" }).TRUST_PROXY_HOPS).toBe(2);
    expect(() => parseEnv({ TRUST_PROXY_HOPS: "-1" })).toThrow(/TRUST_PROXY_HOPS must be the number of proxies/);
  });
});

describe("headers", () => {
  it("allows scripts by nonce only, media from https and the app, and no framing", () => {
    const csp = contentSecurityPolicy("abc", false);
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("img-src 'self' https:");
    expect(csp).toContain("media-src 'self' https:");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("sends HSTS only when the app's public URL is https", () => {
    expect(strictTransportSecurity("https://inbox.example.com")).toMatch(/^max-age=\d+/);
    expect(strictTransportSecurity("http://localhost:3000")).toBeUndefined();
    expect(strictTransportSecurity(undefined)).toBeUndefined();
  });
});

describe("passwords past bcrypt's 72 bytes", () => {
  it("cannot be set", () => {
    expect(passwordProblem("a".repeat(MAX_PASSWORD_BYTES))).toBeUndefined();
    expect(passwordProblem("a".repeat(MAX_PASSWORD_BYTES + 1))).toMatch(/at most 72 bytes/);
    expect(passwordProblem("ñ".repeat(37))).toMatch(/at most 72 bytes/);
  });

  it("never match, even when their first 72 bytes are the password", async () => {
    const password = "p".repeat(72);
    const hash = await hashPassword(password);
    expect(await verifyPassword(password, hash)).toBe(true);
    expect(await verifyPassword(`${password}anything`, hash)).toBe(false);
  });
});

describe("the sandbox's credentials", () => {
  it("come from the environment, so that no command line shows the password", async () => {
    const { parseOptions } = await import("../../../sandbox/options");
    const parsed = parseOptions(["--port", "0"], { SANDBOX_USER: "u1", SANDBOX_PASSWORD: "from-the-environment" });
    expect(parsed).toMatchObject({ ok: true, options: { user: "u1", password: "from-the-environment" } });
    expect(parseOptions([], { SANDBOX_PASSWORD: "" })).toEqual({ ok: false, error: "SANDBOX_PASSWORD must not be empty" });
  });
});
