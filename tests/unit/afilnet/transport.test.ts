import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AfilnetApiError, AfilnetTransportError, createAfilnetClient, type AfilnetClientOptions } from "@/lib/afilnet";
import { captureLogger, failure, fakeFetch, success } from "./fake-fetch";

const password = "pw-Zq9!x&y=1 +%";
const basic = `Basic ${Buffer.from(`agent:${password}`).toString("base64")}`;
const chat = { platform: "whatsapp", platformId: "100", destination: "34600000000" } as const;

function make(fake: ReturnType<typeof fakeFetch>, options: Partial<AfilnetClientOptions> = {}) {
  const capture = captureLogger();
  const client = createAfilnetClient({
    baseUrl: "https://afilnet.test/api/http/",
    user: "agent",
    password,
    fetch: fake.fetch,
    logger: capture.logger,
    readRetries: 0,
    ...options,
  });
  return { client, capture };
}

async function failureOf(run: Promise<unknown>): Promise<Error> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

function expectNoSecret(text: string) {
  expect(text).not.toContain(password);
  expect(text).not.toContain(encodeURIComponent(password));
  expect(text).not.toContain(basic.slice(6));
}

describe("the request", () => {
  it("posts everything as a form in post mode", async () => {
    const fake = fakeFetch(success({ messageid: 3 }));
    await make(fake).client.sendMessage({ ...chat, message: "test message & more" });
    const [request] = fake.requests;
    expect(request?.url).toBe("https://afilnet.test/api/http/");
    expect(request?.method).toBe("POST");
    expect(request?.headers["content-type"]).toMatch(/^application\/x-www-form-urlencoded/);
    expect(request?.headers.authorization).toBeUndefined();
    expect(Object.fromEntries(request?.body ?? [])).toEqual({
      class: "chat",
      method: "sendmessage",
      user: "agent",
      password,
      platform: "whatsapp",
      platformid: "100",
      destination: "34600000000",
      message: "test message & more",
    });
    expect(request?.body.toString()).toContain("message=test+message+%26+more");
  });

  it("puts the credentials in a Basic header only, in basic mode", async () => {
    const fake = fakeFetch(success([]));
    await make(fake, { auth: "basic" }).client.getChatChannels();
    const [request] = fake.requests;
    expect(request?.headers.authorization).toBe(basic);
    expect(Object.fromEntries(request?.body ?? [])).toEqual({ class: "chat", method: "getchatchannels" });
    expect(request?.url).toBe("https://afilnet.test/api/http/");
  });

  it("names the file parameters of sendfile", async () => {
    const fake = fakeFetch(success());
    await make(fake).client.sendFile({
      ...chat,
      type: "video",
      fileUrl: "https://f.test/v.mp4?a=1",
      thumbUrl: "https://f.test/v.jpg",
      message: "caption",
    });
    expect(Object.fromEntries(fake.requests[0]?.body ?? [])).toMatchObject({
      method: "sendfile",
      type: "video",
      fileurl: "https://f.test/v.mp4?a=1",
      thumburl: "https://f.test/v.jpg",
      message: "caption",
    });
  });
});

