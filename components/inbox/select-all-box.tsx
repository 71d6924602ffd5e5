"use client";

import { useTranslations } from "next-intl";

interface Props {
  /** Every row of the view is chosen; `some`: only part of it. */
  all: boolean;
  some: boolean;
  busy: boolean;
  onChange: (all: boolean) => void;
}

/** "Select all in this view": chooses every conversation of the view, or none. */
export function SelectAllBox({ all, some, busy, onChange }: Props) {
  const t = useTranslations("inbox.bulk");
  return (
    <span className="flex w-7 shrink-0 items-center justify-center">
      <input
        type="checkbox"
        // Part of the view chosen: neither checked nor empty.
        ref={(element) => {
          if (element) element.indeterminate = some && !all;
        }}
        checked={all}
        onChange={() => onChange(!all && !some)}
        disabled={busy}
        aria-busy={busy || undefined}
        aria-label={t("selectAll")}
        title={t("selectAll")}
        data-testid="select-all"
        className="h-4 w-4 cursor-pointer accent-[var(--accent)] disabled:cursor-wait"
      />
    </span>
  );
}
