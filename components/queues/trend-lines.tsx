"use client";

import { useTranslations } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis, type DotItemDotProps } from "recharts";
import type { TrendResponse } from "@/lib/contract/queues";
import { useLocalTime } from "./use-clock";

/*
 * The series colours are CSS variables set on the chart's wrapper, a darker set for the light
 * theme and a lighter one for the dark theme, each at least 3:1 against its background. The
 * dash patterns tell the lines apart for anyone who cannot tell the colours apart.
 */
export const SERIES_VARIABLES =
  "[--series-0:#1d4ed8] [--series-1:#b45309] [--series-2:#047857] [--series-3:#be185d] [--series-4:#6d28d9] [--series-5:#0e7490] [--series-6:#4d7c0f] [--series-7:#b91c1c] " +
  "dark:[--series-0:#60a5fa] dark:[--series-1:#fbbf24] dark:[--series-2:#34d399] dark:[--series-3:#f472b6] dark:[--series-4:#a78bfa] dark:[--series-5:#22d3ee] dark:[--series-6:#a3e635] dark:[--series-7:#f87171]";
const SERIES_COUNT = 8;
const DASHES = ["", "6 3", "2 3", "10 3 2 3"];

const MINUTE = 60_000;
const RANGE_MS = { "1h": 60 * MINUTE, "24h": 24 * 60 * MINUTE };
const TICK_STEP_MS = { "1h": 10 * MINUTE, "24h": 3 * 60 * MINUTE };
/** The server's buckets: one sample a minute, or the largest of each quarter hour. */
const BUCKET_MS = { "1h": MINUTE, "24h": 15 * MINUTE };

type Row = { at: number; held?: boolean } & Record<string, number | boolean | undefined>;

/**
 * A queue's size is a step: it stays what the last sample found until the next one. The last
 * sample is held up to now, so the freshest figures read as a line (even a lone first sample),
 * but only while samples keep coming: a stopped sampler leaves the line where it ended.
 */
export function withHold(points: TrendResponse["points"], range: TrendResponse["range"], now: number): Row[] {
  const rows: Row[] = points.map((point) => ({ at: Date.parse(point.at), ...point.channels }));
  const last = points[points.length - 1];
  const lastAt = last ? Date.parse(last.at) : 0;
  if (last && now > lastAt && now - lastAt < 2 * BUCKET_MS[range]) rows.push({ at: now, held: true, ...last.channels });
  return rows;
}

/** Ticks on round local times (every 10 minutes, or every 3 hours) across the domain. */
function ticksFor(start: number, end: number, step: number): number[] {
  const offset = -new Date(start).getTimezoneOffset() * MINUTE;
  const ticks: number[] = [];
  for (let at = Math.ceil((start + offset) / step) * step - offset; at <= end; at += step) ticks.push(at);
  return ticks;
}

/** A dot on each real sample; none on the held point, which is no sample. */
function sampleDot(props: DotItemDotProps) {
  const key = `${String(props.dataKey)}-${props.index}`;
  if ((props.payload as Row).held || props.cx === undefined || props.cy === undefined) return <g key={key} />;
  return <circle key={key} cx={props.cx} cy={props.cy} r={3} fill={props.stroke} />;
}

export function TrendLines({ trend, now }: { trend: TrendResponse; now: number }) {
  const t = useTranslations("queues.trend");
  const time = useLocalTime();
  const data = withHold(trend.points, trend.range, now);
  const lastSampleAt = trend.points[trend.points.length - 1]?.at;
  const first = data[0]?.at ?? now;
  const last = data[data.length - 1]?.at ?? now;
  // The whole range is shown even with few samples, so a single point sits where it belongs in time.
  const domain: [number, number] = [Math.min(first, now - RANGE_MS[trend.range]), Math.max(last, now)];
  const sparse = trend.points.length < 30;

  return (
    <div className={SERIES_VARIABLES}>
      <LineChart responsive data={data} style={{ width: "100%", height: 260 }} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="at"
          type="number"
          scale="time"
          domain={domain}
          ticks={ticksFor(domain[0], domain[1], TICK_STEP_MS[trend.range])}
          tickFormatter={(at: number) => time.short(at)}
          stroke="var(--ink-muted)"
          tick={{ fill: "var(--ink-muted)", fontSize: 12 }}
        />
        <YAxis allowDecimals={false} width={32} stroke="var(--ink-muted)" tick={{ fill: "var(--ink-muted)", fontSize: 12 }} />
        <Tooltip
          labelFormatter={(at, payload) =>
            payload?.[0]?.payload?.held && lastSampleAt ? t("held", { time: time.full(lastSampleAt) }) : time.full(Number(at))
          }
          contentStyle={{ background: "var(--surface-raised)", border: "1px solid var(--border)", borderRadius: 6, color: "var(--ink)", fontSize: 12, padding: "6px 8px" }}
          itemStyle={{ padding: 0 }}
        />
        <Legend iconType="plainline" wrapperStyle={{ fontSize: 12, color: "var(--ink)" }} />
        {trend.channels.map((channel, index) => (
          <Line
            key={channel.id}
            dataKey={String(channel.id)}
            name={channel.name}
            type="stepAfter"
            stroke={`var(--series-${index % SERIES_COUNT})`}
            strokeWidth={2}
            strokeDasharray={DASHES[index % DASHES.length]}
            // A handful of samples would be invisible as lines alone: mark each one.
            dot={sparse ? sampleDot : false}
            // Polls replace the data every half minute: redrawing from scratch each time would flicker.
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </div>
  );
}
