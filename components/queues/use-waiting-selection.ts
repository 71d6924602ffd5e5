"use client";

import { useCallback, useMemo, useState } from "react";
import { selectAllOrNone, selectedInList, selectionState, toggleId } from "./waiting-selection";

/**
 * The ticked conversations of one waiting list. The list is polled: a conversation that leaves
 * it is no longer chosen, and "Select all" takes the list as it is when pressed.
 */
export function useWaitingSelection(listed: readonly number[]) {
  const [selected, setSelected] = useState<ReadonlySet<number>>(() => new Set());
  const ids = useMemo(() => selectedInList(selected, listed), [selected, listed]);
  return {
    ids,
    has: (id: number) => selected.has(id),
    state: selectionState(selected, listed),
    toggle: useCallback((id: number) => setSelected((current) => toggleId(current, id)), []),
    toggleAll: useCallback(() => setSelected((current) => selectAllOrNone(current, listed)), [listed]),
    clear: useCallback(() => setSelected(new Set()), []),
  };
}
