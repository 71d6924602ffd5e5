"use client";

import { useTranslations } from "next-intl";
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis, type DotItemDotProps } from "recharts";
import type { TrendResponse } from "@/lib/contract/queues";
import { carriesMarker, markerPath, seriesStyle, timeDomain, timeTicks, type SeriesStyle } from "./trend-scale";
import { useLocalTime } from "./use-clock";

const MINUTE = 60_000;
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

/** The marker of a line on the samples that carry one; none on the held point, which is no sample. */
function markerDot(style: SeriesStyle, seriesIndex: number, samples: number) {
  return function MarkerDot(props: DotItemDotProps) {
    const key = `${String(props.dataKey)}-${props.index}`;
    const { cx, cy } = props;
    if ((props.payload as Row).held || cx === undefined || cy === undefined || !carriesMarker(props.index, samples, seriesIndex)) return <g key={key} />;
    const open = style.marker === "cross";
    return <path key={key} d={markerPath(style.marker, cx, cy)} fill={open ? "none" : style.color} stroke={style.color} strokeWidth={open ? 2 : 1} />;
  };
}

export function TrendLines({ trend, now }: { trend: TrendResponse; now: number }) {
  const t = useTranslations("queues.trend");
  const time = useLocalTime();
  const data = withHold(trend.points, trend.range, now);
  const lastSampleAt = trend.points[trend.points.length - 1]?.at;
  const domain = timeDomain(data[0]?.at, now, trend.range);
  const ticks = timeTicks(domain, -new Date(domain[0]).getTimezoneOffset());
  const samples = trend.points.length;

  return (
    <div>
      <LineChart responsive data={data} style={{ width: "100%", height: 260 }} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="at"
          type="number"
          scale="time"
          domain={domain}
          allowDataOverflow
          // Room for the first and last time labels, so that neither runs into the counts' axis or off the edge.
          padding={{ left: 20, right: 20 }}
          ticks={ticks}
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
        {trend.channels.map((channel, index) => {
          const style = seriesStyle(index);
          return (
            <Line
              key={channel.id}
              dataKey={String(channel.id)}
              name={channel.name}
              type="stepAfter"
              stroke={style.color}
              strokeWidth={2}
              strokeDasharray={style.dash || undefined}
              dot={markerDot(style, index, samples)}
              activeDot={{ r: 4 }}
              // Polls replace the data every half minute: redrawing from scratch each time would flicker.
              isAnimationActive={false}
            />
          );
        })}
      </LineChart>
    </div>
  );
}
