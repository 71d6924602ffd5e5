"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useMemo } from "react";
import { Notice } from "@/components/ui/notice";
import type { WorkChange } from "@/lib/contract/work";
import { markUnreadAction } from "@/lib/inbox/actions";
import { FetchError } from "@/lib/query/inbox-queries";
import type { Presence } from "@/lib/contract/presence";
import { Composer } from "./composer";
import { ComposerTabs } from "./composer-tabs";
import { useReplyCaution } from "./use-reply-caution";
import { ContactPanel, useContactPanelOpen } from "./contact-panel";
import { MessageList } from "./message-list";
import { PendingBubble } from "./pending-bubble";
import { dropSends, useLocalSends } from "./send-store";
import { ThreadHeader } from "./thread-header";
import type { WorkMenu } from "./thread-work-bar";
import { useTabVisible } from "./use-clock";
import { useMarkSeen } from "./use-mark-seen";
import { useSendActions } from "./use-send-actions";
import { useThread } from "./use-thread";
import { mergeSends } from "./visible-sends";
import { inboxKeys } from "@/lib/query/keys";

interface Props {
  conversationId: number;
  /** A search's match to bring into view and mark, with the search's words. */
  focusMessageId?: number | null;
  highlight?: string;
  /** The others who have this conversation open. */
  present: Presence[];
  /** Opens another conversation (the same customer's, from the contact panel). */
  onOpenConversation: (id: number) => void;
  onClose: () => void;
  /** A change of status or assignee to this conversation; the screen reports how it went. */
  onWork: (change: WorkChange, assignee?: { id: string; name: string }) => Promise<unknown>;
  menu: WorkMenu;
  onMenu: (menu: WorkMenu) => void;
}

/** The right pane: one conversation's messages, record and notes, its sends in flight, and the composer with its Note tab. */
export function ThreadPane({ conversationId, focusMessageId = null, highlight, present, onOpenConversation, onClose, onWork, menu, onMenu }: Props) {
  const t = useTranslations("inbox.thread");
  const client = useQueryClient();
  const thread = useThread(conversationId, focusMessageId);
  const [contactOpen, setContactOpen] = useContactPanelOpen();
  const caution = useReplyCaution(thread.conversation, thread.messages, thread.loading);
  const seen = useMarkSeen(thread.conversation, useTabVisible());
  const actions = useSendActions(conversationId);
  const local = useLocalSends(conversationId);
  const { shown: sends, settled } = useMemo(
    () => mergeSends(local, thread.pending, thread.messages, thread.polledAt),
    [local, thread.pending, thread.messages, thread.polledAt],
  );
  // Settled sends leave the optimistic store, which would otherwise only grow.
  useEffect(() => dropSends(settled), [settled]);

  if (!thread.conversation) {
    const gone = thread.error instanceof FetchError && thread.error.status === 404;
    return (
      <div className="flex flex-1 items-center justify-center p-6" data-testid="thread-state">
        {thread.error ? (
          <Notice tone="error">{gone ? t("notFound") : t("loadFailed")}</Notice>
        ) : (
          <p className="text-sm text-ink-muted" role="status">{t("loading")}</p>
        )}
      </div>
    );
  }

  async function markUnread() {
    // The thread stays open: it is not marked seen again until a new message arrives.
    seen.keepUnread();
    await markUnreadAction({ conversationId }).catch(() => null);
    void client.invalidateQueries({ queryKey: inboxKeys.lists() });
    void client.invalidateQueries({ queryKey: inboxKeys.thread(conversationId) });
  }

  return (
    <div className="flex min-h-0 flex-1">
      <section aria-labelledby="thread-heading" className="flex min-h-0 min-w-0 flex-1 flex-col" data-testid="thread" data-conversation-id={conversationId}>
        <ThreadHeader
          conversation={thread.conversation}
          onClose={onClose}
          onMarkUnread={markUnread}
          onChange={onWork}
          menu={menu}
          onMenu={onMenu}
          present={present}
          contactOpen={contactOpen}
          onContact={() => setContactOpen(!contactOpen)}
        />
        {thread.error ? <Notice tone="error">{t("stale")}</Notice> : null}
        <MessageList
          messages={thread.messages}
          lines={thread.lines}
          hasOlder={thread.hasOlder}
          loadingOlder={thread.loadingOlder}
          loadOlder={thread.loadOlder}
          focusId={focusMessageId}
          highlight={focusMessageId ? highlight : undefined}
          label={t("messagesLabel")}
        >
          {sends.map((send) => (
            <PendingBubble key={send.clientId} send={send} onRetry={actions.retry} onEdit={actions.edit} />
          ))}
        </MessageList>
        <ComposerTabs
          conversationId={conversationId}
          reply={
            <Composer
              conversationId={conversationId}
              conversation={thread.conversation}
              caution={caution.caution}
              // "Send and resolve": the resolve follows only a send the server accepted.
              onSend={(request, resolve) => {
                caution.sent();
                actions.send(request, resolve ? () => void onWork({ change: "resolve" }) : undefined);
              }}
            />
          }
        />
      </section>
      <ContactPanel conversationId={conversationId} open={contactOpen} onOpenChange={setContactOpen} onOpenConversation={onOpenConversation} />
    </div>
  );
}
