import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { channels, conversations } from "@/lib/db/schema";
import { runSyncOnce } from "@/lib/sync/engine";
import { databaseForFile } from "../../helpers/db";
import { mirrorSnapshot, sandboxChats, sandboxClient, sandboxSnapshot, syncContext } from "../../helpers/mirror";
import { sandboxForFile } from "../../helpers/sandbox";

/*
 * A chat's writes are not one transaction (lib/sync/pass.ts): a pass stopped between them
 * must leave the chat for the next pass to store again, counts included.
 */

const cut = vi.hoisted(() => ({ recounts: 0 }));
vi.mock("@/lib/db/queries/chat-summary", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/db/queries/chat-summary")>();
  return {
    ...original,
    // The pass stops here, after the messages are stored and before the chat's counts and summary are.
    storeChatSummary: async (...args: Parameters<typeof original.storeChatSummary>) => {
      if (cut.recounts > 0) {
        cut.recounts -= 1;
        throw new Error("the pass stopped here");
      }
      return original.storeChatSummary(...args);
    },
  };
});

const sandbox = sandboxForFile({ seed: "demo", args: ["--customers", "0"] }, { resetBeforeEach: false });
const handle = databaseForFile();

const sync = () => runSyncOnce(syncContext(handle.db, sandboxClient(sandbox)), { force: true });

async function unreadOf(chat: { platform: string; platformId: string; destination: string }): Promise<number | undefined> {
  const [row] = await handle.db
    .select({ unread: conversations.unreadCount })
    .from(conversations)
    .innerJoin(channels, eq(channels.id, conversations.channelId))
    .where(and(eq(channels.platform, chat.platform), eq(channels.platformId, chat.platformId), eq(conversations.destination, chat.destination)));
  return row?.unread;
}

describe("a pass stopped between a chat's writes", () => {
  it("leaves the chat to the next pass, which stores it whole with its counts", async () => {
    expect(await sync()).toMatchObject({ ok: true });
    const chat = (await sandboxChats(sandbox))[0]!;
    const unreadBefore = (await unreadOf(chat))!;
    await sandbox.admin("inbound", { body: { platform: chat.platform, platformId: chat.platformId, destination: chat.destination, message: "Still waiting for my parcel" } });

    cut.recounts = 1;
    expect(await sync()).toMatchObject({ ok: false });
    expect(cut.recounts).toBe(0);
    // The message is stored; the counts are not.
    expect(await unreadOf(chat)).toBe(unreadBefore);

    expect(await sync()).toMatchObject({ ok: true, changed: true });
    expect(await unreadOf(chat)).toBe(unreadBefore + 1);
    expect(await mirrorSnapshot(handle.db)).toEqual(await sandboxSnapshot(sandbox));
  });
});
