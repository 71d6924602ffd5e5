"use client";

import { clsx } from "clsx";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import type { ReactNode } from "react";
import type { Sort, SortKey } from "./sort";

/**
 * A column header that sorts. aria-sort sits on the header cell (where screen readers look
 * for it) and only on the sorted column; the button inside makes it reachable by keyboard.
 */
export function SortHeader({
  column,
  sort,
  onSort,
  align = "end",
  children,
}: {
  column: SortKey;
  sort: Sort;
  onSort: (column: SortKey) => void;
  align?: "start" | "end";
  children: ReactNode;
}) {
  const active = sort.key === column;
  const Icon = !active ? ArrowUpDown : sort.direction === "ascending" ? ArrowUp : ArrowDown;
  return (
    <th
      scope="col"
      aria-sort={active ? sort.direction : undefined}
      className={clsx("px-3 py-2 align-bottom font-medium", align === "end" ? "text-right" : "text-left")}
    >
      <button
        type="button"
        onClick={() => onSort(column)}
        data-testid={`sort-${column}`}
        className={clsx("rounded px-1 py-0.5 hover:text-ink", align === "end" ? "text-right" : "text-left", active && "text-ink")}
      >
        {children}
        {/* Inline, so that it follows the last word of a heading that wraps. */}
        <Icon aria-hidden="true" className={clsx("ml-1 inline h-3.5 w-3.5 align-[-2px]", !active && "opacity-50")} />
      </button>
    </th>
  );
}
