import "server-only";
import { queuesResponseSchema, trendResponseSchema, waitingResponseSchema, type TrendResponse } from "@/lib/contract/queues";
import { getDb } from "@/lib/db/instance";
import { listAgents } from "@/lib/db/queries/agents";
import { listActiveChannels } from "@/lib/db/queries/mirror";
import { currentSyncStatus } from "@/lib/sync/instance";
import { queueOverview, waitingConversations } from "./overview";
import { queueTrend } from "./samples";
import type { ActivityFilters, ActivityQuery } from "@/lib/contract/activity";
import { activityCsv, activityPage } from "./activity";

/** The queues of every channel, the total, and the team; `timeZone` sets where "today" starts. */
export async function queuesNow(timeZone: string) {
  const db = await getDb();
  const now = new Date();
  const [overview, { status: sync }] = await Promise.all([queueOverview(db, now, timeZone), currentSyncStatus(db, now)]);
  return queuesResponseSchema.parse({ ...overview, sync });
}

const RANGES = { "1h": { rangeMs: 60 * 60_000, bucketMs: 60_000 }, "24h": { rangeMs: 24 * 60 * 60_000, bucketMs: 15 * 60_000 } };

/** Waiting and overdue conversations per channel over the last hour (per minute) or day (per 15 minutes). */
export async function trendNow(range: TrendResponse["range"]) {
  const db = await getDb();
  const { rangeMs, bucketMs } = RANGES[range];
  const [points, channels] = await Promise.all([queueTrend(db, new Date(), rangeMs, bucketMs), listActiveChannels(db)]);
  return trendResponseSchema.parse({ range, channels: channels.map(({ id, name, platform }) => ({ id, name, platform })), points });
}

/** A channel's or an agent's waiting conversations, longest wait first; undefined when there is no such channel or agent. */
export async function waitingNow(where: { channelId: number } | { agentId: string }) {
  const waiting = await waitingConversations(await getDb(), where, new Date());
  return waiting && waitingResponseSchema.parse(waiting);
}

/** Every agent of the team, for the supervisor's pages. */
export async function listTeam() {
  return (await listAgents(await getDb())).map(({ id, email, displayName, role, active, createdAt }) => ({
    id,
    email,
    name: displayName,
    role,
    active,
    createdAt: createdAt.toISOString(),
  }));
}

/** A page of the activity record (lib/queues/activity.ts). */
export async function activityNow(query: ActivityQuery) {
  return activityPage(await getDb(), query);
}

/** The filtered activity record as CSV. */
export async function activityCsvNow(filters: ActivityFilters) {
  return activityCsv(await getDb(), filters);
}

/** What the activity page's filters offer: the team and the channels. */
export async function activityChoicesNow() {
  const db = await getDb();
  const [agents, channels] = await Promise.all([listAgents(db), listActiveChannels(db)]);
  return {
    agents: agents.map((agent) => ({ id: agent.id, name: agent.displayName })),
    channels: channels.map((channel) => ({ id: channel.id, name: channel.name, platform: channel.platform })),
  };
}
