import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RunningSandbox } from "@/tests/helpers/sandbox";
import { platforms, type AfilnetAuth, type AfilnetChannel, type Platform } from "@/lib/afilnet";
import { adminChat, clientFor, requests, resetSandbox, startQuietSandbox, stats } from "./setup";

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startQuietSandbox();
});
afterAll(async () => {
  await sandbox?.stop();
});
beforeEach(async () => {
  await resetSandbox(sandbox);
});

const asPlatform = (channel: AfilnetChannel) => channel.platform as Platform;

describe.each<AfilnetAuth>(["post", "basic"])("every method, auth %s", (auth) => {
  /** A channel of the demo seed and one of its chats. */
  async function someChat() {
    const { client } = clientFor(sandbox, auth);
    const channels = await client.getChatChannels();
    for (const channel of channels) {
      const chats = await client.getChats({ platform: asPlatform(channel), platformId: channel.platformId });
      const chat = chats[0];
      if (chat) return { channel, destination: chat.destination };
    }
    throw new Error("the seed has no chat");
  }

  it("getChatChannels lists the seed's five channels", async () => {
    const { client, capture } = clientFor(sandbox, auth);
    const channels = await client.getChatChannels();
    expect(channels).toHaveLength(5);
    expect(new Set(channels.map((c) => c.platform))).toEqual(new Set(platforms));
    for (const channel of channels) {
      expect(channel.platformId).toEqual(expect.any(String));
      expect(channel.name).not.toBe("");
    }
    expect(capture.lines).toEqual([expect.objectContaining({ method: "getchatchannels", outcome: "ok", attempts: 1 })]);

    const [request] = await requests(sandbox);
    expect(request).toMatchObject({ httpMethod: "POST", basicAuth: auth === "basic", method: "getchatchannels" });
    expect(request?.contentType).toMatch(/^application\/x-www-form-urlencoded/);
    expect(new URL(request?.url ?? "", sandbox.origin).search).toBe("");
  });

  it("getChats gives the latest message of each chat, oldest first", async () => {
    const { client } = clientFor(sandbox, auth);
    const channels = await client.getChatChannels();
    let total = 0;
    for (const channel of channels) {
      const chats = await client.getChats({ platform: asPlatform(channel), platformId: channel.platformId });
      total += chats.length;
      const times = chats.map((m) => m.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      for (const latest of chats) {
        expect(latest).toMatchObject({ platform: channel.platform, platformId: channel.platformId });
        const admin = await adminChat(sandbox, channel.platform, channel.platformId, latest.destination);
        expect(latest.messageId).toBe(admin.messages.at(-1)?.messageId);
      }
    }
    expect(total).toBeGreaterThanOrEqual(30);
  });

  it("getMessages gives a chat's whole history as the sandbox holds it", async () => {
    const { channel, destination } = await someChat();
    const { client } = clientFor(sandbox, auth);
    const chat = { platform: asPlatform(channel), platformId: channel.platformId, destination };
    const messages = await client.getMessages(chat);
    const admin = await adminChat(sandbox, chat.platform, chat.platformId, destination);
    expect(messages.map((m) => m.messageId)).toEqual(admin.messages.map((m) => m.messageId));
    for (const [index, message] of messages.entries()) {
      const held = admin.messages[index];
      expect(message).toMatchObject({ ...chat, text: held?.text, direction: held?.direction });
      expect(message.at.getTime()).toBe(new Date(held?.at ?? 0).getTime());
      expect(message.file).toEqual(held?.file);
    }
  });

  it("getUnreadMessages gives new inbound messages, marked in", async () => {
    const { channel, destination } = await someChat();
    const { client } = clientFor(sandbox, auth);
    const chat = { platform: asPlatform(channel), platformId: channel.platformId, destination };
    await client.getMessages(chat);
    const { messageId } = await sandbox.admin<{ messageId: string }>("inbound", { body: { ...chat, message: "Is anyone there?" } });
    const unread = await client.getUnreadMessages(chat);
    expect(unread.map((m) => [m.messageId, m.text, m.direction])).toEqual([[messageId, "Is anyone there?", "in"]]);
  });

  it("sendMessage sends the text as given and returns its id", async () => {
    const { channel, destination } = await someChat();
    const { client } = clientFor(sandbox, auth);
    const chat = { platform: asPlatform(channel), platformId: channel.platformId, destination };
    const text = "Thanks! Your order 42 & the refund (50 %) are on their way: ñ, 漢字, 🙂";
    const { messageId } = await client.sendMessage({ ...chat, message: text });
    expect(messageId).toMatch(/^\d+$/);
    const last = (await adminChat(sandbox, chat.platform, chat.platformId, destination)).messages.at(-1);
    expect(last).toMatchObject({ messageId, text, direction: "out", via: "sendmessage" });
    const history = await client.getMessages(chat);
    expect(history.at(-1)).toMatchObject({ messageId, text, direction: "out" });
  });

  it("sendMessage to a new destination opens a chat", async () => {
    const { channel } = await someChat();
    const { client } = clientFor(sandbox, auth);
    const chat = { platform: asPlatform(channel), platformId: channel.platformId, destination: `new-${auth}` };
    const { messageId } = await client.sendMessage({ ...chat, message: "Hello" });
    expect((await client.getMessages(chat)).map((m) => m.messageId)).toEqual([messageId]);
  });

  it("sendFile sends the file with thumbnail and caption", async () => {
    const { channel, destination } = await someChat();
    const { client } = clientFor(sandbox, auth);
    const chat = { platform: asPlatform(channel), platformId: channel.platformId, destination };
    const file = { type: "image", fileUrl: "https://files.example/p.jpg?x=1&y=2", thumbUrl: "https://files.example/p-t.jpg" } as const;
    const { messageId } = await client.sendFile({ ...chat, ...file, message: "The photo" });
    const last = (await adminChat(sandbox, chat.platform, chat.platformId, destination)).messages.at(-1);
    expect(last).toMatchObject({ messageId, text: "The photo", via: "sendfile" });
    expect(last?.file).toEqual({ type: "image", url: file.fileUrl, thumbUrl: file.thumbUrl });
    const sent = (await client.getMessages(chat)).find((m) => m.messageId === messageId);
    expect(sent).toMatchObject({ text: "The photo", direction: "out" });
    expect(sent?.file).toEqual({ type: "image", url: file.fileUrl, thumbUrl: file.thumbUrl });

    const bare = await client.sendFile({ ...chat, type: "document", fileUrl: "https://files.example/a.pdf" });
    const document = (await client.getMessages(chat)).find((m) => m.messageId === bare.messageId);
    expect(document).toMatchObject({ text: "", file: { type: "document", url: "https://files.example/a.pdf" } });
    expect(document?.file).not.toHaveProperty("thumbUrl");
  });

  it("every request was a form POST without anything in the query string", async () => {
    const { channel, destination } = await someChat();
    const { client } = clientFor(sandbox, auth);
    await client.getMessages({ platform: asPlatform(channel), platformId: channel.platformId, destination });
    const seen = await requests(sandbox);
    expect(seen.length).toBe((await stats(sandbox)).total);
    for (const request of seen) {
      expect(request).toMatchObject({ httpMethod: "POST", basicAuth: auth === "basic" });
      expect(request.url).toBe("/api/http/");
    }
  });
});
