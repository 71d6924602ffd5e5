"use client";

import { clsx } from "clsx";
import { Inbox } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ChannelSummary } from "@/lib/contract/inbox";
import { inboxHref } from "./use-inbox-url";
import { PlatformIcon } from "./platform-icon";
import { UnreadBadge } from "./unread-badge";

interface Props {
  channels: ChannelSummary[] | undefined;
  totalUnread: number;
  selected: number | null;
  unreadFilter: boolean;
  onSelect: (channel: number | null) => void;
}

/** The left pane: every channel with its unread conversations, and "All channels". */
export function ChannelList({ channels, totalUnread, selected, unreadFilter, onSelect }: Props) {
  const t = useTranslations("inbox.channels");
  const tp = useTranslations("inbox.platforms");
  const entries = [
    { id: null, name: t("all"), platform: null, unread: totalUnread, active: true },
    ...(channels ?? []).map((c) => ({ id: c.id, name: c.name, platform: c.platform, unread: c.unreadConversations, active: c.active })),
  ];
  return (
    <nav aria-labelledby="channels-heading" className="flex min-h-0 flex-1 flex-col" data-testid="channel-list">
      <h2 id="channels-heading" className="px-3 pb-1 pt-3 text-xs font-semibold uppercase tracking-wide text-ink-muted">
        {t("heading")}
      </h2>
      <ul className="min-h-0 flex-1 overflow-y-auto px-2 pb-2">
        {entries.map((entry) => {
          const current = entry.id === selected;
          return (
            <li key={entry.id ?? "all"}>
              <a
                href={inboxHref({ channel: entry.id, unread: unreadFilter, conversationId: null })}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                  event.preventDefault();
                  onSelect(entry.id);
                }}
                aria-current={current ? "page" : undefined}
                data-testid={entry.id ? `channel-${entry.id}` : "channel-all"}
                className={clsx(
                  "flex items-center gap-2 rounded-md px-2 py-1.5 text-sm",
                  current ? "bg-surface-muted font-semibold text-ink" : "text-ink hover:bg-surface-muted",
                )}
              >
                {entry.platform ? (
                  <PlatformIcon platform={entry.platform} label={tp.has(entry.platform) ? tp(entry.platform) : entry.platform} />
                ) : (
                  <Inbox aria-hidden="true" className="h-4 w-4 shrink-0" />
                )}
                <span className={clsx("min-w-0 flex-1 truncate", !entry.active && "text-ink-muted line-through")}>{entry.name}</span>
                <UnreadBadge count={entry.unread} label={t("unread", { count: entry.unread })} testId="channel-unread" />
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
