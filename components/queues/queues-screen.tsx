"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTimeZone, useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { FetchError } from "@/lib/query/fetch";
import { queueQueries } from "@/lib/query/queue-queries";
import { AgentsTable } from "./agents-table";
import { QueueTable } from "./queue-table";
import { SyncBanner } from "./sync-banner";
import { TeamPanel } from "./team-panel";
import { ThresholdSettings } from "./threshold-settings";
import { TrendChart } from "./trend-chart";
import { useLocalTime, useNow } from "./use-clock";
import { WorkSettings } from "./work-settings";

/**
 * The supervisor's queues, polled every few seconds. A failed poll keeps the last figures on
 * screen and says so; background refetches never show a spinner, only the new figures.
 */
export function QueuesScreen() {
  const t = useTranslations("queues");
  const time = useLocalTime();
  const router = useRouter();
  // "Today" in the figures is the supervisor's today, in their chosen zone.
  const timeZone = useTimeZone();
  const query = useQuery(queueQueries.overview(timeZone));
  const data = query.data;
  // Durations count from whichever is later: the ticking clock, or the figures' arrival.
  const now = Math.max(useNow(), query.dataUpdatedAt);

  // A session that ended while the tab stayed open: back to sign-in, then here again.
  const signedOut = query.error instanceof FetchError && query.error.status === 401;
  useEffect(() => {
    if (signedOut) router.replace(`/login?callbackUrl=${encodeURIComponent(window.location.pathname)}`);
  }, [signedOut, router]);

  if (query.isPending) {
    return (
      <p className="text-sm text-ink-muted" role="status" data-testid="queues-loading">
        {t("loading")}
      </p>
    );
  }
  if (!data) {
    return (
      <div className="space-y-2" data-testid="queues-load-failed">
        <Notice tone="error" live>
          {t("loadFailed", { reason: query.error?.message ?? "" })}
        </Notice>
        <Button variant="secondary" onClick={() => void query.refetch()}>
          {t("retry")}
        </Button>
      </div>
    );
  }

  return (
    <div className="space-y-4" data-testid="queues-screen">
      <p className="text-sm text-ink-muted" data-testid="queues-updated">
        {t("updated", { time: time.clock(query.dataUpdatedAt) })}
      </p>
      {query.isError ? (
        <Notice tone="error" live testId="queues-refresh-failed">
          {t("refreshFailed", { reason: query.error.message, time: time.clock(query.dataUpdatedAt) })}
        </Notice>
      ) : null}
      <SyncBanner sync={data.sync} now={now} />
      <QueueTable data={data} now={now} />
      <AgentsTable data={data} now={now} />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <TrendChart now={now} />
        </div>
        <TeamPanel data={data} now={now} />
      </div>
      <div className="grid items-start gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <ThresholdSettings data={data} />
        </div>
        <WorkSettings saved={data.workSettings} />
      </div>
    </div>
  );
}
