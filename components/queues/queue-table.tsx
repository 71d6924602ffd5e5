"use client";

import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import type { QueuesResponse } from "@/lib/contract/queues";
import { FigureCells } from "./figure-cells";
import { COLUMN_COUNT, QueueRow } from "./queue-row";
import { DEFAULT_SORT, FIGURE_KEYS, nextSort, sortRows, type SortKey } from "./sort";
import { SortHeader } from "./sort-header";
import { STATE_EDGE } from "./state-badge";


/** A row per channel, sortable by any column, and the total in the footer where sorting leaves it be. */
export function QueueTable({ data, now }: { data: QueuesResponse; now: number }) {
  const t = useTranslations("queues.table");
  const [sort, setSort] = useState(DEFAULT_SORT);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const rows = useMemo(() => sortRows(data.channels, sort), [data.channels, sort]);
  const onSort = (column: SortKey) => setSort((current) => nextSort(current, column));
  const toggle = (channelId: number) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(channelId)) next.add(channelId);
      return next;
    });

  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-surface">
      <table className="w-full min-w-[60rem] border-collapse text-sm" data-testid="queues-table">
        <caption className="px-4 pt-3 pb-2 text-left">
          <span className="block text-base font-semibold">{t("caption")}</span>
          <span className="block text-xs text-ink-muted">{t("hint")}</span>
        </caption>
        <thead className="border-b border-border text-ink-muted">
          <tr>
            <SortHeader column="name" sort={sort} onSort={onSort} align="start">
              {t("columns.name")}
            </SortHeader>
            <SortHeader column="state" sort={sort} onSort={onSort} align="start">
              {t("columns.state")}
            </SortHeader>
            {FIGURE_KEYS.map((column) => (
              <SortHeader key={column} column={column} sort={sort} onSort={onSort}>
                {t(`columns.${column}`)}
              </SortHeader>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={COLUMN_COUNT} className="px-4 py-6 text-center text-ink-muted">
                {t("noChannels")}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <QueueRow key={row.channelId} row={row} now={now} expanded={expanded.has(row.channelId)} onToggle={() => toggle(row.channelId)} />
            ))
          )}
        </tbody>
        <tfoot>
          <tr className={clsx("border-l-4 bg-surface-muted font-medium", STATE_EDGE[data.total.state])} data-testid="queue-total">
            <th scope="row" className="px-3 py-2 text-left">
              <span className="ml-5">{t("total")}</span>
            </th>
            <FigureCells figures={data.total} now={now} testId="queue-total" />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
