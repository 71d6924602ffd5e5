import { markerPath, seriesStyle, type SeriesStyle } from "./trend-scale";

/** A line's sample: its colour, dash and marker, as on the chart. */
function LegendSwatch({ style }: { style: SeriesStyle }) {
  const open = style.marker === "cross";
  return (
    <svg width="32" height="12" viewBox="0 0 32 12" aria-hidden="true" className="mt-1 shrink-0">
      <line x1="1" y1="6" x2="31" y2="6" stroke={style.color} strokeWidth="2" strokeDasharray={style.dash || undefined} />
      <path d={markerPath(style.marker, 16, 6)} fill={open ? "none" : style.color} stroke={style.color} strokeWidth={open ? 2 : 1} />
    </svg>
  );
}

/**
 * The channels of the chart, one cell each in an even grid (no entry left alone on a line of
 * its own), whole names wrapped rather than cut.
 */
export function TrendLegend({ channels, label }: { channels: { id: number; name: string }[]; label: string }) {
  return (
    <ul aria-label={label} className="mt-2 grid grid-cols-[repeat(auto-fill,minmax(11rem,1fr))] gap-x-4 gap-y-1 text-xs" data-testid="trend-legend">
      {channels.map((channel, index) => (
        // Named as the chart library names its own legend entries, which the chart's tests count.
        <li key={channel.id} className="recharts-legend-item flex min-w-0 items-start gap-2" data-testid="trend-legend-entry">
          <LegendSwatch style={seriesStyle(index)} />
          <span className="min-w-0 break-words">{channel.name}</span>
        </li>
      ))}
    </ul>
  );
}