describe("telling faults apart", () => {
  const malformedBodies: [string, string][] = [
    ["an empty body", ""],
    ["an HTML page", "<!doctype html><html><body>502 Bad Gateway</body></html>"],
    ["text", "Internal error"],
    ["JSON without the envelope", JSON.stringify({ ok: true })],
    ["a JSON array", "[]"],
    ["an unknown status", JSON.stringify({ status: "PENDING" })],
    ["an error without a code", JSON.stringify({ status: "ERROR" })],
    ["a list that is not a list", JSON.stringify(success({ items: [] }))],
  ];
  for (const [name, body] of malformedBodies) {
    it(`calls ${name} malformed`, async () => {
      const { client, capture } = make(fakeFetch(body));
      const error = await failureOf(client.getChatChannels());
      expect(error).toBeInstanceOf(AfilnetTransportError);
      expect(error).toMatchObject({ kind: "malformed", method: "getchatchannels" });
      expect(capture.lines[0]).toMatchObject({ outcome: "malformed", attempts: 1 });
    });
  }

  it("calls a status other than 200 http, with the status", async () => {
    for (const status of [201, 302, 401, 500]) {
      const { client } = make(fakeFetch(new Response(status === 302 ? null : "{}", { status })));
      await expect(client.getChatChannels()).rejects.toMatchObject({ kind: "http", status });
    }
  });

  it("calls an ERROR answer an API error, in either case", async () => {
    for (const status of ["ERROR", "error", "Error"]) {
      const { client, capture } = make(fakeFetch(JSON.stringify({ status, error: "CHANNEL_NOT_FOUND" })));
      const error = await failureOf(client.getChats(chat));
      expect(error).toBeInstanceOf(AfilnetApiError);
      expect(error).toMatchObject({ code: "CHANNEL_NOT_FOUND", local: false, method: "getchats" });
      expect(capture.lines[0]).toMatchObject({ outcome: "api_error", code: "CHANNEL_NOT_FOUND" });
    }
  });

  it("keeps an unknown code verbatim", async () => {
    const { client } = make(fakeFetch(failure("SOMETHING_NEW")));
    await expect(client.sendMessage({ ...chat, message: "x" })).rejects.toMatchObject({ code: "SOMETHING_NEW" });
  });

  it("calls a thrown fetch a network fault without repeating its text", async () => {
    const leaky = Object.assign(new TypeError(`fetch failed for password=${password} with ${basic}`), {
      cause: Object.assign(new Error(`connect ECONNRESET ${basic}`), { code: "ECONNRESET" }),
    });
    const { client, capture } = make(
      fakeFetch(() => {
        throw leaky;
      }),
      { auth: "basic" },
    );
    const error = await failureOf(client.getChatChannels());
    expect(error).toMatchObject({ kind: "network" });
    expect(error.message).toContain("ECONNRESET");
    expect(error.cause).toBeUndefined();
    expectNoSecret(`${error.message} ${error.stack} ${JSON.stringify(error)}`);
    expectNoSecret(capture.raw.join(""));
  });

  it("calls no answer in time a timeout", async () => {
    const hang = (_: unknown, signal?: AbortSignal) =>
      new Promise<Response>((_resolve, reject) => {
        signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
      });
    const { client, capture } = make(fakeFetch(hang), { timeoutMs: 50 });
    const error = await failureOf(client.getMessages(chat));
    expect(error).toMatchObject({ kind: "timeout" });
    expect(error.message).toContain("50 ms");
    expect(capture.lines[0]).toMatchObject({ outcome: "timeout", method: "getmessages" });
  });
});

describe("over a real loopback socket", () => {
  let server: Server;
  let origin = "";
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === "/reset") request.socket.destroy();
      else if (request.url === "/ok") response.end(JSON.stringify(success([])));
      // "/hang" never answers.
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const client = (path: string, timeoutMs = 2000) =>
    createAfilnetClient({ baseUrl: `${origin}${path}`, user: "agent", password, readRetries: 0, timeoutMs, auth: "basic" });

  it("answers", async () => {
    expect(await client("/ok").getChatChannels()).toEqual([]);
  });

  it("reports a reset connection as a network fault", async () => {
    const error = await failureOf(client("/reset").getChatChannels());
    expect(error).toMatchObject({ kind: "network" });
    expectNoSecret(`${error.message} ${JSON.stringify(error)}`);
  });

  it("reports a refused connection as a network fault", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const refused = createAfilnetClient({ baseUrl: `http://127.0.0.1:${port}/`, user: "a", password, readRetries: 0 });
    const error = await failureOf(refused.getChatChannels());
    expect(error).toMatchObject({ kind: "network" });
    expect(error.message).toContain("ECONNREFUSED");
  });

  it("reports a silent server as a timeout", async () => {
    await expect(client("/hang", 100).getChatChannels()).rejects.toMatchObject({ kind: "timeout" });
  });
});
