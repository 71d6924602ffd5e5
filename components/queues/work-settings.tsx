"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import type { WorkSettings as Settings } from "@/lib/contract/work";
import { queueKeys } from "@/lib/query/keys";
import { setWorkSettingsAction } from "@/lib/queues/actions";
import { Section } from "./section";
import { NumberField } from "./number-field";
import { fieldsOf, readWorkSettings, sameSettings, type WorkSettingsErrors, type WorkSettingsFields } from "./work-settings-form";

/**
 * The team's settings for conversations as work: how long a pending conversation may idle
 * before it is resolved, and auto-assignment with its cap per agent. Checked in the browser
 * with the server's own schema (same sentences), then saved by an action that checks again.
 */
export function WorkSettings({ saved }: { saved: Settings }) {
  const t = useTranslations("queues.work");
  const catalog = useTranslations();
  const id = useId();
  const client = useQueryClient();
  const [fields, setFields] = useState<WorkSettingsFields>(() => fieldsOf(saved));
  const [shown, setShown] = useState(saved);
  // New saved settings (ours, or another supervisor's) replace what the form shows.
  if (!sameSettings(shown, saved)) {
    setShown(saved);
    setFields(fieldsOf(saved));
  }
  const [errors, setErrors] = useState<WorkSettingsErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();
  const edit = (change: Partial<WorkSettingsFields>) => {
    setFields((current) => ({ ...current, ...change }));
    setDone(false);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    setFailure(null);
    const read = readWorkSettings(fields, catalog);
    if (!read.ok) {
      setErrors(read.errors);
      // To the first field to fix, whose error its description reads out.
      document.getElementById(read.errors.autoResolvePendingDays ? `${id}-days` : `${id}-cap`)?.focus();
      return;
    }
    setErrors({});
    startTransition(async () => {
      let result;
      try {
        result = await setWorkSettingsAction(read.settings);
      } catch {
        return setFailure(t("failed", { reason: t("unreachable") }));
      }
      if (!result.ok) return setFailure(t("failed", { reason: result.message }));
      setDone(true);
      await client.invalidateQueries({ queryKey: queueKeys.all });
    });
  }

  return (
    <Section id="work-settings" title={t("title")} description={t("description")} testId="work-settings">
      <form onSubmit={submit} noValidate className="space-y-4" data-testid="work-settings-form">
        <NumberField
          id={`${id}-days`}
          label={t("daysLabel")}
          unit={t("daysUnit")}
          hint={t("daysHint")}
          value={fields.autoResolvePendingDays}
          onChange={(value) => edit({ autoResolvePendingDays: value })}
          error={errors.autoResolvePendingDays}
          testId="work-settings-days"
        />
        <div>
          <label className="inline-flex cursor-pointer items-center gap-2 text-sm font-medium">
            <input
              type="checkbox"
              checked={fields.autoAssign}
              onChange={(event) => edit({ autoAssign: event.target.checked })}
              aria-describedby={`${id}-assign-hint`}
              data-testid="work-settings-auto-assign"
              className="h-4 w-4 cursor-pointer accent-[var(--accent)]"
            />
            {t("autoAssignLabel")}
          </label>
          <p id={`${id}-assign-hint`} className="ml-6 text-xs text-ink-muted">
            {t("autoAssignHint")}
          </p>
        </div>
        <NumberField
          id={`${id}-cap`}
          label={t("capLabel")}
          unit={t("capUnit")}
          hint={t("capHint")}
          value={fields.autoAssignCap}
          onChange={(value) => edit({ autoAssignCap: value })}
          error={errors.autoAssignCap}
          testId="work-settings-cap"
        />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant="secondary" disabled={pending} data-testid="work-settings-save">
            {t("save")}
          </Button>
          <p aria-live="polite" className="text-sm empty:hidden" data-testid="work-settings-result">
            {failure ? (
              <span className="text-danger" data-tone="error">
                {failure}
              </span>
            ) : done && !pending ? (
              <span className="text-success">{t("saved")}</span>
            ) : null}
          </p>
        </div>
      </form>
    </Section>
  );
}
