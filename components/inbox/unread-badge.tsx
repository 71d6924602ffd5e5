import { clsx } from "clsx";
import { countLabel } from "./format";

/** A count badge: "99+" past 99 on screen, the whole sentence for screen readers. */
export function UnreadBadge({ count, label, testId, className }: { count: number; label: string; testId?: string; className?: string }) {
  if (count <= 0) return null;
  return (
    <span
      data-testid={testId}
      data-count={count}
      className={clsx("inline-flex min-w-5 justify-center rounded-full bg-accent px-1.5 text-xs font-semibold leading-5 text-accent-ink", className)}
    >
      <span aria-hidden="true">{countLabel(count)}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}
