import { MAX_BULK } from "@/lib/contract/work";

/*
 * The conversations a supervisor has ticked in a waiting list, to reassign them. Pure: the list
 * is polled and changes under the supervisor, so what counts as chosen is always worked out
 * against the list as it is now.
 */

export type SelectionState = "none" | "some" | "all";

/** One conversation in or out. */
export function toggleId(selected: ReadonlySet<number>, id: number): Set<number> {
  const next = new Set(selected);
  if (!next.delete(id)) next.add(id);
  return next;
}

/** The chosen ids still in the list, in its order: one that left the list is no longer chosen. */
export function selectedInList(selected: ReadonlySet<number>, listed: readonly number[]): number[] {
  return selected.size === 0 ? [] : listed.filter((id) => selected.has(id));
}

/** How much of the list is chosen (up to the most one action changes), for "Select all". */
export function selectionState(selected: ReadonlySet<number>, listed: readonly number[]): SelectionState {
  const count = selectedInList(selected, listed).length;
  if (count === 0) return "none";
  return count >= Math.min(listed.length, MAX_BULK) ? "all" : "some";
}

/** "Select all": everything listed (up to the most one action changes), or nothing when all already are. */
export function selectAllOrNone(selected: ReadonlySet<number>, listed: readonly number[]): Set<number> {
  return selectionState(selected, listed) === "all" ? new Set() : new Set(listed.slice(0, MAX_BULK));
}

/** What a reassignment came to: how many moved, and how many were the chosen teammate's already. */
export function reassignOutcome(asked: number, changed: number): { moved: number; already: number } {
  const moved = Math.max(0, Math.min(changed, asked));
  return { moved, already: asked - moved };
}
