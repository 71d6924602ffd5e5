"use client";

import { useQuery } from "@tanstack/react-query";
import { clsx } from "clsx";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Notice } from "@/components/ui/notice";
import { queueQueries, type TrendRange } from "@/lib/query/queue-queries";
import { Section } from "./section";
import { useLocalTime } from "./use-clock";

// The charting library is the heaviest part of the page: load it after the figures.
const TrendLines = dynamic(() => import("./trend-lines").then((module) => module.TrendLines), {
  ssr: false,
  loading: () => <div className="h-[260px]" />,
});

const RANGES: TrendRange[] = ["1h", "24h"];

/** Unread conversations per channel over the last hour or day, from the server's minute samples. */
export function TrendChart({ now }: { now: number }) {
  const t = useTranslations("queues.trend");
  const time = useLocalTime();
  const [range, setRange] = useState<TrendRange>("1h");
  const query = useQuery(queueQueries.trend(range));
  const trend = query.data;
  const latest = trend?.points[trend.points.length - 1];

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
        <figure data-testid="trend-chart" data-range={trend.range} data-points={trend.points.length}>
          <TrendLines trend={trend} now={now} />
          {latest ? (
            // What the lines show, in words, for anyone who cannot see them.
            <figcaption className="sr-only">
              {t("latest", {
                time: time.full(latest.at),
                values: trend.channels.map((channel) => `${channel.name}: ${latest.channels[String(channel.id)] ?? 0}`).join(", "),
              })}
            </figcaption>
          ) : null}
        </figure>
      )}
    </Section>
  );
}
