import { describe, expect, it } from "vitest";
import { parseOptions } from "../../../sandbox/options";

describe("parseOptions", () => {
  it("has the documented defaults", () => {
    expect(parseOptions([], {})).toEqual({
      ok: true,
      options: { port: 3100, host: "127.0.0.1", user: "sandbox", password: "sandbox", seed: { kind: "demo" }, customersPerMinute: 0, deliveryMs: 2000 },
    });
  });

  it("takes SANDBOX_PORT, and --port over it", () => {
    expect(parseOptions([], { SANDBOX_PORT: "4100" })).toMatchObject({ options: { port: 4100 } });
    expect(parseOptions(["--port", "4200"], { SANDBOX_PORT: "4100" })).toMatchObject({ options: { port: 4200 } });
  });

  it("reads --name value and --name=value", () => {
    const parsed = parseOptions(
      ["--port=0", "--host", "0.0.0.0", "--user", "u", "--password=p w", "--seed", "large:channels=2,chats=10,messages=3", "--data", "x.json", "--customers", "2.5", "--delivery-ms", "50"],
      {},
    );
    expect(parsed).toEqual({
      ok: true,
      options: {
        port: 0,
        host: "0.0.0.0",
        user: "u",
        password: "p w",
        seed: { kind: "large", channels: 2, chats: 10, messages: 3 },
        dataFile: "x.json",
        customersPerMinute: 2.5,
        deliveryMs: 50,
      },
    });
  });

  it.each([
    [["--port", "-1"], "--port must be a whole number from 0 to 65535"],
    [["--port"], "--port needs a value"],
    [["--port", "--host"], "--port needs a value"],
    [["--frobnicate"], "unknown option --frobnicate"],
    [["stray"], 'unexpected argument "stray"'],
    [["--seed", "tiny"], '--seed: unknown seed "tiny"'],
    [["--customers", "1e3"], "--customers must be a number"],
    [["--delivery-ms", "fast"], "--delivery-ms must be a whole number"],
    [["--data="], "--data needs a file name"],
  ])("refuses %j", (argv, message) => {
    const parsed = parseOptions(argv, {});
    expect(parsed.ok).toBe(false);
    if (parsed.ok === false) expect(parsed.error).toContain(message);
  });

  it("names SANDBOX_PORT when it is the bad one", () => {
    expect(parseOptions([], { SANDBOX_PORT: "x" })).toEqual({ ok: false, error: 'SANDBOX_PORT must be a whole number from 0 to 65535 (got "x")' });
  });

  it("answers help", () => {
    expect(parseOptions(["--seed", "demo", "--help"], {})).toEqual({ ok: "help" });
  });
});
