import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("applies the embedded defaults and sandbox mode when no Afilnet account is set", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.PGLITE_DIR).toBe(".data/pglite");
    expect(env.sandboxMode).toBe(true);
    expect(env.afilnet.baseUrl).toBe("http://127.0.0.1:3100/api/http/");
    expect(env.SYNC_INTERVAL_MS).toBe(3000);
  });

  it("points sandbox mode at SANDBOX_PORT", () => {
    expect(parseEnv({ SANDBOX_PORT: "4100" }).afilnet.baseUrl).toBe("http://127.0.0.1:4100/api/http/");
  });

  it("uses the configured Afilnet account outside sandbox mode", () => {
    const env = parseEnv({ AFILNET_USER: "acme", AFILNET_PASSWORD: "pw", AFILNET_AUTH: "basic" });
    expect(env.sandboxMode).toBe(false);
    expect(env.afilnet).toEqual({
      baseUrl: "https://www.afilnet.com/api/http/",
      user: "acme",
      password: "pw",
      auth: "basic",
    });
  });

  it.each([
    ["SANDBOX_PORT", { SANDBOX_PORT: "abc" }, /SANDBOX_PORT must be a whole number/],
    ["PORT", { PORT: "70000" }, /PORT must be a whole number between 1 and 65535/],
    ["AFILNET_AUTH", { AFILNET_AUTH: "get" }, /AFILNET_AUTH must be "post" or "basic"/],
    ["AFILNET_TIMEZONE", { AFILNET_TIMEZONE: "Mars/Olympus" }, /AFILNET_TIMEZONE must be an IANA time zone/],
    ["DATABASE_URL", { DATABASE_URL: "mysql://x" }, /DATABASE_URL must be a postgres/],
    ["AFILNET_PASSWORD", { AFILNET_USER: "acme" }, /AFILNET_PASSWORD is required when AFILNET_USER is set/],
    ["NEXTAUTH_SECRET", { NODE_ENV: "production" }, /NEXTAUTH_SECRET is required in production/],
    ["NEXTAUTH_SECRET", { NEXTAUTH_SECRET: "short" }, /NEXTAUTH_SECRET must be at least 32 characters/],
  ])("names %s when it is malformed", (variable, source, message) => {
    let thrown: unknown;
    try {
      parseEnv(source);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EnvError);
    expect((thrown as EnvError).variable).toBe(variable);
    expect((thrown as EnvError).message).toMatch(message);
  });

  it("never repeats a secret's value in its message", () => {
    expect(() => parseEnv({ NEXTAUTH_SECRET: "tiny-secret" })).toThrow(/^(?!.*tiny-secret).*$/s);
  });
});
