import { clsx } from "clsx";
import type { HTMLAttributes } from "react";

type Tone = "neutral" | "accent" | "danger" | "warning" | "success";

const TONES: Record<Tone, string> = {
  neutral: "border-border text-ink-muted",
  accent: "border-accent text-accent",
  danger: "border-danger text-danger",
  warning: "border-warning text-warning",
  success: "border-success text-success",
};

export function Badge({ tone = "neutral", className, ...props }: HTMLAttributes<HTMLSpanElement> & { tone?: Tone }) {
  return (
    <span
      className={clsx("inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium", TONES[tone], className)}
      {...props}
    />
  );
}
