"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef } from "react";
import { markSeenAction } from "@/lib/inbox/actions";
import type { ConversationDetail } from "@/lib/contract/inbox";
import { lookClears, useSignedInAgent } from "./signed-in-agent";
import { findRow, patchUnread } from "./unread-patch";
import { inboxKeys } from "@/lib/query/keys";

/**
 * An open conversation is marked seen when opened, and again when a message arrives while it
 * stays open in a visible tab. A hidden tab marks nothing, so the title and the alerts still
 * count what nobody has seen. Only a look that means "I am on it" clears unread (the server
 * decides): the badge drops at once only when this agent's look will clear it. After "Mark
 * unread" the conversation stays open and unread until a new message arrives (`keepUnread`).
 */
export function useMarkSeen(conversation: ConversationDetail | undefined, visible: boolean) {
  const client = useQueryClient();
  const me = useSignedInAgent();
  const clears = lookClears(me, conversation?.assignee ?? null);
  const marking = useRef<number | null>(null);
  const id = conversation?.id;
  const unread = conversation?.unreadCount ?? 0;
  const version = conversation?.version ?? 0;
  const newest = conversation?.lastMessage?.at ?? "";
  // The newest message when the agent marked it unread: until another arrives, looking is not seeing.
  const heldAt = useRef<string | null>(null);

  useEffect(() => {
    if (id === undefined || unread === 0 || !visible || marking.current === version) return;
    if (heldAt.current !== null && heldAt.current === newest) return;
    heldAt.current = null;
    marking.current = version;
    if (clears) patchUnread(client, id, 0, findRow(client, id) ?? conversation);
    void markSeenAction({ conversationId: id })
      .then((result) => result.ok && result.data.cleared, () => false)
      .then((cleared) => {
        // A look that cleared nothing changed nothing: the polls carry on as they were.
        if (!cleared && !clears) return;
        void client.invalidateQueries({ queryKey: inboxKeys.lists() });
        void client.invalidateQueries({ queryKey: inboxKeys.thread(id) });
      });
    // `conversation` is read for the counts only; the effect is about id, unread and version.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, id, unread, version, visible, clears, newest]);

  return {
    keepUnread: useCallback(() => {
      heldAt.current = newest;
    }, [newest]),
  };
}
