import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RunningSandbox } from "@/tests/helpers/sandbox";
import { AfilnetApiError, AfilnetTransportError, explainAfilnetCode, type Platform } from "@/lib/afilnet";
import { adminChat, clientFor, rejection, resetSandbox, startQuietSandbox, stats } from "./setup";

let sandbox: RunningSandbox;
let chat: { platform: Platform; platformId: string; destination: string };

beforeAll(async () => {
  sandbox = await startQuietSandbox();
  const { client } = clientFor(sandbox, "post");
  const [channel] = await client.getChatChannels();
  if (!channel) throw new Error("no channel");
  const platform = channel.platform as Platform;
  const [latest] = await client.getChats({ platform, platformId: channel.platformId });
  if (!latest) throw new Error("no chat");
  chat = { platform, platformId: channel.platformId, destination: latest.destination };
});
afterAll(async () => {
  await sandbox?.stop();
});
beforeEach(async () => {
  await resetSandbox(sandbox);
});

const fault = (body: Record<string, unknown>) => sandbox.admin("faults", { body });

async function transportError(run: Promise<unknown>): Promise<AfilnetTransportError> {
  const error = await rejection(run);
  expect(error).toBeInstanceOf(AfilnetTransportError);
  return error as AfilnetTransportError;
}

describe("each fault kind", () => {
  it("http500 is an http fault with status 500", async () => {
    await fault({ kind: "http500" });
    const { client, capture } = clientFor(sandbox, "post", { readRetries: 0 });
    const error = await transportError(client.getChatChannels());
    expect(error).toMatchObject({ kind: "http", status: 500 });
    expect(capture.lines[0]).toMatchObject({ outcome: "http", status: 500, attempts: 1 });
  });

  it("malformed (an HTML page, then foreign JSON) is a malformed answer", async () => {
    await fault({ kind: "malformed" });
    const { client } = clientFor(sandbox, "post", { readRetries: 0 });
    for (let turn = 0; turn < 2; turn += 1) {
      expect(await transportError(client.getMessages(chat))).toMatchObject({ kind: "malformed" });
    }
  });

  it("hang is a timeout", async () => {
    await fault({ kind: "hang" });
    const { client, capture } = clientFor(sandbox, "basic", { readRetries: 0, timeoutMs: 300 });
    const started = Date.now();
    expect(await transportError(client.getChatChannels())).toMatchObject({ kind: "timeout" });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(capture.lines[0]).toMatchObject({ outcome: "timeout" });
  });

  it("latency beyond timeoutMs is a timeout", async () => {
    await fault({ latencyMs: 1000 });
    const { client } = clientFor(sandbox, "post", { readRetries: 0, timeoutMs: 200 });
    expect(await transportError(client.getChatChannels())).toMatchObject({ kind: "timeout" });
  });

  it("reset is a network fault", async () => {
    await fault({ kind: "reset" });
    const { client, capture } = clientFor(sandbox, "post", { readRetries: 0 });
    expect(await transportError(client.getChats(chat))).toMatchObject({ kind: "network" });
    expect(capture.lines[0]).toMatchObject({ outcome: "network" });
  });

  it("code is an API error with that code, never retried", async () => {
    await fault({ kind: "code", code: "NO_ROUTE_AVAILABLE", methods: ["getmessages"] });
    const { client, capture } = clientFor(sandbox, "post");
    const error = await rejection(client.getMessages(chat));
    expect(error).toBeInstanceOf(AfilnetApiError);
    expect(error).toMatchObject({ code: "NO_ROUTE_AVAILABLE", local: false });
    expect((await stats(sandbox)).byMethod.getmessages).toBe(1);
    expect(capture.lines[0]).toMatchObject({ outcome: "api_error", code: "NO_ROUTE_AVAILABLE", attempts: 1 });
  });

  it("an unknown code reaches the caller verbatim beside a generic sentence", async () => {
    await fault({ kind: "code", code: "QUOTA_EXCEEDED_2" });
    const { client } = clientFor(sandbox, "post");
    const error = await rejection(client.sendMessage({ ...chat, message: "hi" }));
    expect(error).toMatchObject({ code: "QUOTA_EXCEEDED_2", explanation: explainAfilnetCode("QUOTA_EXCEEDED_2") });
    expect(error.message).toContain("QUOTA_EXCEEDED_2");
  });
});

describe("retries", () => {
  for (const [kind, extra] of [
    ["http500", {}],
    ["malformed", {}],
    ["reset", {}],
    ["hang", { timeoutMs: 300 }],
  ] as const) {
    it(`a read survives one ${kind} fault`, async () => {
      await fault({ kind, count: 1, methods: ["getmessages"] });
      const { client, capture } = clientFor(sandbox, "post", extra);
      const messages = await client.getMessages(chat);
      expect(messages.length).toBeGreaterThan(0);
      expect((await stats(sandbox)).byMethod.getmessages).toBe(2);
      expect(capture.lines).toEqual([expect.objectContaining({ method: "getmessages", outcome: "ok", attempts: 2 })]);
    });
  }

  it("a read gives up after readRetries + 1 attempts", async () => {
    await fault({ kind: "http500", methods: ["getchatchannels"] });
    const { client, capture } = clientFor(sandbox, "basic", { readRetries: 2 });
    expect(await transportError(client.getChatChannels())).toMatchObject({ kind: "http", status: 500 });
    expect((await stats(sandbox)).byMethod.getchatchannels).toBe(3);
    expect(capture.lines).toEqual([expect.objectContaining({ outcome: "http", attempts: 3 })]);
  });

  it("sendMessage is not retried", async () => {
    await fault({ kind: "http500", count: 1, methods: ["sendmessage"] });
    const { client, capture } = clientFor(sandbox, "post");
    expect(await transportError(client.sendMessage({ ...chat, message: "once" }))).toMatchObject({ kind: "http" });
    expect((await stats(sandbox)).byMethod.sendmessage).toBe(1);
    expect(capture.lines).toEqual([expect.objectContaining({ method: "sendmessage", outcome: "http", attempts: 1 })]);
    // The fault is used up: the caller's own retry goes through.
    expect((await client.sendMessage({ ...chat, message: "once" })).messageId).toMatch(/^\d+$/);
  });

  it("sendFile is not retried", async () => {
    await fault({ kind: "reset", count: 1, methods: ["sendfile"] });
    const { client } = clientFor(sandbox, "basic");
    const send = client.sendFile({ ...chat, type: "image", fileUrl: "https://f.example/a.png" });
    expect(await transportError(send)).toMatchObject({ kind: "network" });
    expect((await stats(sandbox)).byMethod.sendfile).toBe(1);
  });

  it("a send whose answer was lost may have gone out, which is why it is not retried", async () => {
    await fault({ kind: "reset", count: 1, methods: ["sendmessage"], when: "after" });
    const { client } = clientFor(sandbox, "post");
    expect(await transportError(client.sendMessage({ ...chat, message: "lost answer" }))).toMatchObject({ kind: "network" });
    const held = await adminChat(sandbox, chat.platform, chat.platformId, chat.destination);
    expect(held.messages.filter((m) => m.text === "lost answer")).toHaveLength(1);
  });
});
