"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import type { ConversationRowView } from "@/lib/contract/inbox";
import { MAX_BULK, emptySelection, selectAll, selectedInList, toggleOne, toggleRange, type Selection } from "./selection";

interface ListPart {
  rows: ConversationRowView[];
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
}

/**
 * The list's selection for bulk actions. It belongs to one view: another view, status, order,
 * channel or search starts empty. "Select all in this view" first loads the rows not yet
 * shown (up to the most one action changes), then takes them as they are then: a conversation
 * that arrives afterwards is not chosen behind the agent's back.
 */
export function useSelection(list: ListPart, viewKey: string) {
  const [state, setState] = useState<{ key: string; selection: Selection; wantAll: boolean }>({ key: viewKey, selection: emptySelection, wantAll: false });
  const order = useMemo(() => list.rows.map((row) => row.id), [list.rows]);
  const { hasMore, loadingMore, loadMore } = list;
  // Settled while rendering, before anyone can act on a stale choice: a new view drops the old
  // one, and "select all" takes the rows once they are all here.
  let current = state;
  if (current.key !== viewKey) current = { key: viewKey, selection: emptySelection, wantAll: false };
  else if (current.wantAll && (!hasMore || order.length >= MAX_BULK)) current = { ...current, selection: selectAll(order, MAX_BULK), wantAll: false };
  if (current !== state) setState(current);
  const ids = useMemo(() => selectedInList(current.selection, order), [current.selection, order]);

  useEffect(() => {
    if (current.wantAll && hasMore && !loadingMore && order.length < MAX_BULK) loadMore();
  }, [current.wantAll, hasMore, loadingMore, loadMore, order.length]);

  const toggle = useCallback(
    (id: number, range: boolean) =>
      setState((previous) => ({ ...previous, selection: range ? toggleRange(previous.selection, order, id) : toggleOne(previous.selection, id) })),
    [order],
  );
  const setAll = useCallback((all: boolean) => setState((previous) => ({ ...previous, selection: emptySelection, wantAll: all })), []);
  const clear = useCallback(() => setAll(false), [setAll]);

  return {
    ids,
    set: useMemo(() => new Set(ids), [ids]),
    toggle,
    /** "Select all in this view" (true), or nothing (false). */
    setAll,
    clear,
    /** Rows are still loading for "select all". */
    selectingAll: current.wantAll,
    /** The view holds more than one action may change: only the first MAX_BULK are chosen. */
    capped: ids.length >= MAX_BULK && hasMore,
    all: ids.length > 0 && ids.length === Math.min(order.length, MAX_BULK),
  };
}
