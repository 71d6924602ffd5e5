/*
 * The trend chart's time axis and the look of each line, kept apart from the chart library so
 * that they can be reasoned about (and tested) without a browser.
 */

const MINUTE = 60_000;

export type TrendRange = "1h" | "24h";

export const RANGE_MS: Record<TrendRange, number> = { "1h": 60 * MINUTE, "24h": 24 * 60 * MINUTE };
/** However young the data, the axis spans at least two of the server's buckets, so that a lone sample still reads as a line. */
const MIN_SPAN_MS: Record<TrendRange, number> = { "1h": 2 * MINUTE, "24h": 30 * MINUTE };

/**
 * The axis runs from the first sample (or the window's start, whichever is later) to now: data
 * younger than the window fills the whole width instead of huddling at its right edge.
 */
export function timeDomain(firstSampleAt: number | undefined, now: number, range: TrendRange): [number, number] {
  const windowStart = now - RANGE_MS[range];
  const start = Math.min(Math.max(firstSampleAt ?? windowStart, windowStart), now - MIN_SPAN_MS[range]);
  return [start, now];
}

/** Round steps for the ticks, in minutes; the first that gives at most `maxTicks` ticks is taken. */
const STEPS_MIN = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360];

/** Ticks on round local times across the domain, at most `maxTicks` of them. */
export function timeTicks([start, end]: [number, number], offsetMinutes: number, maxTicks = 7): number[] {
  const step = (STEPS_MIN.find((minutes) => (end - start) / (minutes * MINUTE) <= maxTicks) ?? 360) * MINUTE;
  const offset = offsetMinutes * MINUTE;
  const ticks: number[] = [];
  for (let at = Math.ceil((start + offset) / step) * step - offset; at <= end; at += step) ticks.push(at);
  return ticks;
}

/*
 * Every line differs from the others in three ways: colour (the Okabe-Ito hues, which stay
 * apart for the common colour-vision deficiencies; a darker set for the light theme and a
 * lighter one for the dark theme, each at least 3:1 against the chart's background), dash
 * pattern and marker shape. Colour alone never tells two lines apart.
 */
export const SERIES_VARIABLES =
  "[--series-0:#0072B2] [--series-1:#D55E00] [--series-2:#007A5A] [--series-3:#B4468C] [--series-4:#9A6A00] [--series-5:#3A3A3A] [--series-6:#2E8BC0] [--series-7:#6A3D9A] " +
  "dark:[--series-0:#56B4E9] dark:[--series-1:#E69F00] dark:[--series-2:#2BC79A] dark:[--series-3:#E58FC4] dark:[--series-4:#F0E442] dark:[--series-5:#D0D0D0] dark:[--series-6:#FF8A5C] dark:[--series-7:#B79CE8]";
const SERIES_COUNT = 8;
const DASHES = ["", "6 3", "2 3", "10 3 2 3"];
export const MARKERS = ["circle", "square", "triangle", "diamond", "cross"] as const;
export type Marker = (typeof MARKERS)[number];

export interface SeriesStyle {
  color: string;
  dash: string;
  marker: Marker;
}

export function seriesStyle(index: number): SeriesStyle {
  return { color: `var(--series-${index % SERIES_COUNT})`, dash: DASHES[index % DASHES.length] ?? "", marker: MARKERS[index % MARKERS.length] ?? "circle" };
}

/** SVG path of a marker centred on (x, y), about `size` across. */
export function markerPath(marker: Marker, x: number, y: number, size = 7): string {
  const r = size / 2;
  switch (marker) {
    case "square":
      return `M${x - r},${y - r}h${size}v${size}h${-size}z`;
    case "triangle":
      return `M${x},${y - r * 1.15}L${x + r * 1.15},${y + r * 0.85}L${x - r * 1.15},${y + r * 0.85}z`;
    case "diamond":
      return `M${x},${y - r * 1.3}L${x + r * 1.3},${y}L${x},${y + r * 1.3}L${x - r * 1.3},${y}z`;
    case "cross":
      return `M${x - r},${y - r}L${x + r},${y + r}M${x + r},${y - r}L${x - r},${y + r}`;
    default:
      return `M${x - r},${y}a${r},${r} 0 1,0 ${size},0a${r},${r} 0 1,0 ${-size},0`;
  }
}

/**
 * Which samples of a line carry its marker: every one while there are few, else about eight
 * per line, shifted per line so that markers of lines that run together do not cover each other.
 */
export function carriesMarker(sampleIndex: number, samples: number, seriesIndex: number): boolean {
  if (samples <= 12) return true;
  const every = Math.ceil(samples / 8);
  return (sampleIndex + seriesIndex * Math.max(1, Math.floor(every / 3))) % every === 0;
}
