import { AfilnetApiError, type AfilnetClient, type AfilnetMessage, type Platform } from "@/lib/afilnet";
import type { Db } from "@/lib/db/handle";
import { ensureConversation, listActiveChannels, replaceChannels, setChannelActive, upsertMessages } from "@/lib/db/queries/mirror";
import { refreshLatestStatuses, storeChatSummary, type LatestStatus } from "@/lib/db/queries/chat-summary";
import type { ConversationSummary } from "@/lib/db/queries/summaries";
import { advanceImportProgress, updateSyncState } from "@/lib/db/queries/sync-state";
import type { ChannelRow, SyncStateRow } from "@/lib/db/schema";
import { detectCustomerLanguage } from "./customer-language";
import { seededLastSeen, toMirrorMessage } from "./messages";
import { forEachLimited } from "./pool";
import { summariesOf } from "./summaries";
import type { SyncSettings } from "./settings";
import type { StoredChat } from "./work-hooks";

interface ChangedChat {
  channel: ChannelRow;
  latest: AfilnetMessage;
  summary?: ConversationSummary;
}

const isCode = (error: unknown, code: string) => error instanceof AfilnetApiError && error.code === code;

/**
 * One pass of the mirror: channels when due, one getchats per channel, and getmessages only
 * for the chats whose latest message (id, time) differs from the mirror (its summaries are
 * kept between passes, lib/sync/summaries.ts). Each chat's writes are whole and repeatable,
 * its latest message (what the next pass compares with getchats) written last, so a pass that
 * fails half-way leaves every chat either complete or to be stored again by the next pass.
 */
export class SyncPass {
  changed = false;
  /** The chats this pass stored, for the work rules that follow (lib/sync/work-hooks.ts). */
  readonly stored: StoredChat[] = [];
  channelsRefreshed = false;
  private readonly firstImport: boolean;

  constructor(
    private readonly db: Db,
    private readonly client: AfilnetClient,
    private readonly settings: SyncSettings,
    private readonly state: SyncStateRow,
    private readonly now: () => Date,
  ) {
    this.firstImport = !state.firstImportDone;
  }

  async run(): Promise<void> {
    await this.refreshChannelsWhenDue();
    const channels = await listActiveChannels(this.db);
    // The lease's row was read before: whatever changes from here on is stamped later or not yet.
    await summariesOf(this.db).refresh(this.db, this.state.mirrorVersion);
    const changed: ChangedChat[] = [];
    const statuses: LatestStatus[] = [];
    await forEachLimited(channels, this.settings.concurrency, async (channel) => {
      changed.push(...(await this.detectChanges(channel, statuses)));
    });
    if (statuses.length > 0) {
      await refreshLatestStatuses(this.db, statuses);
      this.changed = true;
    }
    let done = 0;
    if (this.firstImport) await updateSyncState(this.db, { importTotal: changed.length, importDone: 0 });
    await forEachLimited(changed, this.settings.concurrency, async (chat) => {
      await this.importChat(chat);
      done += 1;
      if (this.firstImport) await advanceImportProgress(this.db, done);
    });
    if (this.firstImport) await updateSyncState(this.db, { importDone: done });
  }

  private async refreshChannelsWhenDue(): Promise<void> {
    const last = this.state.channelsSyncedAt?.getTime() ?? 0;
    if (!this.firstImport && this.now().getTime() - last < this.settings.channelRefreshMs) return;
    const listed = await this.client.getChatChannels();
    await replaceChannels(this.db, listed);
    await updateSyncState(this.db, { channelsSyncedAt: this.now() });
    this.channelsRefreshed = true;
  }

  /** The chats of `channel` to store; those whose latest message only changed status go to `statuses`. */
  private async detectChanges(channel: ChannelRow, statuses: LatestStatus[]): Promise<ChangedChat[]> {
    let chats: AfilnetMessage[];
    try {
      chats = await this.client.getChats({ platform: channel.platform as Platform, platformId: channel.platformId });
    } catch (error) {
      if (!isCode(error, "CHANNEL_NOT_FOUND")) throw error;
      // The channel is gone upstream: keep its history, stop asking, and relist channels next pass.
      await setChannelActive(this.db, channel.id, false);
      await updateSyncState(this.db, { channelsSyncedAt: null });
      this.changed = true;
      return [];
    }
    const summaries = summariesOf(this.db).channel(channel.id);
    const changed: ChangedChat[] = [];
    for (const latest of latestPerDestination(chats)) {
      const summary = summaries.get(latest.destination);
      const same = summary && summary.lastMessageId === latest.messageId && summary.lastMessageAt?.getTime() === latest.at.getTime();
      if (!same) changed.push({ channel, latest, summary });
      else if (summary.lastStatus !== latest.status) statuses.push({ conversationId: summary.id, messageId: latest.messageId, status: latest.status });
    }
    return changed;
  }

  private async importChat({ channel, latest, summary }: ChangedChat): Promise<void> {
    const input = { platform: channel.platform as Platform, platformId: channel.platformId, destination: latest.destination };
    let unread: AfilnetMessage[] | undefined;
    let history: AfilnetMessage[];
    try {
      // Unread first: reading the whole chat may mark it read upstream.
      if (this.firstImport) unread = await this.client.getUnreadMessages(input);
      history = await this.client.getMessages(input);
    } catch (error) {
      if (isCode(error, "CHAT_NOT_FOUND")) return;
      throw error;
    }
    const stored = [...history, latest].map(toMirrorMessage);
    const language = await detectCustomerLanguage(stored);
    // Not in a transaction: on the embedded database one holds its only connection across every
    // round trip to this thread, and every reader waits that long (up to 350 ms measured while
    // this thread was busy answering polls); statement by statement, a reader waits one at most.
    const id = summary?.id ?? (await ensureConversation(this.db, channel.id, latest.destination));
    // History first: a repeated id keeps its first place, so the messages are stored in time order.
    await upsertMessages(this.db, id, stored);
    // Last, with the counts: until the summary is written, the next pass sees this chat as
    // changed and stores it again.
    const lastSeenAt = unread ? seededLastSeen(history, unread) : undefined;
    await storeChatSummary(this.db, id, { latest: toMirrorMessage(latest), customerLanguage: language, lastSeenAt });
    this.stored.push({ conversationId: id, created: !summary });
    this.changed = true;
  }
}

/** getchats lists one row per chat; should a dialect list more, the newest row per destination wins. */
function latestPerDestination(chats: AfilnetMessage[]): AfilnetMessage[] {
  const byDestination = new Map<string, AfilnetMessage>();
  for (const chat of chats) byDestination.set(chat.destination, chat);
  return [...byDestination.values()];
}
