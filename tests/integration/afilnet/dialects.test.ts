import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSandbox } from "@/tests/helpers/sandbox";
import type { AfilnetAuth, AfilnetClient, Platform } from "@/lib/afilnet";
import { type AdminChat, clientFor, resetSandbox, startQuietSandbox } from "./setup";

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startQuietSandbox();
  await resetSandbox(sandbox);
});
afterAll(async () => {
  await sandbox?.stop();
});

type ChatKey = { platform: Platform; platformId: string; destination: string };

/** Chats to read: three whose history is read (so their state no longer changes), one left unread. */
async function pickChats(): Promise<{ read: ChatKey[]; unread: ChatKey }> {
  const { chats } = await sandbox.admin<{ chats: AdminChat[] }>("chats");
  const key = (chat: AdminChat): ChatKey => ({
    platform: chat.platform as Platform,
    platformId: chat.platformId,
    destination: chat.destination,
  });
  const unread = chats.find((c) => c.messages.some((m) => m.direction === "in" && !m.read));
  const withFile = chats.find((c) => c !== unread && c.messages.some((m) => m.file));
  const others = chats.filter((c) => c !== unread && c !== withFile).slice(0, 2);
  if (!unread || !withFile) throw new Error("the demo seed should have an unread chat and a chat with a file");
  return { read: [withFile, ...others].map(key), unread: key(unread) };
}

async function readEverything(client: AfilnetClient, chats: { read: ChatKey[]; unread: ChatKey }) {
  const channels = await client.getChatChannels();
  const latest = [];
  for (const channel of channels) {
    latest.push(await client.getChats({ platform: channel.platform as Platform, platformId: channel.platformId }));
  }
  const histories = [];
  for (const chat of chats.read) histories.push(await client.getMessages(chat));
  const unread = await client.getUnreadMessages(chats.unread);
  return { channels, latest, histories, unread };
}

const dialects: Record<string, unknown>[] = [
  { statusCase: "lower" },
  { listShape: "object" },
  { idsAs: "string" },
  { flagAs: "string" },
  { flagAs: "boolean" },
  { datetime: "iso" },
  { datetime: "unix" },
  { statusCase: "lower", listShape: "object", idsAs: "string", flagAs: "boolean", datetime: "unix" },
];
const defaults = { statusCase: "upper", listShape: "array", idsAs: "number", flagAs: "number", datetime: "sql" };

describe.each<AfilnetAuth>(["post", "basic"])("dialects, auth %s", (auth) => {
  it("normalise to the same results as the default dialect", async () => {
    const chats = await pickChats();
    const { client } = clientFor(sandbox, auth);
    await readEverything(client, chats); // marks the read chats read, so the baseline is stable
    const baseline = await readEverything(client, chats);
    expect(baseline.channels).toHaveLength(5);
    expect(baseline.unread.length).toBeGreaterThan(0);
    expect(baseline.histories.flat().some((m) => m.file)).toBe(true);
    expect(baseline.histories.flat().some((m) => m.direction === "out")).toBe(true);
    expect(baseline.histories.flat().some((m) => m.direction === "in")).toBe(true);

    for (const dialect of dialects) {
      await sandbox.admin("dialect", { body: { ...defaults, ...dialect } });
      expect(await readEverything(client, chats), JSON.stringify(dialect)).toEqual(baseline);
    }
    await sandbox.admin("dialect", { body: defaults });
  });

  it("send results carry the message id in every id form", async () => {
    const { client } = clientFor(sandbox, auth);
    const { read } = await pickChats();
    const chat = read[0] as ChatKey;
    for (const idsAs of ["number", "string"]) {
      await sandbox.admin("dialect", { body: { ...defaults, idsAs, statusCase: "lower", listShape: "object" } });
      const sent = await client.sendMessage({ ...chat, message: `ids as ${idsAs}` });
      const file = await client.sendFile({ ...chat, type: "audio", fileUrl: "https://f.example/a.ogg" });
      const history = await client.getMessages(chat);
      expect(history.at(-2)).toMatchObject({ messageId: sent.messageId, text: `ids as ${idsAs}` });
      expect(history.at(-1)).toMatchObject({ messageId: file.messageId, file: { type: "audio" } });
    }
    await sandbox.admin("dialect", { body: defaults });
  });
});
