import { describe, expect, it } from "vitest";
import { sandboxForFile } from "../../helpers/sandbox";
import { adminChat, adminRaw, call, chatParams, ok, type AdminChat } from "./client";

const sb = sandboxForFile({ seed: "demo" });

interface RequestRecord {
  at: string;
  httpMethod: string;
  url: string;
  contentType: string | null;
  basicAuth: boolean;
  method: string | null;
}

describe("stats and requests", () => {
  it("counts every API request by method, erred ones too; unknown methods only in the total", async () => {
    await ok(sb, "getchatchannels");
    await ok(sb, "getchats", { platform: "whatsapp", platformid: "100" }, "get");
    await call(sb, { ...chatParams(sb, "getchats"), password: "wrong" });
    await call(sb, chatParams(sb, "nosuchmethod"));
    await call(sb, { class: "chat" });
    await sb.admin("outbound", { body: { platform: "whatsapp", platformId: 100, destination: "34600111222", message: "from the panel" } });
    expect(await sb.admin("stats")).toEqual({
      total: 5,
      byMethod: { getchatchannels: 1, getchats: 2, getmessages: 0, getunreadmessages: 0, sendmessage: 0, sendfile: 0 },
    });
    expect(await sb.admin("stats/reset", { method: "POST" })).toEqual({ ok: true });
    expect(await sb.admin("stats")).toMatchObject({ total: 0, byMethod: { getchats: 0 } });
    expect(await sb.admin("requests")).toEqual({ requests: [] });
  });

  it("records each request as received, so tests can see where the password travelled", async () => {
    await ok(sb, "getchatchannels", {}, "post");
    await ok(sb, "getchatchannels", {}, "basic");
    await ok(sb, "getchatchannels", {}, "get");
    const { requests } = await sb.admin<{ requests: RequestRecord[] }>("requests");
    expect(requests).toHaveLength(3);
    const [post, basic, get] = requests;
    expect(post).toMatchObject({ httpMethod: "POST", url: "/api/http/", contentType: "application/x-www-form-urlencoded", basicAuth: false, method: "getchatchannels" });
    expect(basic).toMatchObject({ httpMethod: "POST", basicAuth: true, method: "getchatchannels" });
    expect(get?.httpMethod).toBe("GET");
    expect(get?.url).toContain(`password=${sb.password}`);
    expect(get?.contentType).toBeNull();
    expect(requests.filter((r) => r.url.includes(sb.password))).toEqual([get]);
    expect(Date.parse(post?.at ?? "")).toBeGreaterThan(Date.now() - 60_000);
  });

  it("keeps only the last 500 requests", async () => {
    await Promise.all(Array.from({ length: 500 }, (_, i) => call(sb, { class: "chat", method: `early${i}` })));
    for (let i = 0; i < 20; i++) await call(sb, { class: "chat", method: `late${i}` });
    const { requests } = await sb.admin<{ requests: RequestRecord[] }>("requests");
    expect(requests).toHaveLength(500);
    expect(requests.slice(-20).map((r) => r.method)).toEqual(Array.from({ length: 20 }, (_, i) => `late${i}`));
    expect(await sb.admin("stats")).toMatchObject({ total: 520 });
  });
});

