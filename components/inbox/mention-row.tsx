"use client";

import { clsx } from "clsx";
import { AtSign } from "lucide-react";
import { useTranslations } from "next-intl";
import { memo } from "react";
import type { MentionView } from "@/lib/contract/notes";
import type { useLocalFormat } from "./use-clock";

interface Props {
  mention: MentionView;
  href: string;
  open: boolean;
  now: number;
  format: ReturnType<typeof useLocalFormat>;
  onOpen: (mention: MentionView) => void;
}

/** One mention: who wrote the note, in which conversation and channel, when, and the note's text. Unread ones stand out. */
export const MentionRow = memo(function MentionRow({ mention, href, open, now, format, onOpen }: Props) {
  const t = useTranslations("inbox.mentions");
  return (
    <a
      href={href}
      aria-current={open ? "true" : undefined}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        onOpen(mention);
      }}
      className={clsx("flex min-w-0 flex-col gap-0.5 border-b border-border py-2 pl-3 pr-3 text-sm outline-offset-[-2px]", open ? "bg-surface-muted" : "hover:bg-surface-muted")}
      data-testid="mention-row"
      data-mention-id={mention.id}
      data-read={mention.read}
    >
      <span className="flex items-center gap-2">
        <AtSign aria-hidden="true" className={clsx("h-3.5 w-3.5 shrink-0", mention.read ? "text-ink-muted" : "text-accent")} />
        <span className={clsx("min-w-0 flex-1 truncate", mention.read ? "font-medium" : "font-semibold")}>
          {t("byline", { author: mention.authorName, conversation: mention.conversationName })}
        </span>
        {now ? (
          <time dateTime={mention.at} title={format.dateTime(mention.at)} className="shrink-0 text-xs text-ink-muted">
            {format.relative(mention.at, now)}
          </time>
        ) : null}
      </span>
      <span className={clsx("line-clamp-2 whitespace-pre-wrap break-words", mention.read ? "text-ink-muted" : "text-ink")} data-testid="mention-text">
        {mention.text}
      </span>
      <span className="flex items-center gap-2 text-xs text-ink-muted">
        <span className="min-w-0 flex-1 truncate">{mention.channelName}</span>
        {mention.read ? null : (
          <span className="shrink-0 rounded-full bg-accent px-1.5 font-medium text-accent-ink" data-testid="mention-unread">
            {t("unread")}
          </span>
        )}
      </span>
    </a>
  );
});
