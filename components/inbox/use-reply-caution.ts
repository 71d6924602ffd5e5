"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import type { ConversationDetail, MessageView } from "@/lib/contract/inbox";
import { windowState } from "./reply-window";
import { useSignedInAgent } from "./signed-in-agent";
import { newestId, teammateReplySince } from "./teammate-reply";
import { useNow } from "./use-clock";

/**
 * What the composer should say before a reply goes out, and ask about: WhatsApp's window has
 * closed, or a teammate replied since this agent opened the thread or last sent ("Dana replied
 * 20 seconds ago. Send yours too?"). `sent` moves the mark after this agent's own send.
 */
export function useReplyCaution(conversation: ConversationDetail | undefined, messages: MessageView[], loading: boolean) {
  const t = useTranslations("inbox.presence");
  const tc = useTranslations("inbox.composer");
  const format = useFormatter();
  const me = useSignedInAgent();
  const now = useNow();
  // The newest message when the thread was first shown: replies after it are news to this agent.
  const [since, setSince] = useState<number | null>(null);
  if (since === null && !loading) setSince(newestId(messages));
  const reply = since === null ? null : teammateReplySince(messages, since, me?.name ?? null);

  const parts: string[] = [];
  if (conversation && windowState(conversation.windowEndsAt, now) === "closed") parts.push(tc("windowClosed"));
  if (reply) {
    const at = new Date(reply.at);
    // "now" ticks every 30 s: a reply newer than it is "just now", never "in 5 seconds".
    const when = format.relativeTime(at, { now: Math.max(now, at.getTime()), unit: now - at.getTime() < 60_000 ? "second" : undefined });
    parts.push(t("teammateReplied", { name: reply.sentBy ?? t("someone"), when }));
  }
  return { caution: parts.length > 0 ? parts.join(" ") : null, sent: () => setSince(newestId(messages)) };
}
