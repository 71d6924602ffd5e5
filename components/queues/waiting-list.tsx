"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";
import { queueQueries } from "@/lib/query/queue-queries";
import { secondsSince, useDuration } from "./duration";
import { StateBadge } from "./state-badge";

/** A channel's waiting conversations, longest wait first, each a link into the inbox. */
export function WaitingList({ channelId, channelName, now }: { channelId: number; channelName: string; now: number }) {
  const t = useTranslations("queues.waiting");
  const duration = useDuration();
  const query = useQuery(queueQueries.waiting(channelId));
  const label = t("label", { channel: channelName });

  if (query.isPending) return <p className="text-sm text-ink-muted">{t("loading")}</p>;
  if (query.isError && !query.data) return <Notice tone="error">{t("failed", { reason: query.error.message })}</Notice>;
  const conversations = query.data.conversations;
  if (conversations.length === 0) {
    return (
      <p className="text-sm text-ink-muted" data-testid={`waiting-empty-${channelId}`}>
        {t("empty")}
      </p>
    );
  }
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-semibold">{label}</h3>
      <ol aria-label={label} className="divide-y divide-border rounded-md border border-border bg-surface" data-testid={`waiting-list-${channelId}`}>
        {conversations.map((conversation) => (
          <li key={conversation.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-sm" data-testid="waiting-conversation">
            <Link href={`/inbox?c=${conversation.id}`} className="font-medium text-accent underline-offset-2 hover:underline">
              {conversation.destination}
            </Link>
            <span className="whitespace-nowrap tabular-nums">
              {t("waited", { duration: duration(secondsSince(conversation.waitingSince, now), { coarse: true }) })}
            </span>
            <StateBadge state={conversation.state} testId={`waiting-state-${conversation.id}`} />
            {conversation.unreadCount > 0 ? <span className="text-ink-muted">{t("unread", { count: conversation.unreadCount })}</span> : null}
            <span className="min-w-0 flex-1 basis-48 truncate text-ink-muted" title={conversation.lastText}>
              {conversation.lastText}
            </span>
          </li>
        ))}
      </ol>
      {/* The server lists at most 500; say so rather than let the list pass for complete. */}
      {conversations.length >= 500 ? <p className="text-xs text-ink-muted">{t("capped", { count: conversations.length })}</p> : null}
    </div>
  );
}
