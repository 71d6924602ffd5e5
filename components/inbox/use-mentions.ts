"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef } from "react";
import type { MentionsResponse, MentionView } from "@/lib/contract/notes";
import { markMentionsReadAction } from "@/lib/inbox/note-actions";
import { mentionKeys, mentionQueries } from "@/lib/query/mention-queries";
import { playTone } from "./tone";

const notificationsSupported = () => typeof window !== "undefined" && "Notification" in window;

/**
 * A desktop notification for each new unread mention ("Dana Agent mentioned you", the note's
 * text as its body), once per mention, when alerts are on (use-attention.ts) and the agent is
 * not looking at the inbox. Mentions already there when the page opened are not new.
 */
function useMentionAlerts(summary: MentionsResponse | undefined, enabled: boolean, onOpen: (mention: MentionView) => void) {
  const t = useTranslations("attention");
  const known = useRef<Set<number> | null>(null);
  useEffect(() => {
    if (!summary) return;
    const first = known.current === null;
    const seen = known.current ?? new Set<number>();
    const fresh = summary.mentions.filter((mention) => !mention.read && !seen.has(mention.id));
    for (const mention of summary.mentions) seen.add(mention.id);
    known.current = seen;
    if (first || !enabled || fresh.length === 0) return;
    playTone();
    const looking = document.visibilityState === "visible" && document.hasFocus();
    if (looking || !notificationsSupported() || Notification.permission !== "granted") return;
    for (const mention of fresh) {
      // Text only: a notification's body is never markup.
      const notification = new Notification(t("mentioned", { name: mention.authorName }), { body: mention.text, tag: `inbox-mention-${mention.id}` });
      notification.onclick = () => {
        window.focus();
        onOpen(mention);
        notification.close();
      };
    }
  }, [summary, enabled, onOpen, t]);
}

/**
 * The agent's mentions beside the inbox: the unread count (polled on its own key), alerts for
 * new ones, and opening one, which opens its conversation and marks it read.
 */
export function useMentions(alertsOn: boolean, openConversation: (conversationId: number) => void) {
  const client = useQueryClient();
  const summary = useQuery(mentionQueries.summary());
  const open = useCallback(
    (mention: MentionView) => {
      openConversation(mention.conversationId);
      if (mention.read) return;
      void markMentionsReadAction({ ids: [mention.id] })
        .catch(() => null)
        .then(() => client.invalidateQueries({ queryKey: mentionKeys.all }));
    },
    [client, openConversation],
  );
  useMentionAlerts(summary.data, alertsOn, open);
  return { unread: summary.data?.unread, open };
}
