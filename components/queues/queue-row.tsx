"use client";

import { clsx } from "clsx";
import { ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { QueueRow as QueueRowData } from "@/lib/contract/queues";
import { useDuration } from "./duration";
import { FigureCells } from "./figure-cells";
import { FIGURE_KEYS } from "./sort";
import { STATE_EDGE } from "./state-badge";
import { CARD_TABLE } from "./card-table";
import { WaitingList } from "./waiting-list";

/** The channel, its state and the figures: what a row spanning the table spans. */
export const COLUMN_COUNT = 2 + FIGURE_KEYS.length;

/** A platform's name in words; an unknown platform reads as it comes. */
export function usePlatformName() {
  const t = useTranslations("queues.platform");
  return (platform: string) => (t.has(platform) ? t(platform) : platform);
}

/**
 * One channel's queue. The channel's name is a button that opens, in a row below, the
 * conversations waiting on it, so the table stays one table for screen readers.
 */
export function QueueRow({ row, now, expanded, onToggle }: { row: QueueRowData; now: number; expanded: boolean; onToggle: () => void }) {
  const t = useTranslations("queues.table");
  const duration = useDuration();
  const platformName = usePlatformName();
  const panelId = `waiting-${row.channelId}`;
  const threshold = duration(row.thresholdSeconds);
  return (
    <>
      <tr
        role="row"
        className={clsx(CARD_TABLE.row, "border-b border-l-4 border-b-border", STATE_EDGE[row.state], row.state === "past" && "bg-danger/5")}
        data-testid={`queue-row-${row.channelId}`}
        data-channel-name={row.name}
        data-state={row.state}
      >
        <th role="rowheader" scope="row" className={clsx(CARD_TABLE.title, "text-left font-normal lg:px-3 lg:py-2")}>
          <button
            type="button"
            onClick={onToggle}
            aria-expanded={expanded}
            aria-controls={expanded ? panelId : undefined}
            data-testid={`queue-toggle-${row.channelId}`}
            className="inline-flex items-center gap-1 rounded text-left font-medium hover:underline"
          >
            <ChevronRight aria-hidden="true" className={clsx("h-4 w-4 shrink-0 transition-transform", expanded && "rotate-90")} />
            <span data-testid={`queue-row-${row.channelId}-name`}>{row.name}</span>
          </button>
          <div className="ml-5 flex flex-wrap items-center gap-x-2 text-xs text-ink-muted">
            <span>{platformName(row.platform)}</span>
            <span data-testid={`queue-row-${row.channelId}-threshold`}>
              {row.thresholdOverridden ? t("thresholdOwn", { duration: threshold }) : t("thresholdDefault", { duration: threshold })}
            </span>
            {row.active ? null : <Badge>{t("inactive")}</Badge>}
          </div>
        </th>
        <FigureCells figures={row} now={now} testId={`queue-row-${row.channelId}`} />
      </tr>
      {expanded ? (
        <tr role="row" id={panelId} className="block border-b border-border bg-surface-muted lg:table-row">
          <td role="cell" colSpan={COLUMN_COUNT} className={clsx(CARD_TABLE.wide, "px-3 py-3")}>
            <WaitingList channelId={row.channelId} channelName={row.name} platform={row.platform} now={now} />
          </td>
        </tr>
      ) : null}
    </>
  );
}
