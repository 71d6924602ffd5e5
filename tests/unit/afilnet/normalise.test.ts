import { describe, expect, it } from "vitest";
import { AfilnetTransportError, type AfilnetClientOptions } from "@/lib/afilnet";
import { compareIds } from "@/lib/afilnet/schemas";
import { clientOf, fakeFetch, success } from "./fake-fetch";

const chat = { platform: "whatsapp", platformId: "100", destination: "34600000000" } as const;

function clientAnswering(result: unknown, options: Partial<AfilnetClientOptions> = {}) {
  return clientWithBody(JSON.stringify(success(result)), options);
}

function clientWithBody(body: string, options: Partial<AfilnetClientOptions> = {}) {
  const fake = fakeFetch(body);
  return { client: clientOf(fake, options), fake };
}

const row = (fields: Record<string, unknown> = {}) => ({
  platformid: 100,
  platform: "whatsapp",
  message: "hello",
  destination: 34600000000,
  messageid: 7,
  sent: 0,
  status: "delivered",
  datetime: "2024-05-01 10:00:00",
  ...fields,
});

describe("channels", () => {
  it("keeps ids as strings, whether the list is bare or wrapped", async () => {
    const rows = [
      { platformid: 100, platform: "whatsapp", name: "Sales" },
      { platformid: "7", platform: "webchat", name: "Site", extra: true },
    ];
    const expected = [
      { platform: "whatsapp", platformId: "100", name: "Sales" },
      { platform: "webchat", platformId: "7", name: "Site" },
    ];
    expect(await clientAnswering(rows).client.getChatChannels()).toEqual(expected);
    expect(await clientAnswering({ list: rows }).client.getChatChannels()).toEqual(expected);
  });

  it("accepts the status in lower case", async () => {
    const { client } = clientWithBody(JSON.stringify({ status: "success", result: [] }));
    expect(await client.getChatChannels()).toEqual([]);
  });
});

