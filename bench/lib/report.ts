import os from "node:os";

/** Nearest-rank percentile of unsorted samples; NaN when there are none. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export const ms = (value: number) => (Number.isNaN(value) ? "n/a" : `${value.toFixed(value < 10 ? 1 : 0)} ms`);

export const count = (value: number) => Math.round(value).toLocaleString("en-US");

/** A plain text table: the first column left-aligned, the others right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** A target printed beside its figure; informational, never a failure of the benchmark. */
export const verdict = (met: boolean) => (met ? "met" : "MISSED");

/** Other work on the machine skews every latency: each run says how busy the machine was. */
export const machineLoad = () => `load average ${(os.loadavg()[0] ?? 0).toFixed(1)} (1 min) on ${os.cpus().length} cores`;

export function summary(title: string, lines: string[]): void {
  console.log(`\n== ${title}: summary ==`);
  for (const line of [...lines, `machine at the end: ${machineLoad()}`]) console.log(`  ${line}`);
}
