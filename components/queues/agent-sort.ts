import type { AgentFigures, Availability } from "@/lib/contract/queues";
import { sortBy, waitValue, type Sort } from "./sort";

/*
 * The sortable columns of the Agents table, in table order, and how each orders its rows.
 * Pure, like the queues' own sort (sort.ts), whose helpers it shares.
 */

export const AGENT_FIGURE_KEYS = ["openAssigned", "waiting", "oldestWait", "repliesToday", "medianFirstResponse"] as const;
export const AGENT_SORT_KEYS = ["name", "availability", ...AGENT_FIGURE_KEYS] as const;

export type AgentSortKey = (typeof AGENT_SORT_KEYS)[number];
export type AgentSort = Sort<AgentSortKey>;

/** Larger is more available, so that the first (descending) click puts who is online on top. */
const AVAILABILITY_RANK: Record<Availability, number> = { online: 2, away: 1, offline: 0 };

function valueOf(agent: AgentFigures, key: AgentSortKey): number | string | null {
  switch (key) {
    case "name":
      return agent.name;
    case "availability":
      return AVAILABILITY_RANK[agent.availability];
    case "oldestWait":
      return waitValue(agent.oldestWaitingSince);
    case "medianFirstResponse":
      // Nobody answered today: no figure, last in either direction.
      return agent.medianFirstResponseSeconds;
    default:
      return agent[key];
  }
}

export function sortAgents(agents: readonly AgentFigures[], sort: AgentSort): AgentFigures[] {
  return sortBy(agents, sort, valueOf, (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** Whoever has a customer waiting longest first: where a supervisor steps in. */
export const DEFAULT_AGENT_SORT: AgentSort = { key: "oldestWait", direction: "descending" };
