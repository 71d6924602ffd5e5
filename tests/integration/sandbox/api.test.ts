import { describe, expect, it } from "vitest";
import { sandboxForFile, type RunningSandbox } from "../../helpers/sandbox";
import { ALL_VIAS, call, chatParams, errorOf, ok, type WireMessage } from "./client";

const sb = sandboxForFile({ seed: "demo" });

const WA = { platform: "whatsapp", platformid: "100" };
const LUCIA = { ...WA, destination: "34600111222" };

describe.each(ALL_VIAS)("every method over %s", (via) => {
  it("getchatchannels lists the five demo channels", async () => {
    const channels = await ok<WireMessage[]>(sb, "getchatchannels", {}, via);
    expect(channels).toHaveLength(5);
    expect(channels).toContainEqual({ platformid: 100, platform: "whatsapp", name: "Lumen Home · WhatsApp Support" });
    expect(channels.map((c) => c.platform).sort()).toEqual(["operator", "telegram", "webchat", "whatsapp", "whatsapp"]);
  });

  it("getchats answers each chat of the channel once, with its latest message", async () => {
    const chats = await ok(sb, "getchats", WA, via);
    const destinations = chats.map((c) => c.destination);
    expect(new Set(destinations).size).toBe(destinations.length);
    expect(destinations).toContain("34600111222");
    const lucia = chats.find((c) => c.destination === "34600111222");
    expect(lucia).toMatchObject({ platform: "whatsapp", platformid: 100, message: "Trabajo por la tarde.", sent: 0, status: "received" });
    expect(lucia?.datetime).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
  });

  it("getmessages answers the whole chat in time order", async () => {
    const messages = await ok(sb, "getmessages", LUCIA, via);
    expect(messages.map((m) => m.message)).toEqual([
      "Hola, mi pedido LH-48377 tenía que llegar ayer y no ha llegado.",
      "Hola Lucía, lo reviso ahora mismo.",
      "El transportista tuvo una incidencia; lo entregan mañana por la mañana.",
      "¿Me podéis confirmar la franja horaria?",
      "Trabajo por la tarde.",
    ]);
    expect(messages.map((m) => m.sent)).toEqual([0, 1, 1, 0, 0]);
    const times = messages.map((m) => String(m.datetime));
    expect([...times].sort()).toEqual(times);
  });

  it("getunreadmessages answers the unread inbound messages with the issent flag", async () => {
    const unread = await ok(sb, "getunreadmessages", LUCIA, via);
    expect(unread.map((m) => m.message)).toEqual(["¿Me podéis confirmar la franja horaria?", "Trabajo por la tarde."]);
    for (const m of unread) {
      expect(m.issent).toBe(0);
      expect(m).not.toHaveProperty("sent");
    }
  });

  it("sendmessage and sendfile answer a messageid and the messages appear", async () => {
    const text = await ok<{ messageid: number }>(sb, "sendmessage", { ...LUCIA, message: `reply over ${via}` }, via);
    const file = await ok<{ messageid: number }>(
      sb,
      "sendfile",
      { ...LUCIA, type: "document", fileurl: "https://files.example.com/t.pdf", message: "caption" },
      via,
    );
    expect(typeof text.messageid).toBe("number");
    expect(file.messageid).toBeGreaterThan(text.messageid);
    const messages = await ok(sb, "getmessages", LUCIA, via);
    expect(messages.at(-2)).toMatchObject({ messageid: text.messageid, message: `reply over ${via}`, sent: 1 });
    expect(messages.at(-1)).toMatchObject({ messageid: file.messageid, message: "caption", type: "document", fileurl: "https://files.example.com/t.pdf" });
  });
});

