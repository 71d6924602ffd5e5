"use client";

import { TZDate } from "@date-fns/tz";
import { useTimeZone, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

const YEAR_MS = 365 * 86_400_000;

/** yyyy-mm-ddThh:mm on the clock of the agent's chosen zone, as a datetime-local input shows it. */
export function wallClockValue(at: number, zone: string): string {
  const date = new TZDate(at, zone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The moment a datetime-local value names on the clock of `zone`. The input carries no zone and
 * the browser would read it on the computer's clock, which is not the zone the agent chose in
 * their preferences (and in which the thread shows every time).
 */
export function wallClockMoment(value: string, zone: string): number {
  const parts = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!parts) return Number.NaN;
  const [year, month, day, hour, minute] = parts.slice(1).map(Number) as [number, number, number, number, number];
  return new TZDate(year, month - 1, day, hour, minute, zone).getTime();
}

/** What is wrong with a chosen end, in the catalog's words; null when it will do. */
export function snoozeProblem(value: string, now: number, zone: string): "snoozeMissing" | "snoozePast" | "snoozeTooFar" | null {
  const at = wallClockMoment(value, zone);
  if (Number.isNaN(at)) return "snoozeMissing";
  if (at <= now) return "snoozePast";
  if (at >= now + YEAR_MS) return "snoozeTooFar";
  return null;
}

/** "A date and time": the end of a snooze chosen by hand, in the agent's zone. */
export function SnoozeDialog({ onClose, onSnooze }: { onClose: () => void; onSnooze: (until: string) => void }) {
  const t = useTranslations("inbox.work");
  const id = useId();
  const zone = useTimeZone() ?? "UTC";
  const [value, setValue] = useState(() => wallClockValue(Date.now() + 2 * 60 * 60_000, zone));
  const [problem, setProblem] = useState<ReturnType<typeof snoozeProblem>>(null);
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={t("snoozeDialogTitle")} closeLabel={t("cancel")} testId="snooze-dialog">
      <form
        noValidate
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          const found = snoozeProblem(value, Date.now(), zone);
          setProblem(found);
          if (found) return;
          onSnooze(new Date(wallClockMoment(value, zone)).toISOString());
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
