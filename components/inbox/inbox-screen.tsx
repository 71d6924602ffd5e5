"use client";

import { clsx } from "clsx";
import { MessagesSquare } from "lucide-react";
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { FetchError } from "@/lib/query/inbox-queries";
import { ChannelList } from "./channel-list";
import { ConversationList, type ConversationListHandle } from "./conversation-list";
import { InboxToolbar } from "./inbox-toolbar";
import { ListToolbar } from "./list-toolbar";
import { SyncBanner } from "./sync-banner";
import { ThreadPane } from "./thread-pane";
import { useAttention } from "./use-attention";
import { useConversationList } from "./use-conversation-list";
import { useFillHeight } from "./use-fill-height";
import { useInboxUrl } from "./use-inbox-url";
import { useShortcuts } from "./use-shortcuts";
import { useTabTitle } from "./use-tab-title";

// Only someone who asks for the key list needs the dialog library.
const ShortcutsDialog = dynamic(() => import("./shortcuts-dialog").then((module) => module.ShortcutsDialog), { ssr: false });

/**
 * The agent's inbox: channels, conversations and the open thread side by side on a desktop,
 * one at a time on a phone. What is open lives in the URL.
 */
export function InboxScreen() {
  const t = useTranslations("inbox");
  const [location, navigate] = useInboxUrl();
  const [q, setQ] = useState("");
  const [channelsOpen, setChannelsOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const filters = useMemo(() => ({ channel: location.channel, unread: location.unread, q }), [location.channel, location.unread, q]);
  const list = useConversationList(filters);
  const listRef = useRef<ConversationListHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const [fillRef, fillHeight] = useFillHeight<HTMLDivElement>();
  const router = useRouter();
  const openId = location.conversationId;

  const open = useCallback((id: number) => navigate({ conversationId: id }), [navigate]);
  const close = useCallback(() => {
    if (openId === null) return;
    navigate({ conversationId: null });
    listRef.current?.focusRow(openId);
  }, [navigate, openId]);
  const attention = useAttention(list.summary, open);
  useTabTitle(list.summary?.totals.unreadConversations);

  useShortcuts({
    move: (delta) => listRef.current?.move(delta),
    open: () => listRef.current?.openActive(),
    search: () => searchRef.current?.focus(),
    escape: () => (openId !== null ? close() : (document.activeElement as HTMLElement | null)?.blur()),
    help: () => setHelpOpen(true),
  });

  // A session that ended while the tab stayed open: back to sign-in, then here again.
  const signedOut = list.error instanceof FetchError && list.error.status === 401;
  useEffect(() => {
    if (signedOut) router.replace(`/login?callbackUrl=${encodeURIComponent(window.location.pathname + window.location.search)}`);
  }, [signedOut, router]);

  const pane = openId !== null ? "thread" : channelsOpen ? "channels" : "list";
  const filtered = Boolean(filters.q || filters.unread || filters.channel);
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
            onSelect={(channel) => {
              navigate({ channel });
              setChannelsOpen(false);
            }}
          />
        </aside>
        <section
          aria-labelledby="conversations-heading"
          className={clsx("w-full shrink-0 flex-col border-r border-border bg-surface md:flex md:w-80 xl:w-96", pane === "list" ? "flex" : "hidden", pane === "channels" && "md:hidden lg:flex")}
        >
          <h2 id="conversations-heading" className="sr-only">{t("list.heading")}</h2>
          <ListToolbar unread={location.unread} onUnreadChange={(unread) => navigate({ unread })} onQueryChange={setQ} searchRef={searchRef} />
          <ConversationList
            rows={list.rows}
            hasMore={list.hasMore}
            loadMore={list.loadMore}
            loading={list.loading}
            stale={list.stale}
            filtered={filtered}
            openId={openId}
            channel={location.channel}
            unread={location.unread}
            onOpen={open}
            handle={listRef}
          />
        </section>
        <div className={clsx("min-w-0 flex-1 flex-col bg-surface-muted md:flex", pane === "thread" ? "flex" : "hidden")}>
          {openId !== null ? (
            <ThreadPane key={openId} conversationId={openId} onClose={close} />
          ) : (
            <div className="flex flex-1 flex-col items-center justify-center gap-2 p-6 text-center text-ink-muted" data-testid="no-thread">
              <MessagesSquare aria-hidden="true" className="h-8 w-8" />
              <p>{t("thread.none")}</p>
              <p className="text-xs">{t("thread.noneHint")}</p>
            </div>
          )}
        </div>
      </div>
      {helpOpen ? <ShortcutsDialog open onOpenChange={setHelpOpen} /> : null}
    </div>
  );
}