describe("messages", () => {
  it("normalises a row", async () => {
    const [message] = await clientAnswering([row()]).client.getMessages(chat);
    expect(message).toEqual({
      platform: "whatsapp",
      platformId: "100",
      destination: "34600000000",
      messageId: "7",
      text: "hello",
      direction: "in",
      status: "delivered",
      at: new Date("2024-05-01T10:00:00Z"),
    });
  });

  it("reads every form of the sent flag", async () => {
    const forms: [unknown, "in" | "out"][] = [
      [1, "out"], [0, "in"], ["1", "out"], ["0", "in"], [true, "out"], [false, "in"],
    ];
    for (const [sent, direction] of forms) {
      const [message] = await clientAnswering([row({ sent })]).client.getMessages(chat);
      expect(message?.direction, `sent=${JSON.stringify(sent)}`).toBe(direction);
    }
  });

  it("reads issent for unread messages", async () => {
    const unread = row({ sent: undefined, issent: "1" });
    const [message] = await clientAnswering([unread]).client.getUnreadMessages(chat);
    expect(message?.direction).toBe("out");
  });

  it("keeps string ids and an absent status as an empty string", async () => {
    const [message] = await clientAnswering({ list: [row({ messageid: "0042", status: undefined })] }).client.getChats({
      platform: "whatsapp",
      platformId: "100",
    });
    expect(message?.messageId).toBe("0042");
    expect(message?.status).toBe("");
  });

  it("keeps an unknown status as it is", async () => {
    const [message] = await clientAnswering([row({ status: "QUEUED_AT_CARRIER" })]).client.getMessages(chat);
    expect(message?.status).toBe("QUEUED_AT_CARRIER");
  });

  it("reads the three datetime forms", async () => {
    const at = new Date("2024-05-01T10:00:00Z");
    for (const datetime of ["2024-05-01 10:00:00", "2024-05-01T10:00:00Z", "2024-05-01T12:00:00+02:00", 1714557600, "1714557600"]) {
      const [message] = await clientAnswering([row({ datetime })]).client.getMessages(chat);
      expect(message?.at, String(datetime)).toEqual(at);
    }
  });

  it("reads the wall-clock form in the configured zone", async () => {
    const { client } = clientAnswering([row({ datetime: "2024-07-01 12:00:00" })], { timeZone: "Europe/Madrid" });
    const [message] = await client.getMessages(chat);
    expect(message?.at).toEqual(new Date("2024-07-01T10:00:00Z"));
  });

  it("carries the file fields of a file message", async () => {
    const file = row({ type: "image", fileurl: "https://files.test/a.jpg", thumburl: "https://files.test/a-t.jpg", message: "" });
    const noThumb = row({ messageid: 8, type: "document", fileurl: "https://files.test/b.pdf", message: "invoice" });
    const [first, second] = await clientAnswering([file, noThumb]).client.getMessages(chat);
    expect(first?.file).toEqual({ type: "image", url: "https://files.test/a.jpg", thumbUrl: "https://files.test/a-t.jpg" });
    expect(first?.text).toBe("");
    expect(second?.file).toEqual({ type: "document", url: "https://files.test/b.pdf" });
    expect(second?.text).toBe("invoice");
  });

  it("gives a text message no file", async () => {
    const [message] = await clientAnswering([row({ thumburl: null, fileurl: null, type: null })]).client.getMessages(chat);
    expect(message).not.toHaveProperty("file");
  });

  it("sorts by datetime, then by numeric id", async () => {
    const rows = [
      row({ messageid: 10, datetime: "2024-05-01 10:00:05" }),
      row({ messageid: 9, datetime: "2024-05-01 10:00:05" }),
      row({ messageid: 100, datetime: "2024-05-01 10:00:00" }),
      row({ messageid: "abc", datetime: "2024-05-01 10:00:10" }),
      row({ messageid: "abb", datetime: "2024-05-01 10:00:10" }),
    ];
    const messages = await clientAnswering(rows).client.getMessages(chat);
    expect(messages.map((m) => m.messageId)).toEqual(["100", "9", "10", "abb", "abc"]);
  });

  it("fills platform, channel and destination from the request when a row leaves them out", async () => {
    const bare = { messageid: 1, message: "x", sent: 1, datetime: 0 };
    const [message] = await clientAnswering([bare]).client.getMessages(chat);
    expect(message).toMatchObject({ ...chat, direction: "out", at: new Date(0) });
  });

  it("calls an unreadable row malformed", async () => {
    for (const bad of [row({ datetime: "yesterday" }), row({ sent: "maybe" }), row({ messageid: null })]) {
      const error = await clientAnswering([bad]).client.getMessages(chat).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AfilnetTransportError);
      expect((error as AfilnetTransportError).kind).toBe("malformed");
    }
  });
});

describe("a long list", () => {
  it("is read in slices, with turns of the event loop between them", async () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => row({ destination: 34600000000 + i, messageid: i + 1 }));
    const { client } = clientAnswering({ list: rows });
    // Turns taken while the list is read: the transport's few, plus one per slice of rows.
    let turns = 0;
    let reading = true;
    const count = () => {
      turns += 1;
      if (reading) setImmediate(count);
    };
    const chats = client.getChats({ platform: "whatsapp", platformId: "100" });
    setImmediate(count);
    expect(await chats).toHaveLength(2_000);
    reading = false;
    expect(turns).toBeGreaterThanOrEqual(7);
  });
});

describe("send results", () => {
  const send = { ...chat, message: "hi" };

  it("returns the message id when the answer has one", async () => {
    expect(await clientAnswering({ messageid: 55 }).client.sendMessage(send)).toEqual({ messageId: "55" });
    expect(await clientAnswering({ messageid: "abc" }).client.sendMessage(send)).toEqual({ messageId: "abc" });
  });

  it("returns nothing more when the result is empty or absent", async () => {
    for (const result of [undefined, null, true, "", [], {}, { ok: 1 }]) {
      expect(await clientAnswering(result).client.sendMessage(send), JSON.stringify(result)).toEqual({});
    }
  });
});

describe("compareIds", () => {
  it("compares digits as numbers beyond the double range", () => {
    expect(compareIds("9007199254740993", "9007199254740992")).toBeGreaterThan(0);
    expect(compareIds("2", "10")).toBeLessThan(0);
    expect(compareIds("007", "7")).toBeLessThanOrEqual(0);
    expect(compareIds("b", "a")).toBeGreaterThan(0);
  });
});
