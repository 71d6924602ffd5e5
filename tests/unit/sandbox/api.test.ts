import { describe, expect, it } from "vitest";
import { callApi } from "../../../sandbox/api";
import { buildSeed } from "../../../sandbox/seeds";
import { Store } from "../../../sandbox/store";

const ACCOUNT = { user: "u", password: "p" };

function setUp() {
  const store = new Store({ deliveryMs: 1000, now: () => Date.UTC(2025, 0, 1) });
  store.load(buildSeed({ kind: "demo" }, Date.UTC(2025, 0, 1)));
  const call = (params: Record<string, string>) => callApi(new Map(Object.entries(params)), ACCOUNT, store);
  const chat = (method: string, extra: Record<string, string> = {}) => call({ class: "chat", method, user: "u", password: "p", ...extra });
  return { store, call, chat };
}

describe("callApi", () => {
  it("treats a blank parameter as missing", () => {
    const { call, chat } = setUp();
    expect(call({ class: "chat", method: "getchatchannels", user: " ", password: "p" })).toEqual({ ok: false, code: "MISSING_USER" });
    expect(chat("getchats", { platform: "whatsapp", platformid: "" })).toEqual({ ok: false, code: "MISSING_COMPULSORY_PARAM" });
  });

  it("compares class, method and platform exactly", () => {
    const { chat } = setUp();
    expect(chat("getchatchannels", { class: "Chat" })).toEqual({ ok: false, code: "INCORRECT_CLASS" });
    expect(chat("GetChatChannels")).toEqual({ ok: false, code: "INCORRECT_METHOD" });
    expect(chat("getchats", { platform: "WhatsApp", platformid: "100" })).toEqual({ ok: false, code: "CHANNEL_NOT_FOUND" });
  });

  it("lists getchats newest first, one per chat", () => {
    const { chat } = setUp();
    const outcome = chat("getchats", { platform: "webchat", platformid: "300" });
    if (!outcome.ok || outcome.result.kind !== "messages") throw new Error("expected messages");
    const times = outcome.result.messages.map((m) => m.at);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(outcome.result.messages.map((m) => m.destination)).size).toBe(outcome.result.messages.length);
  });

  it("shows getmessages' answer as it was, and reads the chat after", () => {
    const { chat } = setUp();
    const params = { platform: "whatsapp", platformid: "100", destination: "34600111222" };
    const first = chat("getmessages", params);
    const second = chat("getmessages", params);
    if (!first.ok || first.result.kind !== "messages" || !second.ok || second.result.kind !== "messages") throw new Error("expected messages");
    expect(first.result.messages.at(-1)?.status).toBe("received");
    expect(second.result.messages.at(-1)?.status).toBe("read");
  });

  it("keeps the caption of a file, and accepts a file without one", () => {
    const { chat, store } = setUp();
    const params = { platform: "whatsapp", platformid: "100", destination: "34600111222" };
    expect(chat("sendfile", { ...params, type: "voice", fileurl: "http://files.example.com/v.ogg" })).toMatchObject({ ok: true });
    const last = store.findChat("whatsapp", "100", "34600111222")?.messages.at(-1);
    expect(last).toMatchObject({ text: "", file: { type: "voice", url: "http://files.example.com/v.ogg" }, via: "sendfile", direction: "out" });
    expect(last?.file).not.toHaveProperty("thumbUrl");
  });
});
