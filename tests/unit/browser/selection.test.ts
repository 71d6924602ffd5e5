import { describe, expect, it } from "vitest";
import { MAX_BULK as SERVER_MAX_BULK } from "@/lib/contract/work";
import { emptySelection, MAX_BULK, selectAll, selectedInList, toggleOne, toggleRange } from "@/components/inbox/selection";

const order = [10, 11, 12, 13, 14, 15];
const ids = (selection: { ids: ReadonlySet<number> }) => [...selection.ids].sort((a, b) => a - b);

describe("the list's selection", () => {
  it("toggles one row in and out, and makes it the anchor", () => {
    const one = toggleOne(emptySelection, 12);
    expect(ids(one)).toEqual([12]);
    expect(one.anchor).toBe(12);
    expect(ids(toggleOne(one, 12))).toEqual([]);
  });

  it("selects the range from the anchor to a Shift+clicked row, downwards and upwards", () => {
    expect(ids(toggleRange(toggleOne(emptySelection, 11), order, 14))).toEqual([11, 12, 13, 14]);
    expect(ids(toggleRange(toggleOne(emptySelection, 14), order, 11))).toEqual([11, 12, 13, 14]);
  });

  it("keeps the anchor, so that a second Shift+click moves the range's end", () => {
    const first = toggleRange(toggleOne(emptySelection, 11), order, 14);
    const shorter = toggleRange(first, order, 15);
    expect(shorter.anchor).toBe(11);
    expect(ids(shorter)).toEqual([11, 12, 13, 14, 15]);
  });

  it("clears a range when the Shift+clicked row was selected", () => {
    const all = selectAll(order, MAX_BULK);
    const anchored = toggleOne(toggleOne(all, 12), 12);
    expect(ids(toggleRange(anchored, order, 14))).toEqual([10, 11, 15]);
  });

  it("toggles one row when there is no anchor in the list", () => {
    expect(ids(toggleRange(emptySelection, order, 13))).toEqual([13]);
    expect(ids(toggleRange({ ids: new Set([99]), anchor: 99 }, order, 13))).toEqual([13, 99]);
  });

  it("selects all of a view up to the most one action changes", () => {
    const many = Array.from({ length: MAX_BULK + 20 }, (_, index) => index + 1);
    expect(selectAll(many, MAX_BULK).ids.size).toBe(MAX_BULK);
    expect(MAX_BULK).toBe(SERVER_MAX_BULK);
  });

  it("counts only the selected rows still in the list, in the list's order", () => {
    const selection = { ids: new Set([14, 99, 10]), anchor: null };
    expect(selectedInList(selection, order)).toEqual([10, 14]);
  });
});
