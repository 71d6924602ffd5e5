"use client";

import { CloudOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { syncReason } from "@/components/shell/sync-reason";
import { SyncTroubleNotice } from "@/components/shell/sync-trouble-notice";
import type { SyncStatusView } from "@/lib/contract/inbox";
import { useLocalFormat, useNow } from "./use-clock";

/**
 * How fresh the inbox is. A degraded or failed sync, or a lost connection to this server,
 * is said plainly with the last good sync's time; the inbox stays usable on what it has.
 */
export function SyncBanner({ sync, offline }: { sync: SyncStatusView | undefined; offline: boolean }) {
  const t = useTranslations("inbox.sync");
  const catalog = useTranslations();
  const format = useLocalFormat();
  const now = useNow();
  const progress = sync?.import.active ? sync.import : null;
  const trouble = sync && sync.state !== "ok" ? sync : null;
  if (!progress && !trouble && !offline) return null;
  const lastGood = trouble?.lastSuccessAt
    ? t("lastGood", { time: format.dateTime(trouble.lastSuccessAt), ago: now ? format.relative(trouble.lastSuccessAt, now) : "" })
    : t("neverSynced");
  return (
    <div className="space-y-px">
      {offline ? (
        <div role="status" className="flex items-center gap-2 border-b border-danger bg-surface px-4 py-2 text-sm text-danger" data-testid="offline-banner">
          <CloudOff aria-hidden="true" className="h-4 w-4 shrink-0" />
          {t("offline")}
        </div>
      ) : null}
      {trouble ? (
        <SyncTroubleNotice
          state={trouble.state as "degraded" | "down"}
          title={trouble.state === "down" ? t("down") : t("degraded")}
          lastGood={lastGood}
          reason={syncReason(trouble, catalog)}
          className="border-b px-4 py-2"
          testId="sync-banner"
          reasonTestId="sync-error"
        />
      ) : null}
      {progress ? (
        <div className="border-b border-border bg-surface px-4 py-2 text-sm" data-testid="import-progress">
          <p id="import-label">{t(progress.state === "stalled" ? "stalled" : "importing", { done: progress.done, total: progress.total })}</p>
          <div
            role="progressbar"
            aria-labelledby="import-label"
            aria-valuemin={0}
            aria-valuemax={Math.max(progress.total, 1)}
            aria-valuenow={progress.done}
            className="mt-1 h-1.5 overflow-hidden rounded-full bg-surface-muted"
          >
            <div className="h-full bg-accent transition-[width]" style={{ width: `${progress.total ? (100 * progress.done) / progress.total : 0}%` }} />
          </div>
        </div>
      ) : null}
    </div>
  );
}
