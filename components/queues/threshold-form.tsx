"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/lib/contract/errors";
import { thresholdMinutesSchema } from "@/lib/contract/queues";
import { issueText } from "@/lib/contract/validation";

/** Only plain whole or decimal numbers count as numbers; "1e3" or "0x10" are not minutes. */
export function parseMinutes(text: string): number {
  const trimmed = text.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * One threshold, in minutes: checked in the browser with the server's own schema (so the
 * sentences match), then saved by a server action whose refusal is shown as it comes.
 */
export function ThresholdForm({
  label,
  minutes,
  save,
  reset,
  resetLabel,
  testId,
}: {
  label: string;
  minutes: number;
  save: (minutes: number) => Promise<ActionResult<unknown>>;
  reset?: () => Promise<ActionResult<unknown>>;
  resetLabel?: string;
  testId: string;
}) {
  const t = useTranslations("queues.thresholds");
  const catalog = useTranslations();
  const id = useId();
  const [text, setText] = useState(String(minutes));
  const [shown, setShown] = useState(minutes);
  // A new saved value (ours, or another supervisor's) replaces what the field shows.
  if (shown !== minutes) {
    setShown(minutes);
    setText(String(minutes));
  }
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();

  function run(action: () => Promise<ActionResult<unknown>>) {
    setSaved(false);
    startTransition(async () => {
      const result = await action();
      if (result.ok) setSaved(true);
      else setError(result.message);
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = thresholdMinutesSchema.safeParse(parseMinutes(text));
    if (!parsed.success) {
      setSaved(false);
      setError(issueText(parsed.error.issues[0], catalog) ?? t("invalid"));
      return;
    }
    setError(null);
    run(() => save(parsed.data));
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-wrap items-start gap-2" data-testid={testId}>
      <div className="w-28">
        <label htmlFor={`${id}-minutes`} className="sr-only">
          {label}
        </label>
        <div className="flex items-center gap-1">
          <Input
            id={`${id}-minutes`}
            inputMode="numeric"
            autoComplete="off"
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : `${id}-unit`}
            className="py-1 text-right tabular-nums"
          />
          <span id={`${id}-unit`} className="text-sm text-ink-muted">
            {t("unit")}
          </span>
        </div>
      </div>
      <Button type="submit" variant="secondary" disabled={pending} className="py-1">
        {t("save")}
      </Button>
      {reset ? (
        <Button
          variant="ghost"
          disabled={pending}
          className="py-1"
          onClick={() => {
            setError(null);
            run(reset);
          }}
        >
          {resetLabel}
        </Button>
      ) : null}
      <p aria-live="polite" className="basis-full text-sm empty:hidden">
        {error ? (
          <span id={`${id}-error`} className="text-danger" data-testid={`${testId}-error`}>
            {error}
          </span>
        ) : saved && !pending ? (
          <span className="text-success">{t("saved")}</span>
        ) : null}
      </p>
    </form>
  );
}
