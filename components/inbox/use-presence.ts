"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import type { Presence } from "@/lib/contract/presence";
import { presenceQuery } from "@/lib/query/presence-queries";
import { useDraft } from "./draft-store";

const NONE: Presence[] = [];

/**
 * Says which conversation this tab has open (typing: a reply is being written in it) and
 * reads who else has what open, by conversation. Changing conversation tells the server at
 * once that the last one was left, so others see it go without waiting for it to expire.
 */
export function usePresence(openId: number | null): (conversationId: number) => Presence[] {
  const [draft] = useDraft(openId ?? 0);
  const typing = openId !== null && draft.trim() !== "";
  // The conversation this tab showed before, kept in state as the open one changes.
  const [trail, setTrail] = useState<{ open: number | null; left: number | null }>({ open: openId, left: null });
  if (trail.open !== openId) setTrail({ open: openId, left: trail.open });
  const { data } = useQuery(presenceQuery(openId, typing, trail.left));
  const byConversation = useMemo(() => {
    const map = new Map<number, Presence[]>();
    for (const person of data?.others ?? []) map.set(person.conversationId, [...(map.get(person.conversationId) ?? []), person]);
    return map;
  }, [data]);
  return (conversationId) => byConversation.get(conversationId) ?? NONE;
}
