"use client";

import { ArrowLeft, EllipsisVertical, UserRound } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { Button } from "@/components/ui/button";
import type { ConversationDetail } from "@/lib/contract/inbox";
import type { WorkChange } from "@/lib/contract/work";
import { contactName } from "./format";
import { PlatformIcon } from "./platform-icon";
import { PresenceLine } from "./presence-line";
import { ReplyWindow } from "./reply-window";
import type { Presence } from "@/lib/contract/presence";
import { ThreadWorkBar, type WorkMenu } from "./thread-work-bar";
import { useNow } from "./use-clock";

// The menu library arrives with the first open thread, not with the page; until then an empty
// space holds the button's place.
const ThreadMenu = dynamic(() => import("./thread-menu").then((module) => module.ThreadMenu), {
  ssr: false,
  loading: () => <span className="w-9" aria-hidden="true" />,
});

interface Props {
  conversation: ConversationDetail;
  onClose: () => void;
  onMarkUnread: () => void;
  onChange: (change: WorkChange, assignee?: { id: string; name: string }) => Promise<unknown>;
  menu: WorkMenu;
  onMenu: (menu: WorkMenu) => void;
  present: Presence[];
  contactOpen: boolean;
  onContact: () => void;
}

/** Who the conversation is with, on which channel, and what is being done about it. */
export function ThreadHeader({ conversation, onClose, onMarkUnread, onChange, menu, onMenu, present, contactOpen, onContact }: Props) {
  const t = useTranslations("inbox.thread");
  const tp = useTranslations("inbox.platforms");
  const platform = tp.has(conversation.platform) ? tp(conversation.platform) : conversation.platform;
  const now = useNow();
  const trigger = (
    <Button variant="ghost" className="px-2" aria-label={t("menu")} title={t("menu")} data-testid="thread-menu">
      <EllipsisVertical aria-hidden="true" className="h-4 w-4" />
    </Button>
  );
  return (
    <>
      <header className="flex items-center gap-2 border-b border-border bg-surface px-3 py-2">
        <Button variant="ghost" className="px-2" onClick={onClose} aria-label={t("back")} title={t("back")} data-testid="thread-close">
          <ArrowLeft aria-hidden="true" className="h-4 w-4" />
        </Button>
        <div className="min-w-0 flex-1">
          <h2 id="thread-heading" className="truncate font-semibold" data-testid="thread-contact">
            {contactName(conversation)}
          </h2>
          <p className="flex items-center gap-1 truncate text-xs text-ink-muted">
            <PlatformIcon platform={conversation.platform} className="h-3 w-3" />
            <span className="truncate">
              {platform} · {conversation.channelName}
            </span>
            <CustomerLanguage code={conversation.customerLanguage} />
          </p>
          <ReplyWindow windowEndsAt={conversation.windowEndsAt} now={now} />
          <PresenceLine people={present} testId="thread-presence" />
        </div>
        <Button
          variant={contactOpen ? "secondary" : "ghost"}
          className="px-2"
          onClick={onContact}
          aria-expanded={contactOpen}
          aria-label={t("contact")}
          title={t("contact")}
          data-testid="contact-toggle"
        >
          <UserRound aria-hidden="true" className="h-4 w-4" />
        </Button>
        <ThreadMenu
          trigger={trigger}
          onMarkRead={() => void onChange({ change: "read" })}
          onMarkUnread={onMarkUnread}
          onMarkPending={conversation.status === "pending" ? undefined : () => void onChange({ change: "pending" })}
        />
      </header>
      <ThreadWorkBar conversation={conversation} onChange={onChange} menu={menu} onMenu={onMenu} />
    </>
  );
}

/** The language the customer writes in, named in the agent's own language ("Writes in Polish"). */
function CustomerLanguage({ code }: { code: string | null }) {
  const t = useTranslations("inbox.thread");
  const locale = useLocale();
  if (!code) return null;
  let language = code;
  try {
    language = new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  } catch {
    // An unknown code is shown as it is.
  }
  return (
    <span className="shrink-0" data-testid="customer-language" data-language={code}>
      · {t("customerLanguage", { language })}
    </span>
  );
}
