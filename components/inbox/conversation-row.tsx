"use client";

import { clsx } from "clsx";
import { Clock, Paperclip } from "lucide-react";
import { useTranslations } from "next-intl";
import { memo } from "react";
import type { ConversationRowView } from "@/lib/contract/inbox";
import { contactName, isFileKind } from "./format";
import { HighlightedText } from "./highlighted-text";
import { PresenceLine } from "./presence-line";
import type { Presence } from "@/lib/contract/presence";
import { PlatformIcon } from "./platform-icon";
import { SendTrouble } from "./send-trouble";
import { StatusBadge } from "./status-badge";
import { UnreadBadge } from "./unread-badge";
import type { useLocalFormat } from "./use-clock";

export const ROW_HEIGHT = 76;

const MINUTE = 60_000;

interface Props {
  row: ConversationRowView;
  href: string;
  open: boolean;
  now: number;
  format: ReturnType<typeof useLocalFormat>;
  onOpen: (id: number) => void;
  /** The search: a row it found shows the message that matched, with the match marked. */
  query?: string;
  /** The others who have this conversation open. */
  present?: Presence[];
}

/**
 * One conversation in the list: contact, last message, time, unread; its channel and assignee;
 * and how long the customer has waited when it is open, else its status (and a snooze's end).
 */
export const ConversationRow = memo(function ConversationRow({ row, href, open, now, format, onOpen, query, present = [] }: Props) {
  const t = useTranslations("inbox.list");
  const tw = useTranslations("inbox.work");
  const tf = useTranslations("inbox.files");
  const last = row.lastMessage;
  let preview = t("noMessages");
  const file = last && isFileKind(last.fileType) ? last.fileType : null;
  if (last) {
    const body = file ? (last.text ? `${tf(file)}: ${last.text}` : tf(file)) : last.text;
    preview = last.direction === "out" ? t("outbound", { text: body }) : body;
  }
  const waitingMs = row.status === "open" && row.waitingSince && now ? Math.max(0, now - new Date(row.waitingSince).getTime()) : null;
  const unread = row.unreadCount > 0;
  return (
    <a
      href={href}
      data-row-id={row.id}
      data-testid="conversation-row"
      aria-current={open ? "true" : undefined}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        onOpen(row.id);
      }}
      data-status={row.status}
      className={clsx(
        "flex h-full min-w-0 flex-1 flex-col justify-center gap-0.5 border-b border-border pl-1 pr-3 text-sm outline-offset-[-2px]",
        open ? "bg-surface-muted" : "hover:bg-surface-muted",
      )}
    >
      <span className="flex items-center gap-2">
        <PlatformIcon platform={row.platform} className="text-ink-muted" />
        <span className={clsx("min-w-0 flex-1 truncate", unread ? "font-semibold" : "font-medium")} data-testid="conversation-contact">
          {contactName(row)}
        </span>
        {last && now ? (
          <time dateTime={last.at} title={format.dateTime(last.at)} className="shrink-0 text-xs text-ink-muted">
            {format.relative(last.at, now)}
          </time>
        ) : null}
      </span>
      <span className="flex items-center gap-2">
        <span className={clsx("min-w-0 flex-1 truncate", unread ? "text-ink" : "text-ink-muted")} data-testid="conversation-preview">
          {row.match ? (
            <span data-testid="conversation-match">
              <HighlightedText text={row.match.text} query={query} />
            </span>
          ) : (
            <>
              {file ? <Paperclip aria-hidden="true" className="mr-1 inline h-3.5 w-3.5 align-[-2px]" /> : null}
              {preview}
            </>
          )}
        </span>
        <SendTrouble row={row} />
        <UnreadBadge count={row.unreadCount} label={t("unreadMessages", { count: row.unreadCount })} testId="conversation-unread" />
      </span>
      <span className="flex items-center gap-2 text-xs text-ink-muted">
        <span className="flex min-w-0 flex-1 items-center gap-1">
          <span className="max-w-[50%] truncate">{row.channelName}</span>
          <span aria-hidden="true">·</span>
          <span className={clsx("truncate", !row.assignee && "italic")} data-testid="conversation-assignee" data-assignee-id={row.assignee?.id ?? ""}>
            {row.assignee ? row.assignee.name : tw("unassigned")}
          </span>
        </span>
        <PresenceLine people={present} compact testId="conversation-presence" />
        {row.status !== "open" ? (
          <StatusBadge status={row.status} snoozedUntil={row.snoozedUntil} format={format} now={now} className="max-w-[55%] shrink-0" />
        ) : waitingMs !== null ? (
          <span
            data-testid="conversation-waiting"
            className={clsx("flex shrink-0 items-center gap-1", waitingMs > 60 * MINUTE ? "text-danger" : waitingMs > 15 * MINUTE && "text-warning")}
          >
            <Clock aria-hidden="true" className="h-3 w-3" />
            {waitingLabel(t, waitingMs)}
          </span>
        ) : null}
      </span>
    </a>
  );
});

function waitingLabel(t: (key: string, values: { count: number }) => string, ms: number): string {
  const minutes = Math.floor(ms / MINUTE);
  if (minutes < 60) return t("waitingMinutes", { count: minutes });
  if (minutes < 48 * 60) return t("waitingHours", { count: Math.floor(minutes / 60) });
  return t("waitingDays", { count: Math.floor(minutes / (24 * 60)) });
}
