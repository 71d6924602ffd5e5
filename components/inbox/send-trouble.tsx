"use client";

import { AlertCircle, Clock } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ConversationRowView } from "@/lib/contract/inbox";

/**
 * A row's mark for replies that did not (or may not have) reach the customer: an icon and
 * words, so that a refused reply is seen from the list, not only in its thread. Failed ones
 * outrank unconfirmed ones, which may yet turn out sent.
 */
export function SendTrouble({ row }: { row: Pick<ConversationRowView, "failedSends" | "unconfirmedSends"> }) {
  const t = useTranslations("inbox.list");
  if (row.failedSends > 0) {
    return (
      <span className="flex shrink-0 items-center gap-1 text-xs font-medium text-danger" data-testid="conversation-send-trouble" data-kind="failed">
        <AlertCircle aria-hidden="true" className="h-3.5 w-3.5" />
        {t("sendFailed", { count: row.failedSends })}
      </span>
    );
  }
  if (row.unconfirmedSends > 0) {
    return (
      <span className="flex shrink-0 items-center gap-1 text-xs text-warning" data-testid="conversation-send-trouble" data-kind="unconfirmed">
        <Clock aria-hidden="true" className="h-3.5 w-3.5" />
        {t("sendUnconfirmed", { count: row.unconfirmedSends })}
      </span>
    );
  }
  return null;
}
