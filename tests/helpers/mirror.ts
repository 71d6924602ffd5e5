import { asc, eq } from "drizzle-orm";
import pino from "pino";
import { Writable } from "node:stream";
import { createAfilnetClient, type AfilnetClient } from "@/lib/afilnet";
import type { Db } from "@/lib/db/handle";
import { channels, conversations, messages } from "@/lib/db/schema";
import type { SyncContext } from "@/lib/sync/engine";
import { syncSettings, type SyncSettings } from "@/lib/sync/settings";
import type { RunningSandbox } from "./sandbox";

export interface SnapshotMessage {
  messageId: string;
  direction: string;
  text: string;
  second: number;
  file: string | null;
}

/** chat key "platform/platformId/destination" -> messages in id order. */
export type Snapshot = Map<string, SnapshotMessage[]>;

interface SandboxChat {
  platform: string;
  platformId: string;
  destination: string;
  messages: { messageId: string; direction: string; text: string; at: string; read: boolean; file?: { type: string; url: string; thumbUrl?: string } }[];
}

const byId = (a: SnapshotMessage, b: SnapshotMessage) => Number(a.messageId) - Number(b.messageId);
const fileKey = (file?: { type: string; url: string; thumbUrl?: string | null } | null) =>
  file ? `${file.type} ${file.url} ${file.thumbUrl ?? ""}` : null;

export async function sandboxChats(sandbox: RunningSandbox): Promise<SandboxChat[]> {
  return (await sandbox.admin<{ chats: SandboxChat[] }>("chats")).chats;
}

export async function sandboxSnapshot(sandbox: RunningSandbox): Promise<Snapshot> {
  const snapshot: Snapshot = new Map();
  for (const chat of await sandboxChats(sandbox)) {
    snapshot.set(
      `${chat.platform}/${chat.platformId}/${chat.destination}`,
      chat.messages
        .map((m) => ({
          messageId: m.messageId,
          direction: m.direction,
          text: m.text,
          second: Math.floor(Date.parse(m.at) / 1000),
          file: fileKey(m.file),
        }))
        .sort(byId),
    );
  }
  return snapshot;
}

export async function mirrorSnapshot(db: Db): Promise<Snapshot> {
  const rows = await db
    .select({
      platform: channels.platform,
      platformId: channels.platformId,
      destination: conversations.destination,
      messageId: messages.messageId,
      direction: messages.direction,
      text: messages.text,
      at: messages.at,
      fileType: messages.fileType,
      fileUrl: messages.fileUrl,
      thumbUrl: messages.thumbUrl,
    })
    .from(messages)
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    .innerJoin(channels, eq(channels.id, conversations.channelId))
    .orderBy(asc(messages.id));
  const snapshot: Snapshot = new Map();
  for (const row of rows) {
    const key = `${row.platform}/${row.platformId}/${row.destination}`;
    const list = snapshot.get(key) ?? [];
    list.push({
      messageId: row.messageId,
      direction: row.direction,
      text: row.text,
      second: Math.floor(row.at.getTime() / 1000),
      file: row.fileType && row.fileUrl ? fileKey({ type: row.fileType, url: row.fileUrl, thumbUrl: row.thumbUrl }) : null,
    });
    snapshot.set(key, list);
  }
  for (const list of snapshot.values()) list.sort(byId);
  return snapshot;
}

/** A logger whose JSON lines the test can read. */
export function capturingLogger(level = "debug") {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level }, stream), lines };
}

export function sandboxClient(sandbox: RunningSandbox, overrides: { timeoutMs?: number; password?: string } = {}): AfilnetClient {
  return createAfilnetClient({
    baseUrl: sandbox.apiUrl,
    user: sandbox.user,
    password: overrides.password ?? sandbox.password,
    auth: "post",
    timeoutMs: overrides.timeoutMs ?? 3_000,
    readRetries: 0,
    logger: capturingLogger("silent").logger,
  });
}

export function syncContext(
  db: Db,
  client: AfilnetClient,
  extra: Omit<Partial<SyncContext>, "settings"> & { settings?: Partial<SyncSettings> } = {},
): SyncContext {
  const { settings, ...rest } = extra;
  return {
    db,
    client,
    owner: "test-instance",
    settings: syncSettings({ intervalMs: 3_000, concurrency: 4, ...settings }),
    logger: capturingLogger("silent").logger,
    ...rest,
  };
}
