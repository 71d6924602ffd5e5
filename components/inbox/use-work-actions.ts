"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import type { WorkChange } from "@/lib/contract/work";
import { changeConversationsAction, reassignAction } from "@/lib/inbox/work-actions";
import { inboxKeys } from "@/lib/query/keys";
import { useSignedInAgent } from "./signed-in-agent";
import { findRow, patchUnread } from "./unread-patch";
import { patchWork } from "./work-patch";

/** What a change came to: how many of the conversations asked about changed, or why none did. */
export type WorkOutcome = { ok: true; change: WorkChange; changed: number; asked: number; assigneeName: string | null } | { ok: false; change: WorkChange; message: string };

/**
 * Applies one change to one conversation or a selection: one action call, then every cached
 * list and the open threads follow. A supervisor giving conversations to someone else goes
 * through the reassign action (supervisors only); everyone else through the agent's action.
 */
export function useWorkActions() {
  const client = useQueryClient();
  const me = useSignedInAgent();
  const t = useTranslations("inbox.work");

  return useCallback(
    async (ids: number[], change: WorkChange, assignee: { id: string; name: string } | null = null): Promise<WorkOutcome> => {
      const reassign = me?.role === "supervisor" && change.change === "assign" && change.assigneeId !== me.id;
      let result;
      try {
        result = reassign
          ? await reassignAction({ conversationIds: ids, assigneeId: (change as { assigneeId: string }).assigneeId })
          : await changeConversationsAction({ conversationIds: ids, change });
      } catch {
        return { ok: false, change, message: t("unreachable") };
      }
      const refresh = () => {
        void client.invalidateQueries({ queryKey: inboxKeys.lists() });
        for (const id of ids) void client.invalidateQueries({ queryKey: inboxKeys.thread(id) });
      };
      if (!result.ok) {
        refresh();
        return { ok: false, change, message: result.message };
      }
      if (change.change === "read") for (const id of ids) patchUnread(client, id, 0, findRow(client, id));
      const named = change.change === "assign" ? (assignee ?? (me && change.assigneeId === me.id ? { id: me.id, name: me.name } : null)) : null;
      patchWork(client, ids, change, me?.id ?? null, named);
      refresh();
      return { ok: true, change, changed: result.data.changed, asked: ids.length, assigneeName: named?.name ?? null };
    },
    [client, me, t],
  );
}