describe("inbound and outbound", () => {
  it("a customer writing in opens a chat, backdated if asked", async () => {
    const at = "2025-03-01T10:00:00Z";
    const { messageId } = await sb.admin<{ messageId: string }>("inbound", {
      body: { platform: "telegram", platformId: "200", destination: "999000111", message: "Hello there", at },
    });
    expect(messageId).toMatch(/^\d+$/);
    const chat = await adminChat(sb, "telegram", "200", "999000111");
    expect(chat.messages).toEqual([
      { messageId, direction: "in", text: "Hello there", status: "received", at: "2025-03-01T10:00:00.000Z", read: false, via: "inbound" },
    ]);
    const unread = await ok(sb, "getunreadmessages", { platform: "telegram", platformid: "200", destination: "999000111" });
    expect(unread.map((m) => m.messageid)).toEqual([Number(messageId)]);
  });

  it("places a backdated message in time order", async () => {
    const base = { platform: "telegram", platformId: "200", destination: "999000222" };
    await sb.admin("inbound", { body: { ...base, message: "second", at: "2025-03-02T10:00:00Z" } });
    await sb.admin("inbound", { body: { ...base, message: "first", at: "2025-03-01T10:00:00Z" } });
    const chat = await adminChat(sb, "telegram", "200", "999000222");
    expect(chat.messages.map((m) => m.text)).toEqual(["first", "second"]);
  });

  it("an inbound file carries its type, URL and thumbnail", async () => {
    await sb.admin("inbound", {
      body: { platform: "whatsapp", platformId: 100, destination: "34600111222", type: "image", fileUrl: "https://files.example.com/p.jpg", thumbUrl: "https://files.example.com/t.jpg" },
    });
    const chat = await adminChat(sb, "whatsapp", "100", "34600111222");
    expect(chat.messages.at(-1)).toMatchObject({ text: "", file: { type: "image", url: "https://files.example.com/p.jpg", thumbUrl: "https://files.example.com/t.jpg" } });
  });

  it("a message from outside the inbox reads the chat like a reply, without counting as an API call", async () => {
    const { messageId } = await sb.admin<{ messageId: string }>("outbound", {
      body: { platform: "webchat", platformId: "300", destination: "wc-5d1f8a", message: "Answered from the vendor panel" },
    });
    const chat = await adminChat(sb, "webchat", "300", "wc-5d1f8a");
    expect(chat.messages.at(-1)).toMatchObject({ messageId, direction: "out", via: "outbound", status: "sent" });
    expect(chat.messages.filter((m) => m.direction === "in").every((m) => m.read)).toBe(true);
    expect(await sb.admin("stats")).toMatchObject({ total: 0 });
  });

  it("answers 404 for a channel that does not exist", async () => {
    const answer = await adminRaw(sb, "inbound", { body: JSON.stringify({ platform: "whatsapp", platformId: "999", destination: "1", message: "x" }) });
    expect(answer.status).toBe(404);
    expect(answer.body.error).toBe("There is no whatsapp channel with platformId 999.");
  });

  it.each([
    ["not JSON", "{oops", /not valid JSON/],
    ["an array", "[]", /must be a JSON object/],
    ["an unknown platform", JSON.stringify({ platform: "sms", platformId: "1", destination: "x", message: "m" }), /platform must be one of/],
    ["no destination", JSON.stringify({ platform: "webchat", platformId: "300", message: "m" }), /destination must be a non-empty string/],
    ["no message and no file", JSON.stringify({ platform: "webchat", platformId: "300", destination: "x" }), /message is required/],
    ["a file without a URL", JSON.stringify({ platform: "webchat", platformId: "300", destination: "x", type: "image" }), /fileUrl is required/],
    ["a javascript: URL", JSON.stringify({ platform: "webchat", platformId: "300", destination: "x", type: "image", fileUrl: "javascript:alert(1)" }), /fileUrl must be an absolute http\(s\) URL/],
    ["a bad type", JSON.stringify({ platform: "webchat", platformId: "300", destination: "x", type: "gif", fileUrl: "https://a.example/x" }), /type must be one of/],
    ["a bad date", JSON.stringify({ platform: "webchat", platformId: "300", destination: "x", message: "m", at: "yesterday" }), /at must be an ISO 8601/],
    ["an unknown field", JSON.stringify({ platform: "webchat", platformId: "300", destination: "x", message: "m", from: "me" }), /Unknown field: from/],
  ])("refuses a body with %s", async (_name, body, message) => {
    for (const path of ["inbound", "outbound"]) {
      const answer = await adminRaw(sb, path, { body });
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatch(message);
    }
  });
});

