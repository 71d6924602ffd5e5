"use client";

import { clsx } from "clsx";
import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import type { SyncStatusView } from "@/lib/inbox/api-types";
import { secondsSince, useDuration } from "./duration";
import { useLocalTime } from "./use-clock";

/**
 * The figures are only as fresh as the mirror. When the sync with Afilnet is failing, say
 * so with the last good sync's time and the reason; while the first import runs, say the
 * figures are still growing; say nothing while all is well.
 */
export function SyncBanner({ sync, now }: { sync: SyncStatusView; now: number }) {
  const t = useTranslations("queues.sync");
  const time = useLocalTime();
  const duration = useDuration();
  const importing = sync.import.active ? (
    <p role="status" className="rounded-md border border-border bg-surface px-3 py-2 text-sm text-ink-muted" data-testid="queues-import">
      {t("importing", { done: sync.import.done, total: sync.import.total })}
    </p>
  ) : null;
  if (sync.state === "ok") return importing;
  const lastGood = sync.lastSuccessAt
    ? t("lastGood", { time: time.full(sync.lastSuccessAt), ago: duration(secondsSince(sync.lastSuccessAt, now), { coarse: true }) })
    : t("neverSynced");
  return (
    <>
      {importing}
      <div
        role="status"
        data-testid="queues-sync-banner"
        data-state={sync.state}
        className={clsx(
          "flex flex-wrap items-center gap-x-2 gap-y-1 rounded-md border bg-surface px-3 py-2 text-sm",
          sync.state === "down" ? "border-danger text-danger" : "border-warning text-warning",
        )}
      >
        <TriangleAlert aria-hidden="true" className="h-4 w-4 shrink-0" />
        <span className="font-semibold">{sync.state === "down" ? t("down") : t("degraded")}</span>
        <span>{lastGood}</span>
        {sync.lastError ? <span className="text-ink">{t("reason", { reason: sync.lastError })}</span> : null}
      </div>
    </>
  );
}
