import { clsx } from "clsx";
import type { ReactNode } from "react";

/** An inline message. `live` announces it to screen readers when it appears. */
export function Notice({
  tone = "info",
  live = false,
  children,
  testId,
}: {
  tone?: "info" | "error";
  live?: boolean;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div
      data-testid={testId}
      aria-live={live ? "polite" : undefined}
      className={clsx(
        "rounded-md border px-3 py-2 text-sm",
        tone === "error" ? "border-danger text-danger" : "border-border text-ink-muted",
      )}
    >
      {children}
    </div>
  );
}
