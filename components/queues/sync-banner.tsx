"use client";

import { useTranslations } from "next-intl";
import { syncReason } from "@/components/shell/sync-reason";
import { SyncTroubleNotice } from "@/components/shell/sync-trouble-notice";
import type { SyncStatusView } from "@/lib/contract/inbox";
import { secondsSince, useDuration } from "./duration";
import { useLocalTime } from "./use-clock";

/**
 * The figures are only as fresh as the mirror. When the sync with Afilnet is failing, say
 * so with the last good sync's time and the reason; while the first import runs, say the
 * figures are still growing; say nothing while all is well.
 */
export function SyncBanner({ sync, now }: { sync: SyncStatusView; now: number }) {
  const t = useTranslations("queues.sync");
  const catalog = useTranslations();
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
      <SyncTroubleNotice
        state={sync.state}
        title={sync.state === "down" ? t("down") : t("degraded")}
        lastGood={lastGood}
        reason={sync.lastError ? t("reason", { reason: syncReason(sync, catalog) ?? sync.lastError }) : null}
        className="rounded-md border px-3 py-2"
        testId="queues-sync-banner"
      />
    </>
  );
}
