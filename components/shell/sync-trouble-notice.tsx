import { clsx } from "clsx";
import { TriangleAlert } from "lucide-react";
import type { ReactNode } from "react";

/**
 * The one way the app says the sync with Afilnet is failing: the state in words (not colour
 * alone), the last good sync, and the reason. Each screen frames it its own way.
 */
export function SyncTroubleNotice({
  state,
  title,
  lastGood,
  reason,
  className,
  testId,
  reasonTestId,
}: {
  state: "degraded" | "down";
  title: string;
  lastGood: ReactNode;
  reason: ReactNode;
  className?: string;
  testId: string;
  reasonTestId?: string;
}) {
  return (
    <div
      role="status"
      data-testid={testId}
      data-state={state}
      className={clsx(
        "flex flex-wrap items-center gap-x-2 gap-y-1 bg-surface text-sm",
        state === "down" ? "border-danger text-danger" : "border-warning text-warning",
        className,
      )}
    >
      <TriangleAlert aria-hidden="true" className="h-4 w-4 shrink-0" />
      <span className="font-semibold">{title}</span>
      <span>{lastGood}</span>
      {reason ? (
        <span className="text-ink" data-testid={reasonTestId}>
          {reason}
        </span>
      ) : null}
    </div>
  );
}
