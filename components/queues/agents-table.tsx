"use client";

import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import { useCallback, useMemo, useState } from "react";
import type { QueuesResponse } from "@/lib/contract/queues";
import { AGENT_COLUMN_COUNT, AgentRow } from "./agent-row";
import { AGENT_FIGURE_KEYS, DEFAULT_AGENT_SORT, sortAgents, type AgentSortKey } from "./agent-sort";
import { CARD_TABLE } from "./card-table";
import { nextSort } from "./sort";
import { SortHeader } from "./sort-header";

/**
 * The team as work: who is available, how many open conversations each has, how many of those
 * wait on them and for how long, and how they answered today. Sortable like the queues table;
 * below lg each agent is a card, as each channel is.
 */
export function AgentsTable({ data, now }: { data: QueuesResponse; now: number }) {
  const t = useTranslations("queues.agents");
  const [sort, setSort] = useState(DEFAULT_AGENT_SORT);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const rows = useMemo(() => sortAgents(data.agents, sort), [data.agents, sort]);
  const platforms = useMemo(() => new Map(data.channels.map((channel) => [channel.channelId, channel.platform])), [data.channels]);
  const platformOf = useCallback((channelId: number) => platforms.get(channelId) ?? "", [platforms]);
  const onSort = (column: AgentSortKey) => setSort((current) => nextSort(current, column));
  const toggle = (agentId: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(agentId)) next.add(agentId);
      return next;
    });
  const header = (column: AgentSortKey, align: "start" | "end" = "end") => (
    <SortHeader key={column} column={column} sort={sort} onSort={onSort} align={align} testId={`agent-sort-${column}`}>
      {t(`columns.${column}`)}
    </SortHeader>
  );

  return (
    <section aria-labelledby="agents-title" className="rounded-lg border border-border bg-surface" data-testid="agents">
      {/* The heading stays outside the table: a heading inside a caption is no child a table may have. */}
      <div className="px-4 pt-3 pb-2">
        <h2 id="agents-title" className="text-base font-semibold">
          {t("title")}
        </h2>
        <p id="agents-hint" className="text-xs text-ink-muted">
          {t("hint")}
        </p>
      </div>
      {/* Below lg the rows are cards; from lg up a wide table may scroll sideways in its frame. */}
      <div className="lg:overflow-x-auto">
        <table role="table" aria-labelledby="agents-title" aria-describedby="agents-hint" className={CARD_TABLE.table} data-testid="agents-table">
          <thead role="rowgroup" className={CARD_TABLE.head}>
            <tr role="row" className={CARD_TABLE.headRow}>
              {header("name", "start")}
              {header("availability", "start")}
              {AGENT_FIGURE_KEYS.map((column) => header(column))}
            </tr>
          </thead>
          <tbody role="rowgroup" className={CARD_TABLE.body}>
            {rows.length === 0 ? (
              <tr role="row" className="block lg:table-row">
                <td role="cell" colSpan={AGENT_COLUMN_COUNT} className={clsx(CARD_TABLE.wide, "px-4 py-6 text-center text-ink-muted")}>
                  {t("none")}
                </td>
              </tr>
            ) : (
              rows.map((agent) => (
                <AgentRow key={agent.id} agent={agent} now={now} expanded={expanded.has(agent.id)} onToggle={() => toggle(agent.id)} platformOf={platformOf} />
              ))
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
