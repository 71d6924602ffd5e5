import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSandbox, type RunningSandbox } from "../../helpers/sandbox";
import { adminChat, errorOf, chatParams, ok } from "./client";

let sb: RunningSandbox;
const DELIVERY_MS = 50;

beforeAll(async () => {
  sb = await startSandbox({ seed: "demo", args: ["--delivery-ms", String(DELIVERY_MS)] });
});
afterAll(async () => {
  await sb.stop();
});
beforeEach(async () => {
  await sb.admin("reset", { method: "POST" });
});

const WEB = { platform: "webchat", platformid: "300" };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function inbound(destination: string, message: string): Promise<string> {
  const { messageId } = await sb.admin<{ messageId: string }>("inbound", {
    body: { platform: "webchat", platformId: "300", destination, message },
  });
  return messageId;
}

describe("read state", () => {
  it("lists new inbound messages as unread until getmessages reads them", async () => {
    await inbound("wc-reader", "first");
    await inbound("wc-reader", "second");
    const chat = { ...WEB, destination: "wc-reader" };
    const unread = await ok(sb, "getunreadmessages", chat);
    expect(unread.map((m) => [m.message, m.status, m.issent])).toEqual([
      ["first", "received", 0],
      ["second", "received", 0],
    ]);
    // getunreadmessages itself does not read them.
    expect(await ok(sb, "getunreadmessages", chat)).toHaveLength(2);
    await ok(sb, "getmessages", chat);
    expect(await ok(sb, "getunreadmessages", chat)).toEqual([]);
    const after = await ok(sb, "getmessages", chat);
    expect(after.map((m) => m.status)).toEqual(["read", "read"]);
  });

  it("counts a reply as reading the chat", async () => {
    const chat = { ...WEB, destination: "wc-5d1f8a" };
    expect(await ok(sb, "getunreadmessages", chat)).toHaveLength(2);
    await ok(sb, "sendmessage", { ...chat, message: "Yes, express takes two days." });
    expect(await ok(sb, "getunreadmessages", chat)).toEqual([]);
    const view = await adminChat(sb, "webchat", "300", "wc-5d1f8a");
    expect(view.messages.filter((m) => m.direction === "in").every((m) => m.read)).toBe(true);
  });

  it("keeps a message written after the reply unread", async () => {
    const chat = { ...WEB, destination: "wc-late" };
    await inbound("wc-late", "hello?");
    await ok(sb, "sendmessage", { ...chat, message: "Hi!" });
    await inbound("wc-late", "one more question");
    const unread = await ok(sb, "getunreadmessages", chat);
    expect(unread.map((m) => m.message)).toEqual(["one more question"]);
  });
});

describe("opening chats", () => {
  it("opens a chat with sendmessage, but sendfile needs one", async () => {
    const chat = { ...WEB, destination: "wc-brand-new" };
    const fileParams = { ...chat, type: "image", fileurl: "https://files.example.com/a.jpg" };
    expect(await errorOf(sb, chatParams(sb, "sendfile", fileParams))).toBe("CHAT_NOT_FOUND");
    expect(await errorOf(sb, chatParams(sb, "getmessages", chat))).toBe("CHAT_NOT_FOUND");
    const { messageid } = await ok<{ messageid: number }>(sb, "sendmessage", { ...chat, message: "Hello from Lumen Home" });
    const chats = await ok(sb, "getchats", WEB);
    expect(chats.find((c) => c.destination === "wc-brand-new")).toMatchObject({ messageid, sent: 1, message: "Hello from Lumen Home" });
    await ok(sb, "sendfile", fileParams);
    expect(await ok(sb, "getmessages", chat)).toHaveLength(2);
  });

  it("hands out one increasing id across all channels", async () => {
    const a = await ok<{ messageid: number }>(sb, "sendmessage", { ...WEB, destination: "wc-ids", message: "a" });
    const b = await ok<{ messageid: number }>(sb, "sendmessage", { platform: "telegram", platformid: "200", destination: "510228734", message: "b" });
    const c = await inbound("wc-ids", "c");
    expect(b.messageid).toBe(a.messageid + 1);
    expect(Number(c)).toBe(b.messageid + 1);
  });
});

describe("files on the wire", () => {
  it("carries type, fileurl, thumburl and the caption as the message", async () => {
    const chat = { platform: "whatsapp", platformid: "100", destination: "447700900123" };
    await ok(sb, "sendfile", { ...chat, type: "video", fileurl: "https://files.example.com/v.mp4", thumburl: "https://files.example.com/v.jpg", message: "How to fit it" });
    await ok(sb, "sendfile", { ...chat, type: "contact", fileurl: "https://files.example.com/c.vcf" });
    const messages = await ok(sb, "getmessages", chat);
    expect(messages.at(-2)).toMatchObject({ type: "video", fileurl: "https://files.example.com/v.mp4", thumburl: "https://files.example.com/v.jpg", message: "How to fit it", sent: 1 });
    expect(messages.at(-1)).toMatchObject({ type: "contact", fileurl: "https://files.example.com/c.vcf", message: "" });
    expect(messages.at(-1)).not.toHaveProperty("thumburl");
    expect(messages[0]).not.toHaveProperty("type");
  });
});

describe("delivery", () => {
  it("moves a sent message from sent to delivered to read, one step per --delivery-ms", async () => {
    const chat = { ...WEB, destination: "wc-delivery" };
    // Watches one message until it is read; answers the statuses in the order first seen.
    const watch = async () => {
      const { messageid } = await ok<{ messageid: number }>(sb, "sendmessage", { ...chat, message: "On its way" });
      const statusNow = async () => (await ok(sb, "getmessages", chat)).find((m) => m.messageid === messageid)?.status;
      const seen = new Set<unknown>([await statusNow()]);
      const deadline = Date.now() + 2_000;
      while (Date.now() < deadline && !seen.has("read")) {
        await sleep(5);
        seen.add(await statusNow());
      }
      return [...seen];
    };
    // A busy machine may poll past the 50 ms "delivered" step; a few tries tell that from a bug.
    let seen = await watch();
    for (let attempt = 0; attempt < 3 && seen.length < 3; attempt++) seen = await watch();
    expect(seen).toEqual(["sent", "delivered", "read"]);
    const view = await adminChat(sb, "webchat", "300", "wc-delivery");
    expect(view.messages.at(-1)).toMatchObject({ status: "read", direction: "out", via: "sendmessage" });
  });
});
