import { describe, expect, it } from "vitest";
import { AfilnetOptionsError, createAfilnetClient, type AfilnetClientOptions } from "@/lib/afilnet";

const valid: AfilnetClientOptions = { baseUrl: "https://www.afilnet.com/api/http/", user: "u", password: "secret-pw" };

function optionError(options: unknown): AfilnetOptionsError {
  try {
    createAfilnetClient(options as AfilnetClientOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(AfilnetOptionsError);
    return error as AfilnetOptionsError;
  }
  throw new Error("the options were accepted");
}

describe("client options", () => {
  it("accepts the minimal options and every documented one", () => {
    expect(() => createAfilnetClient(valid)).not.toThrow();
    expect(() =>
      createAfilnetClient({
        ...valid,
        auth: "basic",
        timeoutMs: 5000,
        timeZone: "Europe/Madrid",
        readRetries: 0,
        retryBaseMs: 0,
        fetch: globalThis.fetch,
        logger: { info() {}, warn() {}, error() {}, debug() {} } as never,
      }),
    ).not.toThrow();
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ["baseUrl", { baseUrl: "www.afilnet.com" }, "absolute"],
    ["baseUrl", { baseUrl: "https://u:p@www.afilnet.com/api/http/" }, "without credentials"],
    ["baseUrl", { baseUrl: undefined }, "is required"],
    ["user", { user: "" }, "must not be empty"],
    ["password", { password: undefined }, "is required"],
    ["password", { password: 1234 }, "must be a string"],
    ["auth", { auth: "get" }, '"post" or "basic"'],
    ["timeoutMs", { timeoutMs: 0 }, "greater than zero"],
    ["timeoutMs", { timeoutMs: "15000" }, "number"],
    ["timeZone", { timeZone: "Mars/Olympus" }, "IANA"],
    ["readRetries", { readRetries: -1 }, "negative"],
    ["readRetries", { readRetries: 1.5 }, "whole"],
    ["retryBaseMs", { retryBaseMs: -5 }, "negative"],
    ["logger", { logger: console.log }, "info, warn"],
    ["fetch", { fetch: "fetch" }, "function"],
  ];

  for (const [option, change, words] of bad) {
    it(`names ${option} when it is wrong (${JSON.stringify(change[option]) ?? "missing"})`, () => {
      const error = optionError({ ...valid, ...change });
      expect(error.option).toBe(option);
      expect(error.message).toContain(`"${option}"`);
      expect(error.message).toContain(words);
      expect(error.message).not.toContain("secret-pw");
    });
  }

  it("refuses something that is not an object", () => {
    expect(optionError(null).option).toBe("options");
  });
});
