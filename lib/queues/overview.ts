import type { Db } from "@/lib/db/handle";
import { agentExists, listWaitingConversations } from "@/lib/db/queries/queues";
import { channelFigures, type ChannelFigures } from "@/lib/db/queries/figures";
import type { QueueRow, QueuesResponse, WaitingResponse } from "@/lib/contract/queues";
import { activeAgents, agentLoad, medianFirstResponse, repliesSince } from "@/lib/db/queries/team";
import { getWorkSettings } from "@/lib/db/queries/work-settings";
import { effectiveAvailability } from "@/lib/inbox/availability";
import { startOfDay } from "./day";
import { defaultThresholdSeconds, waitState } from "./thresholds";

const iso = (date: Date | null) => date?.toISOString() ?? null;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const extreme = (dates: (Date | null)[], pick: (a: number, b: number) => number) => {
  const times = dates.filter((date): date is Date => date !== null).map((date) => date.getTime());
  return times.length === 0 ? null : new Date(times.reduce((a, b) => pick(a, b)));
};

/** The supervisor's overview at `now`: a row per channel, the total, and the team. */
export async function queueOverview(db: Db, now: Date, timeZone: string): Promise<Omit<QueuesResponse, "sync">> {
  const dayStart = startOfDay(now, timeZone);
  const [figures, fallback, active, replies, firstResponse, load, agentResponse, workSettings] = await Promise.all([
    channelFigures(db, now),
    defaultThresholdSeconds(db),
    activeAgents(db, now),
    repliesSince(db, dayStart),
    medianFirstResponse(db, dayStart, "channel"),
    agentLoad(db),
    medianFirstResponse(db, dayStart, "agent"),
    getWorkSettings(db),
  ]);
  const repliesOf = new Map(replies.map((row) => [row.agentId, row.replies]));
  const responseOf = new Map(agentResponse.map((row) => [row.key, row.medianSeconds]));
  const rows = figures.map((channel) => toRow(channel, now));
  const total = totalOf(figures, rows);
  return {
    generatedAt: now.toISOString(),
    defaultThresholdSeconds: fallback,
    channels: rows,
    total,
    team: {
      active: active.map((agent) => ({ ...agent, lastActiveAt: (agent.lastActiveAt as Date).toISOString() })),
      repliesToday: replies,
      firstResponseToday: firstResponse.map(({ key, medianSeconds, replies }) => ({ channelId: Number(key), medianSeconds, replies })),
    },
    workSettings,
    agents: load.map((agent) => ({
      id: agent.id,
      name: agent.name,
      role: agent.role,
      availability: effectiveAvailability(agent, now),
      openAssigned: agent.openAssigned,
      waiting: agent.waiting,
      oldestWaitingSince: iso(agent.oldestWaitingSince),
      repliesToday: repliesOf.get(agent.id) ?? 0,
      medianFirstResponseSeconds: responseOf.get(agent.id) ?? null,
    })),
  };
}

/** The total row: sums, the oldest wait, the latest activity, and the worst state. */
function totalOf(figures: ChannelFigures[], rows: QueueRow[]): QueuesResponse["total"] {
  const states = rows.map((row) => row.state);
  return {
    unreadConversations: sum(figures.map((f) => f.unreadConversations)),
    unreadMessages: sum(figures.map((f) => f.unreadMessages)),
    openConversations: sum(figures.map((f) => f.openConversations)),
    unassignedConversations: sum(figures.map((f) => f.unassignedConversations)),
    pendingConversations: sum(figures.map((f) => f.pendingConversations)),
    snoozedConversations: sum(figures.map((f) => f.snoozedConversations)),
    waitingConversations: sum(figures.map((f) => f.waitingConversations)),
    overdueConversations: sum(figures.map((f) => f.overdueConversations)),
    windowClosingConversations: sum(figures.map((f) => f.windowClosingConversations)),
    oldestWaitingSince: iso(extreme(figures.map((f) => f.oldestWaitingSince), Math.min)),
    lastInboundAt: iso(extreme(figures.map((f) => f.lastInboundAt), Math.max)),
    lastReplyAt: iso(extreme(figures.map((f) => f.lastReplyAt), Math.max)),
    state: states.includes("past") ? "past" : states.includes("near") ? "near" : "within",
  };
}

function toRow(channel: ChannelFigures, now: Date): QueuesResponse["channels"][number] {
  return {
    channelId: channel.id,
    platform: channel.platform,
    name: channel.name,
    active: channel.active,
    thresholdSeconds: channel.thresholdSeconds,
    thresholdOverridden: channel.thresholdOverridden,
    unreadConversations: channel.unreadConversations,
    unreadMessages: channel.unreadMessages,
    openConversations: channel.openConversations,
    unassignedConversations: channel.unassignedConversations,
    pendingConversations: channel.pendingConversations,
    snoozedConversations: channel.snoozedConversations,
    waitingConversations: channel.waitingConversations,
    oldestWaitingSince: iso(channel.oldestWaitingSince),
    overdueConversations: channel.overdueConversations,
    windowClosingConversations: channel.windowClosingConversations,
    lastInboundAt: iso(channel.lastInboundAt),
    lastReplyAt: iso(channel.lastReplyAt),
    state: waitState(channel.oldestWaitingSince, channel.thresholdSeconds, now),
  };
}

/** A channel's or an agent's open waiting conversations, longest wait first. Undefined when there is no such channel or agent. */
export async function waitingConversations(db: Db, where: { channelId: number } | { agentId: string }, now: Date): Promise<WaitingResponse | undefined> {
  let thresholdSeconds: number;
  if ("channelId" in where) {
    const figures = (await channelFigures(db, now)).find((channel) => channel.id === where.channelId);
    if (!figures) return undefined;
    thresholdSeconds = figures.thresholdSeconds;
  } else {
    if (!(await agentExists(db, where.agentId))) return undefined;
    thresholdSeconds = await defaultThresholdSeconds(db);
  }
  const rows = await listWaitingConversations(db, where);
  return {
    ...where,
    thresholdSeconds,
    conversations: rows.map((row) => ({
      id: row.id,
      destination: row.destination,
      displayName: row.displayName,
      channelId: row.channelId,
      channelName: row.channelName,
      waitingSince: row.waitingSince.toISOString(),
      unreadCount: row.unreadCount,
      lastText: row.lastText,
      state: waitState(row.waitingSince, row.thresholdSeconds, now),
      assignee: row.assignee,
    })),
  };
}
