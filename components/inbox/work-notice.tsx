"use client";

import { clsx } from "clsx";
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { useLocalFormat, useNow } from "./use-clock";
import type { WorkOutcome } from "./use-work-actions";

const SHOWN_MS = 8_000;

/** The last change's outcome, shown for a few seconds (longer when it failed: until dismissed or replaced). */
export function useWorkNotice() {
  const [outcome, setOutcome] = useState<WorkOutcome | null>(null);
  useEffect(() => {
    if (!outcome?.ok) return;
    const timer = setTimeout(() => setOutcome(null), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [outcome]);
  const dismiss = useCallback(() => setOutcome(null), []);
  return { outcome, report: setOutcome, dismiss };
}

/**
 * What a change did, in one sentence ("3 conversations resolved"), or why it did not. A live
 * region that is always in the page, so that a screen reader hears each new sentence.
 */
export function WorkNotice({ outcome, onDismiss }: { outcome: WorkOutcome | null; onDismiss: () => void }) {
  const t = useTranslations("inbox.work");
  const format = useLocalFormat();
  const now = useNow();
  let text = "";
  if (outcome?.ok) {
    const { change, changed, asked } = outcome;
    const until = change.change === "snooze" ? format.when(change.until, now) : "";
    text = t(`done.${change.change}`, { count: changed, until, name: outcome.assigneeName ?? "" });
    if (asked > changed) text = `${text} ${t("unchanged", { count: asked - changed })}`;
  } else if (outcome) {
    text = t("failed", { reason: outcome.message });
  }
  return (
    // Above the bars at the bottom (bulk actions, composer), so that it hides none of their buttons.
    <div aria-live="polite" className="pointer-events-none fixed inset-x-0 bottom-32 z-40 flex justify-center px-4">
      {outcome ? (
        <p
          data-testid="work-notice"
          data-tone={outcome.ok ? "done" : "failed"}
          className={clsx(
            "pointer-events-auto flex max-w-lg items-center gap-3 rounded-md border bg-surface-raised px-3 py-2 text-sm shadow-lg",
            outcome.ok ? "border-border text-ink" : "border-danger text-danger",
          )}
        >
          <span>{text}</span>
          <button type="button" onClick={onDismiss} aria-label={t("dismiss")} title={t("dismiss")} className="rounded p-1 text-ink-muted hover:bg-surface-muted">
            <X aria-hidden="true" className="h-3.5 w-3.5" />
          </button>
        </p>
      ) : null}
    </div>
  );
}
