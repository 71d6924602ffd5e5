"use client";

import { memo, useRef } from "react";

interface Props {
  id: number;
  checked: boolean;
  label: string;
  /** `range`: Shift was held (Shift+click, or Shift+Space), so the rows from the last one toggled follow. */
  onToggle: (id: number, range: boolean) => void;
}

/**
 * A row's checkbox, in a cell as tall as the row so that it is easy to hit. Shift is read from
 * the press itself: a click on the cell reaches the box as a second click without modifiers.
 */
export const RowCheckbox = memo(function RowCheckbox({ id, checked, label, onToggle }: Props) {
  const shift = useRef(false);
  return (
    <label
      className="flex w-9 shrink-0 cursor-pointer items-center justify-center border-b border-border"
      onMouseDown={(event) => {
        shift.current = event.shiftKey;
        // Shift+click would otherwise select the text of the rows in between.
        if (event.shiftKey) event.preventDefault();
      }}
      onKeyDown={(event) => (shift.current = event.shiftKey)}
    >
      <input
        type="checkbox"
        checked={checked}
        onChange={() => {
          onToggle(id, shift.current);
          shift.current = false;
        }}
        aria-label={label}
        data-testid="conversation-select"
        className="h-4 w-4 cursor-pointer accent-[var(--accent)]"
      />
    </label>
  );
});
