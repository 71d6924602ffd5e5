import { describe, expect, it } from "vitest";
import { isLoopback, parseBasicAuth } from "../../../sandbox/http";

describe("isLoopback", () => {
  it.each(["127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1", "::ffff:127.9.9.9"])("accepts %s", (address) => {
    expect(isLoopback(address)).toBe(true);
  });
  it.each(["192.168.1.10", "10.0.0.1", "::ffff:10.0.0.1", "fe80::1", "128.0.0.1", "1127.0.0.1", "", undefined])("refuses %s", (address) => {
    expect(isLoopback(address)).toBe(false);
  });
});

describe("parseBasicAuth", () => {
  const header = (text: string) => `Basic ${Buffer.from(text).toString("base64")}`;
  it("splits at the first colon, so passwords may hold colons", () => {
    expect(parseBasicAuth(header("user:pa:ss"))).toEqual({ user: "user", password: "pa:ss" });
    expect(parseBasicAuth(header("ünï:çødé"))).toEqual({ user: "ünï", password: "çødé" });
  });
  it("ignores other schemes and malformed values", () => {
    expect(parseBasicAuth(undefined)).toBeUndefined();
    expect(parseBasicAuth("Bearer abc")).toBeUndefined();
    expect(parseBasicAuth(header("no-colon"))).toBeUndefined();
  });
});