describe("transport", () => {
  it("answers HTTP 200 with application/json, with or without the trailing slash", async () => {
    for (const path of ["/api/http/", "/api/http"]) {
      const answer = await call(sb, chatParams(sb, "getchatchannels"), "post", { path });
      expect(answer.status).toBe(200);
      expect(answer.contentType).toMatch(/^application\/json/);
      expect(answer.envelope?.status).toBe("SUCCESS");
    }
  });

  it("reads + as a space in a form body", async () => {
    const res = await fetch(sb.apiUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `class=chat&method=sendmessage&user=${sb.user}&password=${sb.password}&platform=whatsapp&platformid=100&destination=34600111222&message=test+message`,
    });
    expect(await res.json()).toMatchObject({ status: "SUCCESS" });
    const messages = await ok(sb, "getmessages", LUCIA);
    expect(messages.at(-1)?.message).toBe("test message");
  });

  it("takes Basic credentials with the other parameters in the query string", async () => {
    const url = new URL(sb.apiUrl);
    url.search = new URLSearchParams({ class: "chat", method: "getchatchannels" }).toString();
    const res = await fetch(url, { headers: { authorization: `Basic ${Buffer.from(`${sb.user}:${sb.password}`).toString("base64")}` } });
    expect(await res.json()).toMatchObject({ status: "SUCCESS" });
  });
});

