import { clsx } from "clsx";
import { CheckCircle2, Clock3, Hourglass, Inbox } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ConversationStatus } from "@/lib/contract/inbox";
import type { useLocalFormat } from "./use-clock";

const ICONS = { open: Inbox, pending: Hourglass, snoozed: Clock3, resolved: CheckCircle2 } as const;

/** A conversation's status in words with its icon; a snooze says until when. */
export function StatusBadge({
  status,
  snoozedUntil,
  format,
  now,
  className,
}: {
  status: ConversationStatus;
  snoozedUntil: string | null;
  format: ReturnType<typeof useLocalFormat>;
  now: number;
  className?: string;
}) {
  const t = useTranslations("inbox.work");
  const Icon = ICONS[status];
  const text = status === "snoozed" && snoozedUntil ? t("snoozedUntil", { until: format.when(snoozedUntil, now) }) : t(`status.${status}`);
  return (
    <span
      className={clsx("inline-flex min-w-0 items-center gap-1", status === "resolved" ? "text-success" : status === "open" ? "text-ink" : "text-ink-muted", className)}
      data-testid="status-badge"
      data-status={status}
    >
      <Icon aria-hidden="true" className="h-3.5 w-3.5 shrink-0" />
      <span className="truncate">{text}</span>
    </span>
  );
}
