"use client";

import { clsx } from "clsx";
import { MessagesSquare } from "lucide-react";
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { FetchError } from "@/lib/query/inbox-queries";
import { BulkBar } from "./bulk-bar";
import { ChannelList } from "./channel-list";
import { ConversationList, type ConversationListHandle } from "./conversation-list";
import { InboxToolbar } from "./inbox-toolbar";
import { ListHeader } from "./list-header";
import { ListState } from "./list-state";
import { MentionsList } from "./mentions-list";
import { SyncBanner } from "./sync-banner";
import { ThreadPane } from "./thread-pane";
import { useAttention } from "./use-attention";
import { useConversationList } from "./use-conversation-list";
import { useFillHeight } from "./use-fill-height";
import { useInboxUrl } from "./use-inbox-url";
import { useInboxWork } from "./use-inbox-work";
import { useMentions } from "./use-mentions";
import { usePresence } from "./use-presence";
import { useSelection } from "./use-selection";
import { useShortcuts } from "./use-shortcuts";
import { useTabTitle } from "./use-tab-title";
import { WorkNotice } from "./work-notice";

// Only someone who asks for the key list needs the dialog library.
const ShortcutsDialog = dynamic(() => import("./shortcuts-dialog").then((module) => module.ShortcutsDialog), { ssr: false });

/**
 * The agent's inbox: channels, conversations and the open thread side by side on a desktop,
 * one at a time on a phone. What is open, and the list's view, status and order, live in the URL.
 */