describe("error codes, each on its condition", () => {
  const noAuth = (extra: Record<string, string>) => ({ class: "chat", ...extra });
  const cases: [string, (sb: RunningSandbox) => Record<string, string>, string][] = [
    ["no user", (s) => noAuth({ method: "getchatchannels", password: s.password }), "MISSING_USER"],
    ["no password", (s) => noAuth({ method: "getchatchannels", user: s.user }), "MISSING_PASSWORD"],
    ["a wrong password", (s) => noAuth({ method: "getchatchannels", user: s.user, password: "wrong" }), "INCORRECT_USER_PASSWORD"],
    ["a wrong user", (s) => noAuth({ method: "getchatchannels", user: "someone", password: s.password }), "INCORRECT_USER_PASSWORD"],
    ["no class", (s) => ({ method: "getchatchannels", user: s.user, password: s.password }), "MISSING_CLASS"],
    ["class sms", (s) => ({ ...chatParams(s, "getchatchannels"), class: "sms" }), "INCORRECT_CLASS"],
    ["no method", (s) => ({ class: "chat", user: s.user, password: s.password }), "MISSING_METHOD"],
    ["method sendsms", (s) => chatParams(s, "sendsms"), "INCORRECT_METHOD"],
    ["getchats without platformid", (s) => chatParams(s, "getchats", { platform: "whatsapp" }), "MISSING_COMPULSORY_PARAM"],
    ["getmessages without destination", (s) => chatParams(s, "getmessages", WA), "MISSING_COMPULSORY_PARAM"],
    ["sendmessage with an empty message", (s) => chatParams(s, "sendmessage", { ...LUCIA, message: "" }), "MISSING_COMPULSORY_PARAM"],
    ["sendfile without fileurl", (s) => chatParams(s, "sendfile", { ...LUCIA, type: "image" }), "MISSING_COMPULSORY_PARAM"],
    ["getchats on an unknown platformid", (s) => chatParams(s, "getchats", { platform: "whatsapp", platformid: "999" }), "CHANNEL_NOT_FOUND"],
    ["getchats on platform sms", (s) => chatParams(s, "getchats", { platform: "sms", platformid: "100" }), "CHANNEL_NOT_FOUND"],
    ["getmessages on a platform/platformid mismatch", (s) => chatParams(s, "getmessages", { platform: "telegram", platformid: "100", destination: "x" }), "CHANNEL_NOT_FOUND"],
    ["sendmessage on an unknown channel", (s) => chatParams(s, "sendmessage", { platform: "webchat", platformid: "1", destination: "x", message: "hi" }), "CHANNEL_NOT_FOUND"],
    ["sendfile on an unknown channel", (s) => chatParams(s, "sendfile", { platform: "webchat", platformid: "1", destination: "x", type: "image", fileurl: "https://a.example/x.png" }), "CHANNEL_NOT_FOUND"],
    ["getunreadmessages on an unknown channel", (s) => chatParams(s, "getunreadmessages", { platform: "operator", platformid: "401", destination: "x" }), "CHANNEL_NOT_FOUND"],
    ["getmessages of an unknown destination", (s) => chatParams(s, "getmessages", { ...WA, destination: "34999999999" }), "CHAT_NOT_FOUND"],
    ["getunreadmessages of an unknown destination", (s) => chatParams(s, "getunreadmessages", { ...WA, destination: "34999999999" }), "CHAT_NOT_FOUND"],
    ["sendfile to an unknown destination", (s) => chatParams(s, "sendfile", { ...WA, destination: "34999999999", type: "image", fileurl: "https://a.example/x.png" }), "CHAT_NOT_FOUND"],
    ["sendfile of type pdf", (s) => chatParams(s, "sendfile", { ...LUCIA, type: "pdf", fileurl: "https://a.example/x.pdf" }), "INCORRECT_FILETYPE"],
    ["sendfile with a relative fileurl", (s) => chatParams(s, "sendfile", { ...LUCIA, type: "image", fileurl: "/x.png" }), "INCORRECT_FILEURL"],
    ["sendfile with an ftp fileurl", (s) => chatParams(s, "sendfile", { ...LUCIA, type: "image", fileurl: "ftp://a.example/x.png" }), "INCORRECT_FILEURL"],
    ["sendfile with a bad thumburl", (s) => chatParams(s, "sendfile", { ...LUCIA, type: "image", fileurl: "https://a.example/x.png", thumburl: "not a url" }), "INCORRECT_THUMBURL"],
  ];

  it.each(cases)("%s answers the right code", async (_name, params, code) => {
    expect(await errorOf(sb, params(sb))).toBe(code);
  });

  it("answers errors the same over GET and Basic", async () => {
    expect(await errorOf(sb, { ...chatParams(sb, "getchatchannels"), password: "wrong" }, "get")).toBe("INCORRECT_USER_PASSWORD");
    expect(await errorOf(sb, { ...chatParams(sb, "getchatchannels"), password: "wrong" }, "basic")).toBe("INCORRECT_USER_PASSWORD");
    expect(await errorOf(sb, chatParams(sb, "nope"), "basic")).toBe("INCORRECT_METHOD");
  });

  it("checks in the documented order: user, password, credentials, class, method, params, channel, file, chat", async () => {
    expect(await errorOf(sb, { method: "nope" })).toBe("MISSING_USER");
    expect(await errorOf(sb, { user: "x", class: "sms" })).toBe("MISSING_PASSWORD");
    expect(await errorOf(sb, { user: "x", password: "y" })).toBe("INCORRECT_USER_PASSWORD");
    expect(await errorOf(sb, { user: sb.user, password: sb.password, method: "nope" })).toBe("MISSING_CLASS");
    expect(await errorOf(sb, { ...chatParams(sb, "nope"), class: "sms" })).toBe("INCORRECT_CLASS");
    expect(await errorOf(sb, chatParams(sb, "nope", { platform: "sms" }))).toBe("INCORRECT_METHOD");
    expect(await errorOf(sb, chatParams(sb, "sendfile", { platform: "sms", platformid: "1", destination: "x", type: "pdf" }))).toBe("MISSING_COMPULSORY_PARAM");
    expect(await errorOf(sb, chatParams(sb, "sendfile", { platform: "sms", platformid: "1", destination: "x", type: "pdf", fileurl: "x" }))).toBe("CHANNEL_NOT_FOUND");
    expect(await errorOf(sb, chatParams(sb, "sendfile", { ...WA, destination: "nobody", type: "pdf", fileurl: "x", thumburl: "y" }))).toBe("INCORRECT_FILETYPE");
    expect(await errorOf(sb, chatParams(sb, "sendfile", { ...WA, destination: "nobody", type: "image", fileurl: "x", thumburl: "y" }))).toBe("INCORRECT_FILEURL");
    expect(await errorOf(sb, chatParams(sb, "sendfile", { ...WA, destination: "nobody", type: "image", fileurl: "https://a.example/x", thumburl: "y" }))).toBe("INCORRECT_THUMBURL");
    expect(await errorOf(sb, chatParams(sb, "sendfile", { ...WA, destination: "nobody", type: "image", fileurl: "https://a.example/x" }))).toBe("CHAT_NOT_FOUND");
  });

  it("answers an empty list for getchats on a channel with no chats", async () => {
    await sb.admin("reset", { body: { seed: "empty" } });
    expect(await ok(sb, "getchats", WA)).toEqual([]);
  });
});
