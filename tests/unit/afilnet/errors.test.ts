import { describe, expect, it } from "vitest";
import {
  AfilnetApiError,
  AfilnetTransportError,
  afilnetCodes,
  explainAfilnetCode,
  isAccountError,
} from "@/lib/afilnet";

const contractCodes = [
  "MISSING_USER",
  "MISSING_PASSWORD",
  "MISSING_CLASS",
  "MISSING_METHOD",
  "MISSING_COMPULSORY_PARAM",
  "INCORRECT_USER_PASSWORD",
  "INCORRECT_CLASS",
  "INCORRECT_METHOD",
  "CHANNEL_NOT_FOUND",
  "CHAT_NOT_FOUND",
  "INCORRECT_FILETYPE",
  "INCORRECT_FILEURL",
  "INCORRECT_THUMBURL",
  "NO_CREDITS",
  "NO_ROUTE_AVAILABLE",
];

describe("error sentences", () => {
  it("lists every code of the contract", () => {
    expect([...afilnetCodes].sort()).toEqual([...contractCodes].sort());
  });

  it("has a distinct sentence for each known code, not naming the code", () => {
    const sentences = contractCodes.map(explainAfilnetCode);
    expect(new Set(sentences).size).toBe(contractCodes.length);
    for (const [index, code] of contractCodes.entries()) {
      expect(sentences[index]).toMatch(/^[A-Z].+\.$/);
      expect(sentences[index]).not.toContain(code);
    }
  });

  it("explains a wrong password for a support agent", () => {
    expect(explainAfilnetCode("INCORRECT_USER_PASSWORD")).toBe(
      "Afilnet refused the account's user name or password. An administrator must correct the credentials.",
    );
  });

  it("gives an unknown code a generic sentence that still names it", () => {
    const sentence = explainAfilnetCode("RATE_LIMITED");
    expect(sentence).toContain("RATE_LIMITED");
    const error = new AfilnetApiError("RATE_LIMITED");
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.message).toBe(`${sentence} (RATE_LIMITED)`);
  });

  it("builds the message from explanation and code", () => {
    const error = new AfilnetApiError("NO_CREDITS", { method: "sendmessage" });
    expect(error.message).toBe(`${explainAfilnetCode("NO_CREDITS")} (NO_CREDITS)`);
    expect(error.local).toBe(false);
    expect(error).toBeInstanceOf(Error);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: "AfilnetApiError", code: "NO_CREDITS", local: false });
  });
});

describe("isAccountError", () => {
  it("is true for the credential, credit, class and method codes only", () => {
    const account = [
      "MISSING_USER",
      "MISSING_PASSWORD",
      "INCORRECT_USER_PASSWORD",
      "NO_CREDITS",
      "MISSING_CLASS",
      "MISSING_METHOD",
      "INCORRECT_CLASS",
      "INCORRECT_METHOD",
    ];
    for (const code of contractCodes) {
      expect(isAccountError(new AfilnetApiError(code)), code).toBe(account.includes(code));
    }
  });

  it("is false for anything that is not an API error", () => {
    expect(isAccountError(new AfilnetTransportError("http", "HTTP 401", { status: 401 }))).toBe(false);
    expect(isAccountError(new Error("INCORRECT_USER_PASSWORD"))).toBe(false);
    expect(isAccountError(undefined)).toBe(false);
  });
});