export function InboxScreen() {
  const t = useTranslations("inbox");
  const [location, navigate] = useInboxUrl();
  const [q, setQ] = useState("");
  const [channelsOpen, setChannelsOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const { channel, unread, failed, view, status, sort } = location;
  const filters = useMemo(() => ({ channel, unread, failed, q, view, status, sort }), [channel, unread, failed, q, view, status, sort]);
  const list = useConversationList(filters);
  const selection = useSelection(list, JSON.stringify(filters));
  const listRef = useRef<ConversationListHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const [fillRef, fillHeight] = useFillHeight<HTMLDivElement>();
  const router = useRouter();
  const openId = location.conversationId;
  const work = useInboxWork(list.rows, openId, listRef, selection);

  // A search's result opens at the message that matched; the rows are read when opening, so that
  // the callback (and every memoised row) stays the same while the list polls.
  const rows = useRef(list.rows);
  useEffect(() => {
    rows.current = list.rows;
  }, [list.rows]);
  const open = useCallback(
    (id: number) => navigate({ conversationId: id, message: rows.current.find((row) => row.id === id)?.match?.id ?? null }),
    [navigate],
  );
  const close = useCallback(() => {
    if (openId === null) return;
    navigate({ conversationId: null });
    listRef.current?.focusRow(openId);
  }, [navigate, openId]);
  const attention = useAttention(list.summary, open);
  const openMentioned = useCallback((id: number) => navigate({ conversationId: id, message: null }), [navigate]);
  const mentions = useMentions(attention.enabled, openMentioned);
  const presentIn = usePresence(openId);
  useTabTitle(list.summary?.totals.unreadConversations, list.summary?.totals.failedSendConversations);

  useShortcuts({
    move: (delta) => listRef.current?.move(delta),
    open: () => listRef.current?.openActive(),
    search: () => searchRef.current?.focus(),
    escape: () => (openId !== null ? close() : (document.activeElement as HTMLElement | null)?.blur()),
    help: () => setHelpOpen(true),
    ...work.keys,
  });

  // A session that ended while the tab stayed open: back to sign-in, then here again.
  const signedOut = list.error instanceof FetchError && list.error.status === 401;
  useEffect(() => {
    if (signedOut) router.replace(`/login?callbackUrl=${encodeURIComponent(window.location.pathname + window.location.search)}`);
  }, [signedOut, router]);

  const pane = openId !== null ? "thread" : channelsOpen ? "channels" : "list";
  const filtered = Boolean(filters.q || filters.unread || filters.failed || filters.channel);
  return (
    <div ref={fillRef} style={{ height: fillHeight }} className="flex h-[calc(100dvh-3.5rem)] flex-col" data-testid="inbox">
      <InboxToolbar
        unreadConversations={list.summary?.totals.unreadConversations}
        channelsOpen={channelsOpen}
        onToggleChannels={() => setChannelsOpen((value) => !value)}
        onShortcuts={() => setHelpOpen(true)}
        attention={attention}
      />
      <SyncBanner sync={list.summary?.sync} offline={Boolean(list.error && list.summary && !signedOut)} />
      <div className="flex min-h-0 flex-1">
        <aside className={clsx("w-full shrink-0 flex-col border-r border-border bg-surface md:w-80 lg:flex lg:w-56", pane === "channels" ? "flex" : "hidden")}>
          <ChannelList
            channels={list.summary?.channels}
            totalUnread={list.summary?.totals.unreadConversations ?? 0}
            selected={location.channel}
            unreadFilter={location.unread}
            onSelect={(id) => {
              navigate({ channel: id });
              setChannelsOpen(false);
            }}
          />
        </aside>
        <section
          aria-labelledby="conversations-heading"
          className={clsx("w-full shrink-0 flex-col border-r border-border bg-surface md:flex md:w-80 xl:w-96", pane === "list" ? "flex" : "hidden", pane === "channels" && "md:hidden lg:flex")}
        >
          <h2 id="conversations-heading" className="sr-only">{t("list.heading")}</h2>
          <ListHeader location={location} navigate={navigate} counts={list.summary?.views} failedCount={list.summary?.totals.failedSendConversations ?? 0} onQueryChange={setQ} searchRef={searchRef} selection={selection} unreadMentions={mentions.unread} />
          <div id="conversation-panel" role="tabpanel" aria-labelledby={`view-tab-${location.mentions ? "mentions" : view}`} className="flex min-h-0 flex-1 flex-col">
            {location.mentions ? (
              <MentionsList openId={openId} onOpen={mentions.open} />
            ) : (
              <ConversationList
                rows={list.rows}
                hasMore={list.hasMore}
                loadMore={list.loadMore}
                loading={list.loading}
                stale={list.stale}
                openId={openId}
                location={location}
                selected={selection.set}
                onToggle={selection.toggle}
                onOpen={open}
                query={q}
                presentIn={presentIn}
                handle={listRef}
                emptyState={<ListState loading={false} filtered={filtered} view={view} status={status} />}
              />
            )}
          </div>
          <BulkBar
            count={selection.ids.length}
            capped={selection.capped}
            selectingAll={selection.selectingAll}
            onRun={work.onBulk}
            onClear={selection.clear}
            menu={work.bulkMenu}
            onMenu={work.setBulkMenu}
          />
        </section>
        <div className={clsx("min-w-0 flex-1 flex-col bg-surface-muted md:flex", pane === "thread" ? "flex" : "hidden")}>
          {openId !== null ? (
            <ThreadPane key={openId} conversationId={openId} focusMessageId={location.message} highlight={q} present={presentIn(openId)} onOpenConversation={open} onClose={close} onWork={work.onThread} menu={work.threadMenu} onMenu={work.setThreadMenu} />
          ) : (
            <div className="flex flex-1 flex-col items-center justify-center gap-2 p-6 text-center text-ink-muted" data-testid="no-thread">
              <MessagesSquare aria-hidden="true" className="h-8 w-8" />
              <p>{t("thread.none")}</p>
              <p className="text-xs">{t("thread.noneHint")}</p>
            </div>
          )}
        </div>
      </div>
      <WorkNotice outcome={work.notice.outcome} onDismiss={work.notice.dismiss} />
      {helpOpen ? <ShortcutsDialog open onOpenChange={setHelpOpen} /> : null}
    </div>
  );
}
