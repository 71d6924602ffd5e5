import { describe, expect, it } from "vitest";
import { AGENT_SORT_KEYS, DEFAULT_AGENT_SORT, sortAgents } from "@/components/queues/agent-sort";
import { FIGURE_KEYS, nextSort, sortRows } from "@/components/queues/sort";
import { reassignOutcome, selectAllOrNone, selectedInList, selectionState, toggleId } from "@/components/queues/waiting-selection";
import type { AgentFigures, QueueRow } from "@/lib/contract/queues";
import { MAX_BULK } from "@/lib/contract/work";
import catalog from "@/lib/i18n/messages/en.queues.json";

const agent = (id: string, name: string, fields: Partial<AgentFigures> = {}): AgentFigures => ({
  id,
  name,
  role: "agent",
  availability: "online",
  openAssigned: 0,
  waiting: 0,
  oldestWaitingSince: null,
  repliesToday: 0,
  medianFirstResponseSeconds: null,
  ...fields,
});

const agents = [
  agent("a", "Dana", { availability: "away", openAssigned: 4, waiting: 2, oldestWaitingSince: "2026-01-01T10:00:00Z", repliesToday: 7, medianFirstResponseSeconds: 90 }),
  agent("b", "Lee", { availability: "offline", openAssigned: 1, waiting: 1, oldestWaitingSince: "2026-01-01T09:00:00Z", repliesToday: 2, medianFirstResponseSeconds: 300 }),
  agent("c", "Ana", { openAssigned: 4 }),
];
const names = (rows: AgentFigures[]) => rows.map((row) => row.name);

describe("sorting the agents", () => {
  it("puts whoever has the longest-waiting customer first by default, and those with nobody waiting last", () => {
    expect(names(sortAgents(agents, DEFAULT_AGENT_SORT))).toEqual(["Lee", "Dana", "Ana"]);
    expect(names(sortAgents(agents, { key: "oldestWait", direction: "ascending" }))).toEqual(["Dana", "Lee", "Ana"]);
  });
  it("puts online before away before offline on the first click", () => {
    const first = nextSort(DEFAULT_AGENT_SORT, "availability");
    expect(first).toEqual({ key: "availability", direction: "descending" });
    expect(names(sortAgents(agents, first))).toEqual(["Ana", "Dana", "Lee"]);
  });
  it("sorts the counts largest first, breaking ties by name", () => {
    expect(names(sortAgents(agents, nextSort(DEFAULT_AGENT_SORT, "openAssigned")))).toEqual(["Ana", "Dana", "Lee"]);
    expect(names(sortAgents(agents, { key: "repliesToday", direction: "descending" }))).toEqual(["Dana", "Lee", "Ana"]);
    expect(names(sortAgents(agents, nextSort(DEFAULT_AGENT_SORT, "name")))).toEqual(["Ana", "Dana", "Lee"]);
  });
  it("puts an agent with no first response today last in either direction", () => {
    expect(names(sortAgents(agents, { key: "medianFirstResponse", direction: "descending" }))).toEqual(["Lee", "Dana", "Ana"]);
    expect(names(sortAgents(agents, { key: "medianFirstResponse", direction: "ascending" }))).toEqual(["Dana", "Lee", "Ana"]);
  });
  it("does not reorder the rows it is given", () => {
    const given = [...agents];
    sortAgents(given, DEFAULT_AGENT_SORT);
    expect(given).toEqual(agents);
  });
});

describe("the queues table's work columns", () => {
  const row = (channelId: number, name: string, fields: Partial<QueueRow>): QueueRow => ({
    channelId,
    name,
    platform: "webchat",
    active: true,
    thresholdSeconds: 300,
    thresholdOverridden: false,
    unreadConversations: 0,
    unreadMessages: 0,
    openConversations: 0,
    unassignedConversations: 0,
    pendingConversations: 0,
    snoozedConversations: 0,
    waitingConversations: 0,
    oldestWaitingSince: null,
    overdueConversations: 0,
    windowClosingConversations: 0,
    lastInboundAt: null,
    lastReplyAt: null,
    state: "within",
    ...fields,
  });
  const rows = [row(1, "Sales", { openConversations: 3, pendingConversations: 5 }), row(2, "Support", { openConversations: 9, unassignedConversations: 2 })];

  it("lists open, unassigned, waiting, oldest wait, over threshold, WhatsApp windows closing, pending and snoozed before the unread figures", () => {
    expect(FIGURE_KEYS.slice(0, 8)).toEqual([
      "openConversations",
      "unassignedConversations",
      "waitingConversations",
      "oldestWait",
      "overdueConversations",
      "windowClosingConversations",
      "pendingConversations",
      "snoozedConversations",
    ]);
  });
  it("sorts by each of them, largest first", () => {
    expect(sortRows(rows, nextSort({ key: "name", direction: "ascending" }, "openConversations")).map((r) => r.name)).toEqual(["Support", "Sales"]);
    expect(sortRows(rows, { key: "pendingConversations", direction: "descending" }).map((r) => r.name)).toEqual(["Sales", "Support"]);
    expect(sortRows(rows, { key: "unassignedConversations", direction: "descending" }).map((r) => r.name)).toEqual(["Support", "Sales"]);
  });
  it("names every column of both tables in the catalog", () => {
    for (const key of ["name", "state", ...FIGURE_KEYS]) expect(catalog.table.columns).toHaveProperty(key);
    for (const key of AGENT_SORT_KEYS) expect(catalog.agents.columns).toHaveProperty(key);
  });
});

describe("choosing waiting conversations", () => {
  const listed = [5, 3, 9];

  it("toggles one conversation in and out", () => {
    const one = toggleId(new Set(), 3);
    expect([...one]).toEqual([3]);
    expect([...toggleId(one, 3)]).toEqual([]);
  });
  it("counts only the chosen ones still in the list, in its order", () => {
    expect(selectedInList(new Set([9, 5, 42]), listed)).toEqual([5, 9]);
    expect(selectionState(new Set([42]), listed)).toBe("none");
    expect(selectionState(new Set([9]), listed)).toBe("some");
    expect(selectionState(new Set([3, 5, 9]), listed)).toBe("all");
  });
  it("selects all, then none", () => {
    const all = selectAllOrNone(new Set([3]), listed);
    expect(selectedInList(all, listed)).toEqual(listed);
    expect([...selectAllOrNone(all, listed)]).toEqual([]);
  });
  it("selects at most what one action may change", () => {
    const long = Array.from({ length: MAX_BULK + 20 }, (_, i) => i + 1);
    const all = selectAllOrNone(new Set(), long);
    expect(all.size).toBe(MAX_BULK);
    expect(selectionState(all, long)).toBe("all");
    expect(selectAllOrNone(all, long).size).toBe(0);
  });
  it("says how many moved and how many were the teammate's already", () => {
    expect(reassignOutcome(3, 3)).toEqual({ moved: 3, already: 0 });
    expect(reassignOutcome(3, 1)).toEqual({ moved: 1, already: 2 });
    expect(reassignOutcome(2, 0)).toEqual({ moved: 0, already: 2 });
  });
});
