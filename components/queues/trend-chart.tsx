"use client";

import { useQuery } from "@tanstack/react-query";
import { clsx } from "clsx";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Notice } from "@/components/ui/notice";
import { queueQueries, type TrendRange } from "@/lib/query/queue-queries";
import { Section } from "./section";
import { TrendLegend } from "./trend-legend";
import { RANGE_MS, SERIES_VARIABLES } from "./trend-scale";
import { useLocalTime } from "./use-clock";

// The charting library is the heaviest part of the page: load it after the figures.
const TrendLines = dynamic(() => import("./trend-lines").then((module) => module.TrendLines), {
  ssr: false,
  loading: () => <div className="h-[260px]" />,
});

const RANGES: TrendRange[] = ["1h", "24h"];

/** Waiting conversations per channel over the last hour or day, and how many were over threshold, from the server's minute samples. */
export function TrendChart({ now }: { now: number }) {
  const t = useTranslations("queues.trend");
  const time = useLocalTime();
  const [range, setRange] = useState<TrendRange>("1h");
  const query = useQuery(queueQueries.trend(range));
  const trend = query.data;
  const latest = trend?.points[trend.points.length - 1];
  const first = trend?.points[0] ? Date.parse(trend.points[0].at) : undefined;
  const countAt = (counts: Record<string, number>, channelId: number) => counts[String(channelId)] ?? 0;
  const totalAt = (counts: Record<string, number>) => trend?.channels.reduce((sum, channel) => sum + countAt(counts, channel.id), 0) ?? 0;

  const toggle = (
    <div role="group" aria-label={t("rangeLabel")} className="inline-flex rounded-md border border-border p-0.5">
      {RANGES.map((value) => (
        <button
          key={value}
          type="button"
          aria-pressed={range === value}
          onClick={() => setRange(value)}
          data-testid={`trend-range-${value}`}
          className={clsx("rounded px-2.5 py-1 text-sm", range === value ? "bg-accent text-accent-ink" : "text-ink-muted hover:text-ink")}
        >
          {t(`ranges.${value}`)}
        </button>
      ))}
    </div>
  );

  return (
    <Section id="trend" title={t("title")} description={t("description")} actions={toggle} testId="trend">
      {query.isPending ? (
        <p className="h-[260px] text-sm text-ink-muted">{t("loading")}</p>
      ) : query.isError && !trend ? (
        <Notice tone="error">{t("failed", { reason: query.error.message })}</Notice>
      ) : !trend || trend.points.length === 0 ? (
        <p className="flex h-[260px] items-center justify-center text-center text-sm text-ink-muted" data-testid="trend-empty">
          {t("empty")}
        </p>
      ) : (
        <figure className={SERIES_VARIABLES} data-testid="trend-chart" data-range={trend.range} data-points={trend.points.length}>
          <TrendLines trend={trend} now={now} />
          <TrendLegend channels={trend.channels} label={t("legend")} />
          {latest ? (
            <p className="mt-1 text-xs text-ink-muted" data-testid="trend-totals">
              {t("totals", { waiting: totalAt(latest.channels), overdue: totalAt(latest.overdue) })}
            </p>
          ) : null}
          {/* The axis starts at the first sample when the data is younger than the window: say so. */}
          {first && first > now - RANGE_MS[trend.range] ? (
            <p className="mt-1 text-xs text-ink-muted" data-testid="trend-since">
              {t("since", { time: time.full(first) })}
            </p>
          ) : null}
          {latest ? (
            // What the lines show, in words, for anyone who cannot see them.
            <figcaption className="sr-only">
              {t("latest", {
                time: time.full(latest.at),
                values: trend.channels.map((channel) => `${channel.name}: ${countAt(latest.channels, channel.id)}`).join(", "),
                overdue: trend.channels.map((channel) => `${channel.name}: ${countAt(latest.overdue, channel.id)}`).join(", "),
              })}
            </figcaption>
          ) : null}
        </figure>
      )}
    </Section>
  );
}
