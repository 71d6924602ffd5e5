import { afterEach, describe, expect, it, vi } from "vitest";
import { AfilnetTransportError } from "@/lib/afilnet";
import { clientOf, fakeFetch, success } from "./fake-fetch";

/*
 * getchats answers a row per chat on every pass; a row unchanged since the channel's last list
 * is not read again. The same message object coming back is what proves it was not.
 */

const channel = { platform: "whatsapp", platformId: "100" } as const;

const row = (destination: number, fields: Record<string, unknown> = {}) => ({
  platformid: 100,
  platform: "whatsapp",
  message: `hello from ${destination}`,
  destination,
  messageid: destination * 10,
  sent: 0,
  status: "delivered",
  datetime: "2024-05-01 10:00:00",
  ...fields,
});

/** A client whose getchats answers the given lists in turn. */
function clientListing(...lists: unknown[][]) {
  return clientOf(fakeFetch(...lists.map((list) => success(list))));
}

const byChat = (messages: { destination: string }[]) => new Map(messages.map((message) => [message.destination, message]));

afterEach(() => {
  vi.restoreAllMocks();
});

describe("getchats, read against the channel's previous list", () => {
  it("does not parse an answer identical to the channel's last one, and hands out a fresh array", async () => {
    const client = clientListing([row(2), row(1)], [row(2), row(1)], [row(2), row(1, { status: "read" })]);
    const first = await client.getChats(channel);
    first.reverse();
    const parse = vi.spyOn(JSON, "parse");
    const second = await client.getChats(channel);
    // The test's logger parses its own lines; Afilnet's answers start with their status.
    const answersParsed = () => parse.mock.calls.filter(([text]) => String(text).includes('"status":"SUCCESS"')).length;
    expect(answersParsed()).toBe(0);
    expect(second.map((m) => m.destination)).toEqual(["1", "2"]);
    expect(second).toEqual([...first].reverse());
    const third = await client.getChats(channel);
    expect(answersParsed()).toBe(1);
    expect(third.find((m) => m.destination === "1")).toMatchObject({ status: "read" });
  });

  it("hands back the same message for an unchanged row and reads a changed one again", async () => {
    const client = clientListing(
      [row(1), row(2), row(3)],
      [row(1), row(2, { status: "read" }), row(3, { messageid: 31, message: "new", datetime: "2024-05-01 10:05:00" })],
    );
    const first = byChat(await client.getChats(channel));
    const second = byChat(await client.getChats(channel));
    expect(second.get("1")).toBe(first.get("1"));
    expect(second.get("2")).not.toBe(first.get("2"));
    expect(second.get("2")).toMatchObject({ status: "read", messageId: "20" });
    expect(second.get("3")).toMatchObject({ messageId: "31", text: "new", at: new Date("2024-05-01T10:05:00Z") });
    expect(Object.isFrozen(second.get("1"))).toBe(true);
  });

  it("tells a number from the same digits as text, and a field that appears or goes", async () => {
    const client = clientListing([row(1), row(2)], [row(1, { messageid: "10" }), row(2, { fileurl: "https://cdn.test/a.png", type: "image" })]);
    const first = byChat(await client.getChats(channel));
    const second = byChat(await client.getChats(channel));
    expect(second.get("1")).not.toBe(first.get("1"));
    expect(second.get("2")).toMatchObject({ file: { type: "image", url: "https://cdn.test/a.png" } });
  });

  it("forgets chats gone from the list, keeps channels apart, and still refuses a malformed row", async () => {
    const client = clientListing([row(1), row(2)], [row(2)], [row(1), row(2)], [row(1), row(2)], [row(1), row(2, { messageid: null })]);
    const first = byChat(await client.getChats(channel));
    await client.getChats(channel);
    const third = byChat(await client.getChats(channel));
    expect(third.get("1")).not.toBe(first.get("1"));
    expect(third.get("2")).toBe(first.get("2"));
    // Another channel's list is its own, even with the same rows.
    const other = byChat(await client.getChats({ platform: "whatsapp", platformId: "200" }));
    expect(other.get("2")).not.toBe(first.get("2"));
    await expect(client.getChats(channel)).rejects.toBeInstanceOf(AfilnetTransportError);
    await expect(clientListing([row(1, { messageid: null })]).getChats(channel)).rejects.toMatchObject({ kind: "malformed" });
  });
});
