"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { queueQueries } from "@/lib/query/queue-queries";
import { WaitingConversations } from "./waiting-conversations";

/** A channel's waiting conversations, longest wait first, each a link into the inbox; the ticked ones can be reassigned. */
export function WaitingList({ channelId, channelName, platform, now }: { channelId: number; channelName: string; platform: string; now: number }) {
  const t = useTranslations("queues.waiting");
  const query = useQuery(queueQueries.waiting(channelId));
  return (
    <WaitingConversations
      query={query}
      label={t("label", { channel: channelName })}
      empty={t("empty")}
      show="assignee"
      platformOf={() => platform}
      now={now}
      testIds={{ panel: `waiting-panel-channel-${channelId}`, list: `waiting-list-${channelId}`, empty: `waiting-empty-${channelId}` }}
    />
  );
}
