import { describe, expect, it } from "vitest";
import { sandboxForFile } from "../../helpers/sandbox";
import { ok, type AdminChat } from "./client";

const sb = sandboxForFile({ seed: "demo" });

const LANGUAGE_MARKS: Record<string, RegExp> = {
  english: /\b(the|my|thanks|thank you)\b/i,
  spanish: /\b(pedido|gracias|hola|factura)\b|¿/i,
  portuguese: /\b(obrigad[oa]|olá|encomenda|não|entrega)\b/i,
  polish: /[ąęłśżźćń]|\b(dzień dobry|dziękuję)\b/i,
};

describe("the demo seed", () => {
  it("has five channels, about forty chats, four languages, files of every type and unread chats", async () => {
    const { channels } = await sb.admin<{ channels: { platform: string; platformId: string; name: string }[] }>("channels");
    expect(channels.map((c) => `${c.platform}:${c.platformId}`)).toEqual([
      "whatsapp:100",
      "whatsapp:101",
      "telegram:200",
      "webchat:300",
      "operator:400",
    ]);
    const { chats } = await sb.admin<{ chats: AdminChat[] }>("chats");
    expect(chats.length).toBeGreaterThanOrEqual(36);
    expect(chats.length).toBeLessThanOrEqual(44);
    for (const channel of channels) expect(chats.some((c) => c.platformId === channel.platformId)).toBe(true);

    const chatText = (chat: AdminChat) => chat.messages.map((m) => m.text).join(" ");
    for (const [language, mark] of Object.entries(LANGUAGE_MARKS)) {
      const count = chats.filter((c) => mark.test(chatText(c))).length;
      expect(count, language).toBeGreaterThanOrEqual(5);
    }

    const files = chats.flatMap((c) => c.messages.filter((m) => m.file).map((m) => `${m.direction}:${m.file?.type}`));
    for (const type of ["image", "video", "audio", "voice", "document", "contact"]) {
      expect(files, type).toContain(`in:${type}`);
      expect(files, type).toContain(`out:${type}`);
    }
    for (const chat of chats) {
      for (const m of chat.messages) if (m.file) expect(m.file.url).toMatch(/^https:\/\/files\.example\.com\//);
    }

    const unread = chats.filter((c) => c.messages.some((m) => m.direction === "in" && !m.read));
    expect(unread.length).toBeGreaterThanOrEqual(5);
    for (const chat of unread) {
      const lastOut = chat.messages.map((m) => m.direction).lastIndexOf("out");
      // Unread means written after the last reply.
      expect(chat.messages.slice(lastOut + 1).every((m) => m.direction === "in" && !m.read)).toBe(true);
    }
  });

  it("uses phone numbers on WhatsApp and places its history in the last days", async () => {
    const { chats } = await sb.admin<{ chats: AdminChat[] }>("chats");
    for (const chat of chats.filter((c) => c.platform === "whatsapp")) expect(chat.destination).toMatch(/^\d{10,13}$/);
    const now = Date.now();
    const times = chats.flatMap((c) => c.messages.map((m) => Date.parse(m.at)));
    expect(Math.max(...times)).toBeLessThan(now);
    expect(Math.min(...times)).toBeGreaterThan(now - 8 * 24 * 3600_000);
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(3 * 24 * 3600_000);
  });

  it("is the same content after every reset", async () => {
    const first = await sb.admin<{ chats: AdminChat[] }>("chats");
    await sb.admin("reset", { method: "POST" });
    const second = await sb.admin<{ chats: AdminChat[] }>("chats");
    const content = (chats: AdminChat[]) => chats.map((c) => [c.destination, c.messages.map((m) => [m.messageId, m.text, m.read])]);
    expect(content(second.chats)).toEqual(content(first.chats));
  });
});

describe("the empty seed", () => {
  it("keeps the channels and has no chats", async () => {
    const counts = await sb.admin<{ channels: number; chats: number }>("reset", { body: { seed: "empty" } });
    expect(counts).toMatchObject({ channels: 5, chats: 0 });
    expect(await ok(sb, "getchatchannels")).toHaveLength(5);
  });
});

describe("the large seed", () => {
  it("seeds 10,000 chats of 20 messages fast and serves a 2,500-chat channel fast", async () => {
    const started = performance.now();
    const counts = await sb.admin<{ channels: number; chats: number; messages: number }>("reset", {
      body: { seed: "large:channels=4,chats=10000,messages=20" },
    });
    const seeding = performance.now() - started;
    expect(counts).toEqual({ ok: true, channels: 4, chats: 10_000, messages: 200_000 });
    expect(seeding).toBeLessThan(3_000);

    const channels = await ok<{ platformid: number; platform: string }[]>(sb, "getchatchannels");
    expect(channels).toHaveLength(4);
    const first = channels[0];
    if (!first) throw new Error("no channel");
    const params = { platform: first.platform, platformid: String(first.platformid) };
    await ok(sb, "getchats", params);
    const timings: number[] = [];
    let chats: Record<string, unknown>[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      chats = await ok(sb, "getchats", params);
      timings.push(performance.now() - t);
    }
    expect(chats).toHaveLength(2_500);
    expect(Math.min(...timings)).toBeLessThan(200);

    const sample = chats[0];
    const messages = await ok(sb, "getmessages", { ...params, destination: String(sample?.destination) });
    expect(messages).toHaveLength(20);
    expect(messages.at(-1)?.messageid).toBe(sample?.messageid);
  });
});
