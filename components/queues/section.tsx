import { clsx } from "clsx";
import type { ReactNode } from "react";

/** A titled card of the queues page; the heading names the region for screen readers. */
export function Section({
  id,
  title,
  description,
  actions,
  children,
  className,
  testId,
}: {
  id: string;
  title: string;
  description?: string;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className={clsx("rounded-lg border border-border bg-surface p-4", className)} data-testid={testId}>
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={`${id}-title`} className="text-base font-semibold">
            {title}
          </h2>
          {description ? <p className="text-xs text-ink-muted">{description}</p> : null}
        </div>
        {actions}
      </div>
      {children}
    </section>
  );
}
