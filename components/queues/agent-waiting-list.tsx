"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { queueQueries } from "@/lib/query/queue-queries";
import { WaitingConversations } from "./waiting-conversations";

/** The open conversations waiting on one agent, longest wait first, across channels; the ticked ones can be reassigned. */
export function AgentWaitingList({ agentId, agentName, platformOf, now }: { agentId: string; agentName: string; platformOf: (channelId: number) => string; now: number }) {
  const t = useTranslations("queues.waiting");
  const query = useQuery(queueQueries.agentWaiting(agentId));
  return (
    <WaitingConversations
      query={query}
      label={t("agentLabel", { agent: agentName })}
      empty={t("agentEmpty", { agent: agentName })}
      show="channel"
      platformOf={platformOf}
      now={now}
      testIds={{ panel: `waiting-panel-agent-${agentId}`, list: `agent-waiting-list-${agentId}`, empty: `agent-waiting-empty-${agentId}` }}
    />
  );
}