describe("channels and chats", () => {
  it("lists the channels", async () => {
    const { channels } = await sb.admin<{ channels: unknown[] }>("channels");
    expect(channels).toContainEqual({ platform: "operator", platformId: "400", name: "Lumen Home phone desk" });
  });

  it("filters chats by platform and platformId", async () => {
    const all = await sb.admin<{ chats: AdminChat[] }>("chats");
    const whatsapp = await sb.admin<{ chats: AdminChat[] }>("chats?platform=whatsapp");
    const sales = await sb.admin<{ chats: AdminChat[] }>("chats?platform=whatsapp&platformId=101");
    expect(whatsapp.chats.length).toBeLessThan(all.chats.length);
    expect(whatsapp.chats.every((c) => c.platform === "whatsapp")).toBe(true);
    expect(sales.chats.length).toBeGreaterThan(0);
    expect(sales.chats.length).toBeLessThan(whatsapp.chats.length);
    expect(sales.chats.every((c) => c.platformId === "101")).toBe(true);
    expect((await adminRaw(sb, "chats?platform=sms")).status).toBe(400);
  });

  it("lists only who writes with messages=omit", async () => {
    const all = await sb.admin<{ chats: AdminChat[] }>("chats?platform=whatsapp");
    const bare = await sb.admin<{ chats: unknown[] }>("chats?platform=whatsapp&messages=omit");
    expect(bare.chats).toEqual(all.chats.map(({ platform, platformId, destination }) => ({ platform, platformId, destination })));
    const wrong = await adminRaw(sb, "chats?messages=none");
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatch(/"include" or "omit"/);
  });

  it("answers one chat, or 404 with a sentence", async () => {
    const chat = await adminChat(sb, "whatsapp", "100", "34600111222");
    expect(chat).toMatchObject({ platform: "whatsapp", platformId: "100", destination: "34600111222" });
    expect(chat.messages[0]).toMatchObject({ direction: "in", via: "seed", read: true, status: "read" });
    const missing = await adminRaw(sb, "chats/whatsapp/100/0000");
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatch(/no chat/);
  });
});

describe("the admin API itself", () => {
  it("answers unknown paths with 404 JSON and wrong verbs with 405", async () => {
    const unknown = await adminRaw(sb, "nothing-here");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatch(/no admin endpoint/);
    const verb = await adminRaw(sb, "stats", { method: "DELETE" });
    expect(verb.status).toBe(405);
    const outside = await fetch(`${sb.origin}/elsewhere`);
    expect(outside.status).toBe(404);
    expect(await outside.json()).toHaveProperty("error");
  });

  it("refuses a reset to an unknown seed and keeps the state", async () => {
    const answer = await adminRaw(sb, "reset", { body: JSON.stringify({ seed: "huge" }) });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/unknown seed "huge"/);
    const bad = await adminRaw(sb, "reset", { body: JSON.stringify({ seed: "large:chats=-1" }) });
    expect(bad.status).toBe(400);
    expect((await sb.admin<{ chats: unknown[] }>("chats")).chats.length).toBeGreaterThan(30);
  });

  it("reset puts back the state, the dialect, the faults and the stats", async () => {
    await ok(sb, "sendmessage", { platform: "webchat", platformid: "300", destination: "wc-new-one", message: "hi" });
    await sb.admin("dialect", { body: { statusCase: "lower" } });
    await sb.admin("faults", { body: { latencyMs: 10 } });
    await sb.admin("reset", { method: "POST" });
    expect(await sb.admin("stats")).toMatchObject({ total: 0 });
    expect(await sb.admin("dialect")).toMatchObject({ statusCase: "upper" });
    expect(await sb.admin("faults")).toEqual({ faults: null });
    expect((await adminRaw(sb, "chats/webchat/300/wc-new-one")).status).toBe(404);
  });

  it("changes the customers' rate at run time and validates it", async () => {
    expect(await sb.admin("customers")).toEqual({ perMinute: 0 });
    expect(await sb.admin("customers", { body: { perMinute: 12 } })).toEqual({ perMinute: 12 });
    expect(await sb.admin("customers")).toEqual({ perMinute: 12 });
    const bad = await adminRaw(sb, "customers", { body: JSON.stringify({ perMinute: -1 }) });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toBe("perMinute cannot be negative.");
    await sb.admin("reset", { method: "POST" });
    expect(await sb.admin("customers")).toEqual({ perMinute: 0 });
  });
});
