import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/handle";
import { listConversations } from "@/lib/db/queries/conversations";
import { ensureConversation, replaceChannels, upsertMessages, type MirrorMessage } from "@/lib/db/queries/mirror";
import { recountConversation, setLatestMessage } from "@/lib/db/queries/chat-summary";
import { channels } from "@/lib/db/schema";
import { queueOverview } from "@/lib/queues/overview";
import { createTestDatabase } from "../../helpers/db";

/*
 * WhatsApp's 24-hour window for free-form replies, from the customer's last message:
 *   wa-23h  waiting, last wrote 23 h ago: closes within the hour (counts as closing)
 *   wa-10h  waiting, last wrote 10 h ago: open, 14 h left
 *   wa-25h  waiting, last wrote 25 h ago: closed
 *   wa-ans  last wrote 23 h ago, answered since: closing but nobody waits (not counted)
 *   tg-23h  Telegram, last wrote 23 h ago: no window at all
 */
let handle: DatabaseHandle;
const now = Date.now();
const HOUR = 3_600_000;
let next = 1;
const say = (direction: "in" | "out", hoursAgo: number): MirrorMessage => ({
  messageId: String(next++),
  direction,
  text: `${direction} ${next}`,
  status: "",
  at: new Date(Math.floor((now - hoursAgo * HOUR) / 1000) * 1000),
});

beforeAll(async () => {
  handle = await createTestDatabase();
  await replaceChannels(handle.db, [
    { platform: "whatsapp", platformId: "1", name: "Shop WhatsApp" },
    { platform: "telegram", platformId: "2", name: "Shop Telegram" },
  ]);
  const byPlatform = new Map((await handle.db.select().from(channels)).map((channel) => [channel.platform, channel.id]));
  const chat = async (platform: string, destination: string, list: MirrorMessage[]) => {
    const id = await ensureConversation(handle.db, byPlatform.get(platform)!, destination);
    await upsertMessages(handle.db, id, list);
    await setLatestMessage(handle.db, id, list[list.length - 1]!);
    await recountConversation(handle.db, id);
  };
  await chat("whatsapp", "wa-23h", [say("in", 30), say("out", 29), say("in", 23)]);
  await chat("whatsapp", "wa-10h", [say("in", 10)]);
  await chat("whatsapp", "wa-25h", [say("in", 25)]);
  await chat("whatsapp", "wa-ans", [say("in", 23), say("out", 22.5)]);
  await chat("telegram", "tg-23h", [say("in", 23)]);
});
afterAll(() => handle?.close());

const rows = async (sort?: "window") => (await listConversations(handle.db, { limit: 50, status: "all", sort })).rows;

describe("WhatsApp's reply window", () => {
  it("ends 24 hours after the customer's last message, on WhatsApp only", async () => {
    const byDestination = new Map((await rows()).map((row) => [row.destination, row.windowEndsAt]));
    const lastIn = (hoursAgo: number) => Math.floor((now - hoursAgo * HOUR) / 1000) * 1000;
    expect(byDestination.get("wa-23h")).toBe(new Date(lastIn(23) + 24 * HOUR).toISOString());
    expect(byDestination.get("wa-ans")).toBe(new Date(lastIn(23) + 24 * HOUR).toISOString());
    expect(byDestination.get("wa-25h")).toBe(new Date(lastIn(25) + 24 * HOUR).toISOString());
    expect(byDestination.get("tg-23h")).toBeNull();
  });

  it('"window closing soon" lists the open windows only, the first to close first', async () => {
    // wa-23h and wa-ans close in the same second: the older conversation first.
    expect((await rows("window")).map((row) => row.destination)).toEqual(["wa-23h", "wa-ans", "wa-10h"]);
  });

  it("counts, in the queues, the waiting WhatsApp conversations whose window closes within 2 hours, at the clock given", async () => {
    const at = async (hoursLater: number) => {
      const overview = await queueOverview(handle.db, new Date(now + hoursLater * HOUR), "UTC");
      return Object.fromEntries(overview.channels.map((row) => [row.name, row.windowClosingConversations]));
    };
    expect(await at(0)).toEqual({ "Shop WhatsApp": 1, "Shop Telegram": 0 });
    // Twelve hours on, wa-10h has two hours left and wa-23h has closed.
    expect(await at(12)).toEqual({ "Shop WhatsApp": 1, "Shop Telegram": 0 });
    expect(await at(15)).toEqual({ "Shop WhatsApp": 0, "Shop Telegram": 0 });
    expect((await queueOverview(handle.db, new Date(now), "UTC")).total.windowClosingConversations).toBe(1);
  });
});
