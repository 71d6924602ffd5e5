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
import { CARD_TABLE } from "./card-table";

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
    // Below lg the rows are cards; from lg up a wide table may scroll sideways in its frame.
    <div className="rounded-lg border border-border bg-surface lg:overflow-x-auto">
      <table role="table" className={CARD_TABLE.table} data-testid="queues-table">
        <caption className={CARD_TABLE.caption}>
          <span className="block text-base font-semibold">{t("caption")}</span>
          <span className="block text-xs text-ink-muted">{t("hint")}</span>
        </caption>
        <thead role="rowgroup" className={CARD_TABLE.head}>
          <tr role="row" className={CARD_TABLE.headRow}>
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
        <tbody role="rowgroup" className={CARD_TABLE.body}>
          {rows.length === 0 ? (
            <tr role="row" className="block lg:table-row">
              <td role="cell" colSpan={COLUMN_COUNT} className={clsx(CARD_TABLE.wide, "px-4 py-6 text-center text-ink-muted")}>
                {t("noChannels")}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <QueueRow key={row.channelId} row={row} now={now} expanded={expanded.has(row.channelId)} onToggle={() => toggle(row.channelId)} />
            ))
          )}
        </tbody>
        <tfoot role="rowgroup" className={CARD_TABLE.foot}>
          <tr role="row" className={clsx(CARD_TABLE.row, "border-l-4 bg-surface-muted font-medium", STATE_EDGE[data.total.state])} data-testid="queue-total">
            <th role="rowheader" scope="row" className={clsx(CARD_TABLE.title, "px-0 text-left lg:px-3 lg:py-2")}>
              <span className="lg:ml-5">{t("total")}</span>
            </th>
            <FigureCells figures={data.total} now={now} testId="queue-total" />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
