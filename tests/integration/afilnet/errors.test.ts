import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RunningSandbox } from "@/tests/helpers/sandbox";
import { AfilnetApiError, createAfilnetClient, explainAfilnetCode, isKnownAfilnetCode, type AfilnetAuth } from "@/lib/afilnet";
import { clientFor, rawCall, rejection, resetSandbox, startQuietSandbox, stats } from "./setup";

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

/** The demo seed's first WhatsApp channel and one of its chats. */
async function whatsappChat() {
  const { client } = clientFor(sandbox, "post");
  const channel = (await client.getChatChannels()).find((c) => c.platform === "whatsapp");
  if (!channel) throw new Error("the seed has no WhatsApp channel");
  const [latest] = await client.getChats({ platform: "whatsapp", platformId: channel.platformId });
  if (!latest) throw new Error("the channel has no chat");
  return { platform: "whatsapp" as const, platformId: channel.platformId, destination: latest.destination };
}

async function expectApiError(run: Promise<unknown>, code: string) {
  const error = await rejection(run);
  expect(error).toBeInstanceOf(AfilnetApiError);
  expect(error).toMatchObject({ code, local: false, explanation: explainAfilnetCode(code) });
}

describe.each<AfilnetAuth>(["post", "basic"])("API errors from the sandbox, auth %s", (auth) => {
  it("a wrong password gives INCORRECT_USER_PASSWORD on every method", async () => {
    const chat = await whatsappChat();
    await sandbox.admin("stats/reset", { body: {} });
    const client = createAfilnetClient({ baseUrl: sandbox.apiUrl, user: sandbox.user, password: "wrong", auth });
    await expectApiError(client.getChatChannels(), "INCORRECT_USER_PASSWORD");
    await expectApiError(client.getChats(chat), "INCORRECT_USER_PASSWORD");
    await expectApiError(client.getMessages(chat), "INCORRECT_USER_PASSWORD");
    await expectApiError(client.getUnreadMessages(chat), "INCORRECT_USER_PASSWORD");
    await expectApiError(client.sendMessage({ ...chat, message: "x" }), "INCORRECT_USER_PASSWORD");
    await expectApiError(client.sendFile({ ...chat, type: "image", fileUrl: "https://f.example/a.png" }), "INCORRECT_USER_PASSWORD");
    // Credentials are refused once; a retry would not help.
    expect((await stats(sandbox)).total).toBe(6);
  });

  it("an unknown channel gives CHANNEL_NOT_FOUND on every method that names one", async () => {
    const { client } = clientFor(sandbox, auth);
    const chat = { ...(await whatsappChat()), platformId: "999999" };
    await expectApiError(client.getChats(chat), "CHANNEL_NOT_FOUND");
    await expectApiError(client.getMessages(chat), "CHANNEL_NOT_FOUND");
    await expectApiError(client.getUnreadMessages(chat), "CHANNEL_NOT_FOUND");
    await expectApiError(client.sendMessage({ ...chat, message: "x" }), "CHANNEL_NOT_FOUND");
    await expectApiError(client.sendFile({ ...chat, type: "image", fileUrl: "https://f.example/a.png" }), "CHANNEL_NOT_FOUND");
  });

  it("an unknown chat gives CHAT_NOT_FOUND on reads and sendFile", async () => {
    const { client } = clientFor(sandbox, auth);
    const chat = { ...(await whatsappChat()), destination: "34000000000" };
    await expectApiError(client.getMessages(chat), "CHAT_NOT_FOUND");
    await expectApiError(client.getUnreadMessages(chat), "CHAT_NOT_FOUND");
    await expectApiError(client.sendFile({ ...chat, type: "image", fileUrl: "https://f.example/a.png" }), "CHAT_NOT_FOUND");
  });
});

