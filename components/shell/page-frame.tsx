import { clsx } from "clsx";
import type { ReactNode } from "react";

/** A dashboard page: its title and what it is for, then its content. */
export function PageFrame({ title, subtitle, wide = false, children }: { title: string; subtitle: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={clsx("space-y-4 p-4 sm:p-6", wide && "mx-auto max-w-7xl")}>
      <div>
        <h1 className="text-xl font-semibold">{title}</h1>
        <p className="text-sm text-ink-muted">{subtitle}</p>
      </div>
      {children}
    </div>
  );
}
