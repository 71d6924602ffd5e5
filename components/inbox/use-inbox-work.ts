"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState, type RefObject } from "react";
import type { ConversationRowView, ConversationStatus } from "@/lib/contract/inbox";
import type { WorkChange } from "@/lib/contract/work";
import type { ThreadHead } from "@/lib/query/inbox-windows";
import { inboxKeys } from "@/lib/query/keys";
import type { ConversationListHandle } from "./conversation-list";
import { useSignedInAgent } from "./signed-in-agent";
import type { WorkMenu } from "./thread-work-bar";
import type { useSelection } from "./use-selection";
import { useWorkActions } from "./use-work-actions";
import { useWorkNotice } from "./work-notice";

type Assignee = { id: string; name: string };

/**
 * The inbox's work: changes from the thread's header, from the bulk bar and from the keys,
 * each reported in one sentence. A key acts on the selection when there is one, else on the
 * open conversation, else on the row the keyboard is on.
 */
export function useInboxWork(rows: ConversationRowView[], openId: number | null, list: RefObject<ConversationListHandle | null>, selection: ReturnType<typeof useSelection>) {
  const client = useQueryClient();
  const me = useSignedInAgent();
  const change = useWorkActions();
  const notice = useWorkNotice();
  const [threadMenu, setThreadMenu] = useState<WorkMenu>(null);
  const [bulkMenu, setBulkMenu] = useState<WorkMenu>(null);
  const { report } = notice;

  const apply = useCallback(
    async (ids: number[], what: WorkChange, assignee?: Assignee) => {
      const outcome = await change(ids, what, assignee ?? null);
      report(outcome);
      return outcome;
    },
    [change, report],
  );
  const onThread = useCallback((what: WorkChange, assignee?: Assignee) => (openId === null ? Promise.resolve(null) : apply([openId], what, assignee)), [apply, openId]);
  const { ids: selected, clear } = selection;
  const onBulk = useCallback(
    async (what: WorkChange, assignee?: Assignee) => {
      const outcome = await apply(selected, what, assignee);
      if (outcome.ok) clear();
      return outcome;
    },
    [apply, selected, clear],
  );

  /** What a key acts on, and each one's status as this page knows it. */
  function target(): { bulk: boolean; ids: number[]; statuses: ConversationStatus[] } | null {
    const statusOf = (id: number) =>
      client.getQueryData<ThreadHead>(inboxKeys.threadHead(id))?.response.conversation.status ?? rows.find((row) => row.id === id)?.status ?? "open";
    if (selected.length > 0) return { bulk: true, ids: selected, statuses: selected.map(statusOf) };
    const id = openId ?? list.current?.currentId() ?? null;
    return id === null ? null : { bulk: false, ids: [id], statuses: [statusOf(id)] };
  }

  function act(what: WorkChange, assignee?: Assignee) {
    const on = target();
    if (!on) return;
    void (on.bulk ? onBulk(what, assignee) : apply(on.ids, what, assignee));
  }

  /** A menu for the key: the bulk bar's with a selection, the thread's with an open one, else the current row's (chosen first). */
  function openMenu(menu: Exclude<WorkMenu, null>) {
    if (selected.length > 0) return setBulkMenu(menu);
    if (openId !== null) return setThreadMenu(menu);
    const id = list.current?.currentId() ?? null;
    if (id === null) return;
    selection.toggle(id, false);
    setBulkMenu(menu);
  }

  const keys = {
    resolve: () => {
      const on = target();
      if (on) act({ change: on.statuses.every((status) => status === "resolved") ? "reopen" : "resolve" });
    },
    snooze: () => openMenu("snooze"),
    assign: () => openMenu("assign"),
    assignToMe: () => {
      if (me) act({ change: "assign", assigneeId: me.id }, { id: me.id, name: me.name });
    },
    select: () => {
      const id = list.current?.currentId() ?? null;
      if (id !== null) selection.toggle(id, false);
    },
  };

  return { onThread, onBulk, keys, notice, threadMenu, setThreadMenu, bulkMenu, setBulkMenu };
}
