import { describe, expect, it } from "vitest";
import { DEFAULT_DIALECT, formatDatetime, renderEnvelope, type ApiOutcome, type Dialect, type MessageView } from "../../../sandbox/wire";

const AT = Date.UTC(2025, 0, 31, 9, 5, 7);
const VIEW: MessageView = {
  platformId: "100",
  platform: "whatsapp",
  text: "hi",
  destination: "34600111222",
  messageId: "42",
  outbound: true,
  status: "sent",
  at: AT,
};
const render = (outcome: ApiOutcome, dialect: Partial<Dialect> = {}) => JSON.parse(renderEnvelope(outcome, { ...DEFAULT_DIALECT, ...dialect })) as unknown;
const messages = (list: MessageView[], flagName: "sent" | "issent" = "sent"): ApiOutcome => ({ ok: true, result: { kind: "messages", flagName, messages: list } });

describe("renderEnvelope", () => {
  it("writes the default dialect", () => {
    expect(render(messages([VIEW]))).toEqual({
      status: "SUCCESS",
      result: [{ platformid: 100, platform: "whatsapp", message: "hi", destination: "34600111222", messageid: 42, sent: 1, status: "sent", datetime: "2025-01-31 09:05:07" }],
    });
    expect(render({ ok: false, code: "CHAT_NOT_FOUND" })).toEqual({ status: "ERROR", error: "CHAT_NOT_FOUND" });
  });

  it("names the flag issent for unread lists", () => {
    expect(render(messages([{ ...VIEW, outbound: false }], "issent"))).toMatchObject({ result: [{ issent: 0 }] });
  });

  it("adds the file fields, thumburl only when there is one", () => {
    const withThumb = render(messages([{ ...VIEW, text: "", file: { type: "image", url: "https://a.example/x.jpg", thumbUrl: "https://a.example/t.jpg" } }]));
    expect(withThumb).toMatchObject({ result: [{ message: "", type: "image", fileurl: "https://a.example/x.jpg", thumburl: "https://a.example/t.jpg" }] });
    const withoutThumb = render(messages([{ ...VIEW, file: { type: "document", url: "https://a.example/x.pdf" } }])) as { result: object[] };
    expect(withoutThumb.result[0]).not.toHaveProperty("thumburl");
  });

  it("applies every dialect option", () => {
    const dialect: Dialect = { statusCase: "lower", listShape: "object", idsAs: "string", flagAs: "boolean", datetime: "iso" };
    expect(render(messages([VIEW]), dialect)).toEqual({
      status: "success",
      result: { list: [{ platformid: "100", platform: "whatsapp", message: "hi", destination: "34600111222", messageid: "42", sent: true, status: "sent", datetime: "2025-01-31T09:05:07Z" }] },
    });
    expect(render(messages([VIEW]), { flagAs: "string", datetime: "unix" })).toMatchObject({ result: [{ sent: "1", datetime: AT / 1000 }] });
    expect(render({ ok: true, result: { kind: "sent", messageId: "7" } }, { idsAs: "string" })).toEqual({ status: "SUCCESS", result: { messageid: "7" } });
    expect(render({ ok: true, result: { kind: "channels", channels: [{ platform: "telegram", platformId: "200", name: "Bot" }] } }, { listShape: "object" })).toEqual({
      status: "SUCCESS",
      result: { list: [{ platformid: 200, platform: "telegram", name: "Bot" }] },
    });
    expect(render({ ok: false, code: "NO_CREDITS" }, { statusCase: "lower" })).toEqual({ status: "error", error: "NO_CREDITS" });
  });

  it("keeps ids that are not whole numbers as strings even when numbers are asked", () => {
    expect(render({ ok: true, result: { kind: "sent", messageId: "abc" } })).toEqual({ status: "SUCCESS", result: { messageid: "abc" } });
  });
});

describe("formatDatetime", () => {
  it("writes UTC in each style", () => {
    expect(formatDatetime(AT + 999, "sql")).toBe("2025-01-31 09:05:07");
    expect(formatDatetime(AT, "iso")).toBe("2025-01-31T09:05:07Z");
    expect(formatDatetime(AT + 999, "unix")).toBe(AT / 1000);
  });
});
