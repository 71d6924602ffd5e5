import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSandbox } from "@/tests/helpers/sandbox";
import type { AfilnetAuth, AfilnetClient, Platform } from "@/lib/afilnet";
import { clientFor, requests, resetSandbox, startQuietSandbox } from "./setup";

const password = "Zx9-hunter2+&=%/?#ñ-PASS";
const user = "inbox-account";

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startQuietSandbox({ user, password });
  await resetSandbox(sandbox);
});
afterAll(async () => {
  await sandbox?.stop();
});

/** Every way the password could be written into a text. */
const secretForms = [
  password,
  encodeURIComponent(password),
  new URLSearchParams({ p: password }).toString().slice(2),
  Buffer.from(`${user}:${password}`).toString("base64"),
  "hunter2",
];

function expectNoSecret(text: string, where: string) {
  for (const form of secretForms) expect(text, where).not.toContain(form);
}

/** Every method, and a failure of every kind, with errors collected. */
async function exercise(client: AfilnetClient): Promise<unknown[]> {
  const errors: unknown[] = [];
  const attempt = (run: Promise<unknown>) => run.catch((error: unknown) => errors.push(error));
  const [channel] = await client.getChatChannels();
  if (!channel) throw new Error("no channel");
  const platform = channel.platform as Platform;
  const [latest] = await client.getChats({ platform, platformId: channel.platformId });
  if (!latest) throw new Error("no chat");
  const chat = { platform, platformId: channel.platformId, destination: latest.destination };
  await client.getMessages(chat);
  await client.getUnreadMessages(chat);
  await client.sendMessage({ ...chat, message: "hello" });
  await client.sendFile({ ...chat, type: "image", fileUrl: "https://f.example/a.png" });

  await attempt(client.getMessages({ ...chat, destination: "nobody" }));
  await attempt(client.sendFile({ ...chat, type: "image", fileUrl: "nope" }));
  for (const fault of [
    { kind: "http500" },
    { kind: "malformed" },
    { kind: "reset" },
    { kind: "hang" },
    { kind: "code", code: "NO_CREDITS" },
  ]) {
    await sandbox.admin("faults", { body: fault });
    await attempt(client.getChatChannels());
    await attempt(client.sendMessage({ ...chat, message: "hello" }));
  }
  await sandbox.admin("faults", { method: "DELETE" });
  return errors;
}

describe.each<AfilnetAuth>(["post", "basic"])("the password stays secret, auth %s", (auth) => {
  it("in URLs, log lines and errors", async () => {
    await sandbox.admin("stats/reset", { body: {} });
    const { client, capture } = clientFor(sandbox, auth, { readRetries: 1, timeoutMs: 300 });
    const errors = await exercise(client);
    const wrong = clientFor(sandbox, auth, { password: `${password}-old` });
    errors.push(await wrong.client.getChatChannels().catch((error: unknown) => error));

    expect(errors).toHaveLength(13);
    for (const error of errors) {
      expect(error).toBeInstanceOf(Error);
      const e = error as Error;
      expectNoSecret(`${e.message}\n${e.stack}\n${JSON.stringify(e)}\n${String(e.cause)}`, e.message);
    }
    const kinds = errors.map((e) => (e as { kind?: string; code?: string }).kind ?? (e as { code: string }).code);
    expect(new Set(kinds)).toEqual(
      new Set(["CHAT_NOT_FOUND", "INCORRECT_FILEURL", "http", "malformed", "network", "timeout", "NO_CREDITS", "INCORRECT_USER_PASSWORD"]),
    );

    const lines = [...capture.raw, ...wrong.capture.raw];
    expect(lines.length).toBeGreaterThan(15);
    for (const line of lines) expectNoSecret(line, line);

    const seen = await requests(sandbox);
    expect(seen.length).toBeGreaterThan(15);
    for (const request of seen) {
      expectNoSecret(request.url, request.url);
      expect(request.url).not.toContain("?");
      expect(request.basicAuth).toBe(auth === "basic");
    }
  });
});