describe("answers the client refuses to ask for", () => {
  const credentials = () => ({ user: sandbox.user, password: sandbox.password });

  it("the sandbox answers each with the code the client refuses with locally", async () => {
    const chat = await whatsappChat();
    const base = { ...credentials(), class: "chat", platform: chat.platform, platformid: chat.platformId, destination: chat.destination };
    const file = { ...base, method: "sendfile", type: "image", fileurl: "https://f.example/a.png" };
    const cases: [Record<string, string>, string][] = [
      [{ ...file, type: "gif" }, "INCORRECT_FILETYPE"],
      [{ ...file, fileurl: "not a url" }, "INCORRECT_FILEURL"],
      [{ ...file, fileurl: "ftp://f.example/a.png" }, "INCORRECT_FILEURL"],
      [{ ...file, thumburl: "/thumb.png" }, "INCORRECT_THUMBURL"],
      [{ ...base, method: "sendmessage", message: "   " }, "MISSING_COMPULSORY_PARAM"],
      [{ ...base, method: "sendmessage", destination: "", message: "hi" }, "MISSING_COMPULSORY_PARAM"],
      [{ ...base, method: "getmessages", platformid: "" }, "MISSING_COMPULSORY_PARAM"],
      [{ ...base, method: "getchats", platform: "sms" }, "CHANNEL_NOT_FOUND"],
    ];
    for (const [params, code] of cases) {
      expect(await rawCall(sandbox, params), `${params.method} ${code}`).toEqual({ status: "ERROR", error: code });
    }
  });

  it("the sandbox answers malformed calls with the codes every method can give", async () => {
    const { user, password } = credentials();
    const cases: [Record<string, string>, string][] = [
      [{ class: "chat", method: "getchatchannels", password }, "MISSING_USER"],
      [{ class: "chat", method: "getchatchannels", user }, "MISSING_PASSWORD"],
      [{ method: "getchatchannels", user, password }, "MISSING_CLASS"],
      [{ class: "sms", method: "getchatchannels", user, password }, "INCORRECT_CLASS"],
      [{ class: "chat", user, password }, "MISSING_METHOD"],
      [{ class: "chat", method: "deletechat", user, password }, "INCORRECT_METHOD"],
      [{ class: "chat", method: "getchats", user, password }, "MISSING_COMPULSORY_PARAM"],
    ];
    for (const [params, code] of cases) {
      expect(await rawCall(sandbox, params), code).toEqual({ status: "ERROR", error: code });
      expect(isKnownAfilnetCode(code)).toBe(true);
    }
  });

  it("the client refuses the same inputs without a request", async () => {
    const chat = await whatsappChat();
    await sandbox.admin("stats/reset", { body: {} });
    const { client, capture } = clientFor(sandbox, "post");
    const file = { ...chat, type: "image", fileUrl: "https://f.example/a.png" } as const;
    const cases: [Promise<unknown>, string][] = [
      [client.sendFile({ ...file, type: "gif" as never }), "INCORRECT_FILETYPE"],
      [client.sendFile({ ...file, fileUrl: "not a url" }), "INCORRECT_FILEURL"],
      [client.sendFile({ ...file, fileUrl: "ftp://f.example/a.png" }), "INCORRECT_FILEURL"],
      [client.sendFile({ ...file, thumbUrl: "/thumb.png" }), "INCORRECT_THUMBURL"],
      [client.sendMessage({ ...chat, message: "   " }), "MISSING_COMPULSORY_PARAM"],
      [client.sendMessage({ ...chat, destination: "", message: "hi" }), "MISSING_COMPULSORY_PARAM"],
      [client.getMessages({ ...chat, platformId: "" }), "MISSING_COMPULSORY_PARAM"],
      [client.getChats({ platform: "sms" as never, platformId: chat.platformId }), "CHANNEL_NOT_FOUND"],
    ];
    for (const [run, code] of cases) {
      const error = await rejection(run);
      expect(error).toBeInstanceOf(AfilnetApiError);
      expect(error).toMatchObject({ code, local: true });
    }
    expect((await stats(sandbox)).total).toBe(0);
    expect(capture.lines.map((line) => line.outcome)).toEqual(cases.map(() => "refused"));
  });
});
