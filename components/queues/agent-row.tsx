"use client";

import { clsx } from "clsx";
import { ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import type { AgentFigures } from "@/lib/contract/queues";
import { AGENT_FIGURE_KEYS } from "./agent-sort";
import { AgentWaitingList } from "./agent-waiting-list";
import { AvailabilityLabel } from "./availability-label";
import { CARD_TABLE } from "./card-table";
import { secondsSince, useDuration } from "./duration";
import { Dash } from "./figure-cells";

/** The agent, their availability and the figures: what a row spanning the table spans. */
export const AGENT_COLUMN_COUNT = 2 + AGENT_FIGURE_KEYS.length;

const cell = clsx(CARD_TABLE.cell, CARD_TABLE.labelled, "tabular-nums lg:px-3 lg:py-2 lg:text-right");

/**
 * One agent of the team. The name is a button that opens, in a row below, the conversations
 * waiting on them, as a channel's row does in the queues table.
 */
export function AgentRow({
  agent,
  now,
  expanded,
  onToggle,
  platformOf,
}: {
  agent: AgentFigures;
  now: number;
  expanded: boolean;
  onToggle: () => void;
  platformOf: (channelId: number) => string;
}) {
  const t = useTranslations("queues.agents");
  const tRoles = useTranslations("queues.roles");
  const duration = useDuration();
  const testId = `agent-row-${agent.id}`;
  const panelId = `agent-waiting-${agent.id}`;
  const column = (key: string) => ({ role: "cell", "data-label": t(`columns.${key}`), "data-testid": `${testId}-${key}` });
  return (
    <>
      <tr role="row" className={clsx(CARD_TABLE.row, "border-b border-border")} data-testid={testId} data-agent-name={agent.name}>
        <th role="rowheader" scope="row" className={clsx(CARD_TABLE.title, "text-left font-normal lg:px-3 lg:py-2")}>
          <button
            type="button"
            onClick={onToggle}
            aria-expanded={expanded}
            aria-controls={expanded ? panelId : undefined}
            data-testid={`agent-toggle-${agent.id}`}
            className="inline-flex items-center gap-1 rounded text-left font-medium hover:underline"
          >
            <ChevronRight aria-hidden="true" className={clsx("h-4 w-4 shrink-0 transition-transform", expanded && "rotate-90")} />
            <span>{agent.name}</span>
          </button>
          <div className="ml-5 text-xs text-ink-muted">{tRoles.has(agent.role) ? tRoles(agent.role) : agent.role}</div>
        </th>
        <td {...column("availability")} className={clsx(CARD_TABLE.cell, CARD_TABLE.labelled, "lg:px-3 lg:py-2")}>
          <AvailabilityLabel availability={agent.availability} />
        </td>
        <td {...column("openAssigned")} className={cell}>
          {agent.openAssigned}
        </td>
        <td {...column("waiting")} className={clsx(cell, agent.waiting > 0 && "font-semibold")}>
          {agent.waiting}
        </td>
        <td {...column("oldestWait")} className={clsx(cell, "whitespace-nowrap")}>
          {agent.oldestWaitingSince ? (
            <time dateTime={agent.oldestWaitingSince}>{duration(secondsSince(agent.oldestWaitingSince, now), { coarse: true })}</time>
          ) : (
            <Dash label={t("nobodyWaiting")} />
          )}
        </td>
        <td {...column("repliesToday")} className={cell}>
          {agent.repliesToday}
        </td>
        <td {...column("medianFirstResponse")} className={clsx(cell, "whitespace-nowrap")}>
          {agent.medianFirstResponseSeconds === null ? <Dash label={t("noFirstResponse")} /> : duration(agent.medianFirstResponseSeconds)}
        </td>
      </tr>
      {expanded ? (
        <tr role="row" id={panelId} className="block border-b border-border bg-surface-muted lg:table-row">
          <td role="cell" colSpan={AGENT_COLUMN_COUNT} className={clsx(CARD_TABLE.wide, "px-3 py-3")}>
            <AgentWaitingList agentId={agent.id} agentName={agent.name} platformOf={platformOf} now={now} />
          </td>
        </tr>
      ) : null}
    </>
  );
}
