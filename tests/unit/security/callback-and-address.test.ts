import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { clientAddress, requestAddress } from "@/lib/auth/client-address";

describe("safeCallbackPath", () => {
  it.each([
    ["/supervisor/team", "/supervisor/team"],
    ["/inbox?c=12&view=mine#m-3", "/inbox?c=12&view=mine#m-3"],
    ["/%2F/evil.example", "/%2F/evil.example"],
  ])("follows a path of this app: %s", (value, expected) => expect(safeCallbackPath(value)).toBe(expected));

  it.each([
    ["a tab that browsers drop", "/\t/evil.example/"],
    ["a newline", "/\n/evil.example/"],
    ["a carriage return", "/inbox\r\nSet-Cookie: x=1"],
    ["a NUL", "/inbox\u0000"],
    ["a backslash", "/\\evil.example"],
    ["a protocol-relative URL", "//evil.example/"],
    ["an absolute URL", "https://evil.example/"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a relative path", "inbox"],
    ["nothing", undefined],
    ["the login page itself", "/login?callbackUrl=/inbox"],
  ])("refuses %s", (_name, value) => expect(safeCallbackPath(value)).toBe("/inbox"));

  it("takes the first of repeated values", () => expect(safeCallbackPath(["/supervisor/queues", "//evil.example"])).toBe("/supervisor/queues"));
});

describe("clientAddress", () => {
  it("takes the socket's address and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(clientAddress("203.0.113.9", "198.51.100.1, 198.51.100.2", 0)).toBe("203.0.113.9");
    expect(clientAddress("::ffff:127.0.0.1", "10.0.0.1", 0)).toBe("127.0.0.1");
  });

  it("takes the Nth address from the right when N proxies are trusted", () => {
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7", 1)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.1", 2)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.2", ["6.6.6.6, 198.51.100.7", "10.0.0.1"], 2)).toBe("198.51.100.7");
  });

  it("never uses what is not an address, nor more than the chain holds", () => {
    expect(clientAddress("10.0.0.2", "not-an-ip", 1)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", "198.51.100.7", 3)).toBe("198.51.100.7");
    expect(clientAddress(undefined, undefined, 0)).toBe("unknown");
  });

  it("reads the server's header, and only an address from it", () => {
    expect(requestAddress({ "x-inbox-client-address": "198.51.100.7" })).toBe("198.51.100.7");
    expect(requestAddress(new Headers({ "x-inbox-client-address": "2001:db8::1" }))).toBe("2001:db8::1");
    expect(requestAddress({ "x-forwarded-for": "198.51.100.7" })).toBe("unknown");
    expect(requestAddress({ "x-inbox-client-address": "<script>" })).toBe("unknown");
  });
});
