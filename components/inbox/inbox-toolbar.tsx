"use client";

import { Keyboard, ListFilter } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { AttentionToggle } from "./attention-toggle";

interface Props {
  unreadConversations: number | undefined;
  channelsOpen: boolean;
  onToggleChannels: () => void;
  onShortcuts: () => void;
  attention: { enabled: boolean; enable: () => Promise<void>; disable: () => void };
}

/** The inbox's own bar: its title and unread total, alerts, and the key list. */
export function InboxToolbar({ unreadConversations, channelsOpen, onToggleChannels, onShortcuts, attention }: Props) {
  const t = useTranslations("inbox");
  return (
    // One row on a phone too: the title is said by the app's bar there (and stays for screen readers).
    <div className="flex items-center gap-2 border-b border-border bg-surface px-3 py-1 sm:py-1.5">
      <Button variant="ghost" className="px-2 lg:hidden" aria-expanded={channelsOpen} onClick={onToggleChannels} data-testid="channels-toggle">
        <ListFilter aria-hidden="true" className="h-4 w-4" />
        <span className="text-xs">{t("channels.heading")}</span>
      </Button>
      <h1 className="sr-only text-base font-semibold sm:not-sr-only">{t("title")}</h1>
      {unreadConversations !== undefined ? (
        <span className="min-w-0 truncate text-sm text-ink-muted" data-testid="unread-total" data-count={unreadConversations}>
          {t("unreadTotal", { count: unreadConversations })}
        </span>
      ) : null}
      <div className="ml-auto flex items-center gap-1">
        <AttentionToggle {...attention} />
        <Button variant="ghost" className="px-2" onClick={onShortcuts} aria-label={t("shortcutsButton")} title={t("shortcutsButton")} data-testid="shortcuts-button">
          <Keyboard aria-hidden="true" className="h-4 w-4" />
        </Button>
      </div>
    </div>
  );
}
