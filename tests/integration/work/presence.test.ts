import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PRESENCE_TTL_MS } from "@/lib/contract/presence";
import type { DatabaseHandle } from "@/lib/db/handle";
import { createAgent } from "@/lib/db/queries/agents";
import { ensureConversation, replaceChannels } from "@/lib/db/queries/mirror";
import { channels } from "@/lib/db/schema";
import { presenceBeat } from "@/lib/inbox/presence";
import { createTestDatabase } from "../../helpers/db";

let handle: DatabaseHandle;
let dana: string;
let ben: string;
const conversation: number[] = [];
const t0 = Date.parse("2026-06-01T09:00:00Z");
const at = (seconds: number) => new Date(t0 + seconds * 1000);

beforeAll(async () => {
  handle = await createTestDatabase();
  dana = (await createAgent(handle.db, { email: "dana@example.com", displayName: "Dana", passwordHash: "x", role: "agent" })).id;
  ben = (await createAgent(handle.db, { email: "ben@example.com", displayName: "Ben", passwordHash: "x", role: "agent" })).id;
  await replaceChannels(handle.db, [{ platform: "webchat", platformId: "1", name: "Web" }]);
  const channelId = (await handle.db.select().from(channels))[0]!.id;
  conversation.push(await ensureConversation(handle.db, channelId, "visitor-1"), await ensureConversation(handle.db, channelId, "visitor-2"));
});
afterAll(() => handle?.close());

/** What Ben's tab learns at `seconds`, while it shows the first conversation. */
const benSees = async (seconds: number) => (await presenceBeat(handle.db, ben, { viewing: conversation[0]!, typing: false }, at(seconds))).others;

describe("presence", () => {
  it("shows who has a conversation open and whether they are typing, to everyone else only", async () => {
    const danas = await presenceBeat(handle.db, dana, { viewing: conversation[0]!, typing: false }, at(0));
    expect(danas.others).toEqual([]);
    expect(await benSees(1)).toEqual([{ conversationId: conversation[0], agentId: dana, name: "Dana", typing: false }]);
    await presenceBeat(handle.db, dana, { viewing: conversation[0]!, typing: true }, at(3));
    expect(await benSees(4)).toEqual([{ conversationId: conversation[0], agentId: dana, name: "Dana", typing: true }]);
    // Dana sees Ben, who has been beating all along.
    expect((await presenceBeat(handle.db, dana, { viewing: conversation[0]!, typing: true }, at(5))).others.map((p) => p.name)).toEqual(["Ben"]);
  });

  it("expires a tab that stopped saying it is there", async () => {
    // Dana's last beat was at 5 s.
    expect((await benSees(5 + PRESENCE_TTL_MS / 1000 - 1)).map((p) => p.name)).toEqual(["Dana"]);
    expect(await benSees(5 + PRESENCE_TTL_MS / 1000 + 1)).toEqual([]);
  });

  it("moves at once when a tab opens another conversation, and ignores one that does not exist", async () => {
    await presenceBeat(handle.db, dana, { viewing: conversation[0]!, typing: false }, at(30));
    await presenceBeat(handle.db, dana, { viewing: conversation[1]!, typing: false, left: conversation[0]! }, at(31));
    expect((await benSees(32)).map((p) => [p.name, p.conversationId])).toEqual([["Dana", conversation[1]]]);
    await presenceBeat(handle.db, dana, { viewing: 2_147_483_000, typing: false }, at(33));
    expect((await benSees(34)).map((p) => p.conversationId)).toEqual([conversation[1]]);
  });
});
