"use client";

import { clsx } from "clsx";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import type { ReactNode } from "react";
import type { Sort } from "./sort";

/**
 * A column header that sorts. aria-sort sits on the header cell (where screen readers look
 * for it) and only on the sorted column; the button inside makes it reachable by keyboard.
 */
export function SortHeader<K extends string>({
  column,
  sort,
  onSort,
  align = "end",
  testId = `sort-${column}`,
  children,
}: {
  column: K;
  sort: Sort<K>;
  onSort: (column: K) => void;
  align?: "start" | "end";
  /** Unique on the page: the Agents table's headers carry their own prefix. */
  testId?: string;
  children: ReactNode;
}) {
  const active = sort.key === column;
  const Icon = !active ? ArrowUpDown : sort.direction === "ascending" ? ArrowUp : ArrowDown;
  return (
    <th
      role="columnheader"
      scope="col"
      aria-sort={active ? sort.direction : undefined}
      className={clsx("block font-medium lg:table-cell lg:px-3 lg:py-2 lg:align-bottom", align === "end" ? "lg:text-right" : "text-left")}
    >
      {/* Below lg (cards) the headings are a row of small sort buttons. */}
      <button
        type="button"
        onClick={() => onSort(column)}
        data-testid={testId}
        className={clsx(
          "rounded border border-border px-2 py-1 text-xs hover:text-ink lg:border-0 lg:px-1 lg:py-0.5 lg:text-sm",
          align === "end" ? "lg:text-right" : "text-left",
          active && "text-ink",
        )}
      >
        {children}
        {/* Inline, so that it follows the last word of a heading that wraps. */}
        <Icon aria-hidden="true" className={clsx("ml-1 inline h-3.5 w-3.5 align-[-2px]", !active && "opacity-50")} />
      </button>
    </th>
  );
}
