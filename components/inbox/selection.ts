/*
 * The list's selection for bulk actions, as pure functions over the ids in the list's order:
 * a click toggles one row, Shift+click sets every row from the last one clicked (the anchor)
 * to this one as this one becomes, and "select all" takes the view (up to the bulk limit).
 */

/**
 * The most conversations one action changes: MAX_BULK of lib/contract/work, which the server
 * enforces. Repeated here so that zod stays off the page; a unit test keeps the two equal.
 */
export const MAX_BULK = 500;

export interface Selection {
  ids: ReadonlySet<number>;
  /** The row the last plain toggle was on: where a range starts. */
  anchor: number | null;
}

export const emptySelection: Selection = { ids: new Set(), anchor: null };

/** One row in or out; it becomes the anchor. */
export function toggleOne(selection: Selection, id: number): Selection {
  const ids = new Set(selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: id };
}

/**
 * Shift+click: the rows from the anchor to `id` (both included, in the list's order) all take
 * the state `id` takes, selected when it was not. Without an anchor still in the list, it is one
 * toggle. The anchor stays where it was, so a second Shift+click adjusts the same range's end.
 */
export function toggleRange(selection: Selection, order: readonly number[], id: number): Selection {
  const from = selection.anchor === null ? -1 : order.indexOf(selection.anchor);
  const to = order.indexOf(id);
  if (from < 0 || to < 0) return toggleOne(selection, id);
  const select = !selection.ids.has(id);
  const ids = new Set(selection.ids);
  for (const rowId of order.slice(Math.min(from, to), Math.max(from, to) + 1)) {
    if (select) ids.add(rowId);
    else ids.delete(rowId);
  }
  return { ids, anchor: selection.anchor };
}

/** Every row of the view, up to `max` (the most one action changes). */
export function selectAll(order: readonly number[], max: number): Selection {
  return { ids: new Set(order.slice(0, max)), anchor: null };
}

/** The selected ids still in the list, in its order: a row that left the list is no longer chosen. */
export function selectedInList(selection: Selection, order: readonly number[]): number[] {
  return selection.ids.size === 0 ? [] : order.filter((id) => selection.ids.has(id));
}
