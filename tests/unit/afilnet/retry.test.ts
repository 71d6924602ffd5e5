import { describe, expect, it } from "vitest";
import { AfilnetApiError, AfilnetTransportError, createAfilnetClient } from "@/lib/afilnet";
import { backoffMs, isTransient, shouldRetry } from "@/lib/afilnet/retry";
import { captureLogger, failure, fakeFetch, success } from "./fake-fetch";

const http = (status: number) => new AfilnetTransportError("http", `HTTP ${status}`, { status });

describe("retry policy", () => {
  it("treats timeouts, network faults, malformed answers and 5xx/408/429 as transient", () => {
    expect(isTransient(new AfilnetTransportError("timeout", "t"))).toBe(true);
    expect(isTransient(new AfilnetTransportError("network", "n"))).toBe(true);
    expect(isTransient(new AfilnetTransportError("malformed", "m"))).toBe(true);
    for (const status of [500, 502, 503, 408, 429]) expect(isTransient(http(status)), String(status)).toBe(true);
    for (const status of [301, 400, 401, 403, 404]) expect(isTransient(http(status)), String(status)).toBe(false);
    expect(isTransient(new AfilnetApiError("CHAT_NOT_FOUND"))).toBe(false);
    expect(isTransient(new Error("boom"))).toBe(false);
  });

  it("retries reads up to readRetries times, sends never", () => {
    const fault = new AfilnetTransportError("network", "n");
    expect(shouldRetry("read", fault, 1, 2)).toBe(true);
    expect(shouldRetry("read", fault, 2, 2)).toBe(true);
    expect(shouldRetry("read", fault, 3, 2)).toBe(false);
    expect(shouldRetry("read", fault, 1, 0)).toBe(false);
    expect(shouldRetry("send", fault, 1, 2)).toBe(false);
    expect(shouldRetry("read", new AfilnetApiError("NO_CREDITS"), 1, 2)).toBe(false);
  });

  it("doubles the wait and jitters its upper half", () => {
    expect(backoffMs(1, 250, () => 0)).toBe(125);
    expect(backoffMs(1, 250, () => 1)).toBe(250);
    expect(backoffMs(2, 250, () => 0)).toBe(250);
    expect(backoffMs(3, 250, () => 1)).toBe(1000);
    expect(backoffMs(30, 250, () => 1)).toBe(30_000);
    const waits = new Set(Array.from({ length: 20 }, () => backoffMs(3, 250)));
    for (const wait of waits) expect(wait).toBeGreaterThanOrEqual(500);
    expect(waits.size).toBeGreaterThan(1);
  });
});

describe("retries through the client", () => {
  const make = (...replies: Parameters<typeof fakeFetch>) => {
    const fake = fakeFetch(...replies);
    const capture = captureLogger();
    const client = createAfilnetClient({
      baseUrl: "https://afilnet.test/api/http/",
      user: "u",
      password: "p",
      fetch: fake.fetch,
      logger: capture.logger,
      retryBaseMs: 1,
    });
    return { client, fake, capture };
  };
  const chat = { platform: "webchat", platformId: "1", destination: "s-1" } as const;

  it("retries a read after a fault and logs one line with the attempts", async () => {
    const { client, fake, capture } = make(new Response("oops", { status: 503 }), "<html></html>", success([]));
    expect(await client.getMessages(chat)).toEqual([]);
    expect(fake.requests).toHaveLength(3);
    expect(capture.lines).toHaveLength(1);
    expect(capture.lines[0]).toMatchObject({ method: "getmessages", outcome: "ok", attempts: 3, platform: "webchat" });
  });

  it("gives up after readRetries + 1 attempts with the last fault", async () => {
    const { client, fake, capture } = make(new Response("", { status: 502 }));
    const error = await client.getChatChannels().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "http", status: 502 });
    expect(fake.requests).toHaveLength(3);
    expect(capture.lines[0]).toMatchObject({ outcome: "http", status: 502, attempts: 3 });
  });

  it("does not retry an API error", async () => {
    const { client, fake, capture } = make(failure("CHAT_NOT_FOUND"));
    await expect(client.getMessages(chat)).rejects.toMatchObject({ code: "CHAT_NOT_FOUND", local: false });
    expect(fake.requests).toHaveLength(1);
    expect(capture.lines[0]).toMatchObject({ outcome: "api_error", code: "CHAT_NOT_FOUND", attempts: 1 });
  });

  it("does not retry a send", async () => {
    const { client, fake } = make(new Response("", { status: 500 }), success({ messageid: 1 }));
    await expect(client.sendMessage({ ...chat, message: "hi" })).rejects.toMatchObject({ kind: "http" });
    await expect(client.sendFile({ ...chat, type: "image", fileUrl: "https://f.test/a" })).resolves.toEqual({
      messageId: "1",
    });
    expect(fake.requests).toHaveLength(2);
  });

  it("does not retry a 404", async () => {
    const { client, fake } = make(new Response("", { status: 404 }));
    await expect(client.getChatChannels()).rejects.toMatchObject({ kind: "http", status: 404 });
    expect(fake.requests).toHaveLength(1);
  });
});
