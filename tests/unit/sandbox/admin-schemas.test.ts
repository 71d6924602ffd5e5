import { describe, expect, it } from "vitest";
import { explain, faultsBody, messageBody, resetBody } from "../../../sandbox/admin-schemas";

describe("admin schemas", () => {
  it("turns a number platformId into a string and accepts a file without text", () => {
    expect(messageBody.parse({ platform: "whatsapp", platformId: 100, destination: " 34600 ", type: "image", fileUrl: "https://a.example/x.jpg" })).toEqual({
      platform: "whatsapp",
      platformId: "100",
      destination: "34600",
      type: "image",
      fileUrl: "https://a.example/x.jpg",
    });
  });

  it("explains failures in sentences", () => {
    const result = messageBody.safeParse({ platform: "fax", platformId: "1", destination: "x", message: "m", extra: 1 });
    expect(result.success).toBe(false);
    if (!result.success) expect(explain(result.error)).toBe("platform must be one of webchat, whatsapp, telegram, operator. Unknown field: extra.");
  });

  it("reads the seed of a reset into a spec", () => {
    expect(resetBody.parse({ seed: "large:chats=3" })).toEqual({ seed: { kind: "large", channels: 4, chats: 3, messages: 20 } });
    expect(resetBody.parse({})).toEqual({});
  });

  it("refuses a code without kind code", () => {
    const result = faultsBody.safeParse({ kind: "http500", code: "NO_CREDITS" });
    expect(result.success).toBe(false);
    if (!result.success) expect(explain(result.error)).toMatch(/code only goes with kind "code"/);
  });
});
