"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { Download } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { activityCsvUrl, activityQuery } from "@/lib/query/activity-queries";
import { ActivityFilters, NO_FILTERS, toQuery, type ActivityFilterValues } from "./activity-filters";
import { ActivityLine } from "./activity-line";

interface Props {
  agents: { id: string; name: string }[];
  channels: { id: number; name: string }[];
}

/** The record for supervisors: filters, the rows newest first page by page, and the CSV of what is filtered. */
export function ActivityScreen({ agents, channels }: Props) {
  const t = useTranslations("activity");
  const [values, setValues] = useState<ActivityFilterValues>(NO_FILTERS);
  const query = useMemo(() => toQuery(values), [values]);
  const record = useInfiniteQuery(activityQuery(query));
  const rows = record.data?.pages.flatMap((page) => page.rows) ?? [];
  return (
    <div className="space-y-4">
      <ActivityFilters values={values} onChange={setValues} agents={agents} channels={channels} />
      <div className="flex items-center justify-between gap-2">
        <p className="text-sm text-ink-muted" role="status" data-testid="activity-count">
          {record.isPending ? t("loading") : t("shown", { count: rows.length, more: record.hasNextPage ? "yes" : "no" })}
        </p>
        <a
          href={activityCsvUrl(query)}
          download
          className="inline-flex items-center gap-2 rounded-md border border-border bg-surface-raised px-3 py-1.5 text-sm font-medium hover:bg-surface-muted"
          data-testid="activity-export"
        >
          <Download aria-hidden="true" className="h-4 w-4" />
          {t("export")}
        </a>
      </div>
      {record.error ? <Notice tone="error">{t("loadFailed")}</Notice> : null}
      {!record.isPending && rows.length === 0 && !record.error ? <p className="text-sm text-ink-muted">{t("empty")}</p> : null}
      {rows.length > 0 ? (
        <div className="overflow-x-auto rounded-lg border border-border">
          <table className="w-full text-left text-sm" data-testid="activity-table">
            <caption className="sr-only">{t("title")}</caption>
            <thead className="bg-surface-muted text-xs text-ink-muted">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">{t("columns.at")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("columns.conversation")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("columns.what")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <ActivityLine key={row.key} row={row} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {record.hasNextPage ? (
        <Button variant="secondary" onClick={() => void record.fetchNextPage()} disabled={record.isFetchingNextPage} data-testid="activity-more">
          {record.isFetchingNextPage ? t("loading") : t("more")}
        </Button>
      ) : null}
    </div>
  );
}
