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
  const platformName = (platform: string) => (tp.has(platform) ? tp(platform) : platform);
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
                title={entry.platform ? `${entry.name} · ${platformName(entry.platform)}` : entry.name}
                className={clsx(
                  "flex items-start gap-2 rounded-md px-2 py-1.5 text-sm",
                  current ? "bg-[var(--selected)] font-semibold text-ink shadow-[inset_3px_0_0_var(--accent)]" : "text-ink hover:bg-surface-muted",
                )}
              >
                {entry.platform ? (
                  <PlatformIcon platform={entry.platform} className="mt-0.5" label={platformName(entry.platform)} />
                ) : (
                  <Inbox aria-hidden="true" className="mt-0.5 h-4 w-4 shrink-0" />
                )}
                {/* The whole name, wrapped: two channels that differ only at the end must still be told apart. */}
                <span className={clsx("min-w-0 flex-1 break-words", !entry.active && "text-ink-muted line-through")} data-testid="channel-name">
                  {entry.name}
                </span>
                <UnreadBadge count={entry.unread} label={t("unread", { count: entry.unread })} testId="channel-unread" />
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
