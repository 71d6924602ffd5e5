"use client";

import { useTranslations } from "next-intl";
import { eventSentence } from "@/components/inbox/event-sentence";
import { contactName } from "@/components/inbox/format";
import { inboxHref } from "@/components/inbox/use-inbox-url";
import { useLocalFormat, useNow } from "@/components/inbox/use-clock";
import { sendReason } from "@/components/inbox/send-reason";
import type { ActivityRow } from "@/lib/contract/activity";

/** One line of the record: when, which conversation, and what happened in words. */
export function ActivityLine({ row }: { row: ActivityRow }) {
  const t = useTranslations("activity");
  const te = useTranslations("inbox.events");
  const catalog = useTranslations();
  const format = useLocalFormat();
  const now = useNow();
  let what: string;
  if (row.kind === "send") {
    const state = t.has(`sendStates.${row.status}`) ? t(`sendStates.${row.status}`) : (row.status ?? "");
    const reason = row.errorCode ? sendReason({ code: row.errorCode, message: "" }, catalog) : undefined;
    what = t("sent", { actor: row.actor?.name ?? t("someone"), state, text: row.text ?? "" }) + (reason ? ` ${reason}` : "");
  } else if (row.kind === "note") {
    what = t("noted", { actor: row.actor?.name ?? t("someone"), text: row.text ?? "" });
  } else {
    const sentence = eventSentence({ kind: "event", id: 0, change: row.kind, status: row.kind === "status" ? (row.status as "open") : null, snoozedUntil: null, assignee: row.assignee, actor: row.actor, reason: row.reason, at: row.at });
    what = te(sentence.key, { actor: sentence.actor, assignee: sentence.assignee, until: "" });
  }
  return (
    <tr className="border-t border-border align-top" data-testid="activity-row" data-kind={row.kind}>
      <td className="whitespace-nowrap px-3 py-2 text-ink-muted">
        <time dateTime={row.at} title={format.dateTime(row.at)}>{now ? format.dateTime(row.at) : null}</time>
      </td>
      <td className="px-3 py-2">
        <a className="underline-offset-2 hover:underline" href={inboxHref({ conversationId: row.conversationId, channel: null, unread: false, status: "all" })}>
          {contactName(row)}
        </a>
        <span className="block text-xs text-ink-muted">{row.channelName}</span>
      </td>
      <td className="px-3 py-2" data-testid="activity-what">{what}</td>
    </tr>
  );
}
