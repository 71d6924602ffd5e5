"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import { clsx } from "clsx";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { formatDestination } from "@/components/inbox/format";
import { Notice } from "@/components/ui/notice";
import type { WaitingResponse } from "@/lib/contract/queues";
import { secondsSince, useDuration } from "./duration";
import { ReassignBar, type ReassignResult } from "./reassign-bar";
import { StateBadge } from "./state-badge";
import { useWaitingSelection } from "./use-waiting-selection";

/**
 * A waiting list, a channel's or an agent's, longest wait first: each conversation a link into
 * the inbox and a checkbox, with the bar that reassigns the ticked ones. A channel's list says
 * who has each conversation; an agent's says on which channel it is.
 */
export function WaitingConversations({
  query,
  label,
  empty,
  show,
  platformOf,
  now,
  testIds,
}: {
  query: UseQueryResult<WaitingResponse>;
  label: string;
  empty: string;
  show: "assignee" | "channel";
  platformOf: (channelId: number) => string;
  now: number;
  testIds: { panel: string; list: string; empty: string };
}) {
  const t = useTranslations("queues.waiting");
  const duration = useDuration();
  const conversations = query.data?.conversations;
  const listed = useMemo(() => conversations?.map((conversation) => conversation.id) ?? [], [conversations]);
  const selection = useWaitingSelection(listed);
  const [result, setResult] = useState<ReassignResult>(null);

  // Outside the branches below, so that the sentence stays when the last conversation moves away.
  const outcome = (
    <p aria-live="polite" className="text-sm empty:hidden" data-testid="reassign-result">
      {result ? (
        <span className={result.tone === "error" ? "text-danger" : "text-success"} data-tone={result.tone}>
          {result.text}
        </span>
      ) : null}
    </p>
  );

  let body;
  if (query.isPending) body = <p className="text-sm text-ink-muted">{t("loading")}</p>;
  else if (!conversations) body = <Notice tone="error">{t("failed", { reason: query.error?.message ?? "" })}</Notice>;
  else if (conversations.length === 0) {
    body = (
      <p className="text-sm text-ink-muted" data-testid={testIds.empty}>
        {empty}
      </p>
    );
  } else {
    body = (
      <>
        <h3 className="text-sm font-semibold">{label}</h3>
        <ReassignBar ids={selection.ids} state={selection.state} onToggleAll={selection.toggleAll} onMoved={selection.clear} onResult={setResult} testId="reassign-bar" />
        <ol aria-label={label} className="divide-y divide-border rounded-md border border-border bg-surface" data-testid={testIds.list}>
          {conversations.map((conversation) => {
            const contact = conversation.displayName ?? formatDestination(platformOf(conversation.channelId), conversation.destination);
            return (
              <li key={conversation.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-sm" data-testid="waiting-conversation" data-conversation-id={conversation.id}>
                <input
                  type="checkbox"
                  checked={selection.has(conversation.id)}
                  onChange={() => selection.toggle(conversation.id)}
                  aria-label={t("select", { contact })}
                  data-testid="waiting-select"
                  className="h-4 w-4 cursor-pointer accent-[var(--accent)]"
                />
                <Link href={`/inbox?c=${conversation.id}`} className="font-medium text-accent underline-offset-2 hover:underline">
                  {contact}
                </Link>
                <span className="whitespace-nowrap tabular-nums">
                  {t("waited", { duration: duration(secondsSince(conversation.waitingSince, now), { coarse: true }) })}
                </span>
                <StateBadge state={conversation.state} testId={`waiting-state-${conversation.id}`} />
                {show === "assignee" ? (
                  <span className={clsx("whitespace-nowrap", !conversation.assignee && "text-ink-muted")} data-testid="waiting-assignee">
                    {conversation.assignee ? t("assignedTo", { name: conversation.assignee.name }) : t("unassigned")}
                  </span>
                ) : (
                  <span className="whitespace-nowrap text-ink-muted" data-testid="waiting-channel">
                    {t("onChannel", { channel: conversation.channelName })}
                  </span>
                )}
                {conversation.unreadCount > 0 ? <span className="text-ink-muted">{t("unread", { count: conversation.unreadCount })}</span> : null}
                <span className="min-w-0 flex-1 basis-48 truncate text-ink-muted" title={conversation.lastText}>
                  {conversation.lastText}
                </span>
              </li>
            );
          })}
        </ol>
        {/* The server lists at most 500; say so rather than let the list pass for complete. */}
        {conversations.length >= 500 ? <p className="text-xs text-ink-muted">{t("capped", { count: conversations.length })}</p> : null}
      </>
    );
  }

  return (
    <div className="space-y-2" data-testid={testIds.panel}>
      {body}
      {outcome}
    </div>
  );
}
