"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

const YEAR_MS = 365 * 86_400_000;

/** yyyy-mm-ddThh:mm on the agent's own clock, as a datetime-local input shows it. */
function localValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** What is wrong with a chosen end, in the catalog's words; null when it will do. */
export function snoozeProblem(value: string, now: number): "snoozeMissing" | "snoozePast" | "snoozeTooFar" | null {
  // A datetime-local value carries no zone: the browser reads it on the agent's own clock.
  const at = value ? new Date(value).getTime() : Number.NaN;
  if (Number.isNaN(at)) return "snoozeMissing";
  if (at <= now) return "snoozePast";
  if (at >= now + YEAR_MS) return "snoozeTooFar";
  return null;
}

/** "A date and time": the end of a snooze chosen by hand, in the agent's zone. */
export function SnoozeDialog({ onClose, onSnooze }: { onClose: () => void; onSnooze: (until: string) => void }) {
  const t = useTranslations("inbox.work");
  const id = useId();
  const [value, setValue] = useState(() => localValue(new Date(Date.now() + 2 * 60 * 60_000)));
  const [problem, setProblem] = useState<ReturnType<typeof snoozeProblem>>(null);
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={t("snoozeDialogTitle")} closeLabel={t("cancel")} testId="snooze-dialog">
      <form
        noValidate
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          const found = snoozeProblem(value, Date.now());
          setProblem(found);
          if (found) return;
          onSnooze(new Date(value).toISOString());
          onClose();
        }}
      >
        <label htmlFor={id} className="block text-sm font-medium">
          {t("snoozeDateLabel")}
        </label>
        <input
          id={id}
          type="datetime-local"
          // The dialog is about this one field: it takes the focus, not the close button.
          autoFocus
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${id}-hint`}
          data-testid="snooze-date"
          className="w-full rounded-md border border-border bg-surface-raised px-3 py-2 text-sm text-ink"
        />
        <p id={`${id}-hint`} className={problem ? "text-xs text-danger" : "text-xs text-ink-muted"} data-testid="snooze-date-hint">
          {problem ? t(problem) : t("snoozeDateHint")}
        </p>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t("cancel")}
          </Button>
          <Button type="submit" data-testid="snooze-date-submit">
            {t("snoozeConfirm")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
