"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { AvailabilityDot } from "@/components/inbox/availability-dot";
import { useSignedInAgent } from "@/components/inbox/signed-in-agent";
import type { Availability } from "@/lib/contract/queues";
import { setAvailabilityAction } from "@/lib/inbox/work-actions";
import { teamKeys } from "@/lib/query/keys";

const CHOICES: Availability[] = ["online", "away", "offline"];
const availabilityKey = [...teamKeys.all, "my-availability"] as const;

/**
 * Online, Away or Offline, from the header: whether new conversations may be given to this
 * agent. A native select: keyboard and screen readers know it, and it costs the page nothing.
 * Every copy on the page (the phone's account panel has one) shows the same choice.
 */
export function AvailabilityControl({ className }: { className?: string }) {
  const t = useTranslations("availability");
  const me = useSignedInAgent();
  const client = useQueryClient();
  const id = useId();
  const { data: choice } = useQuery({
    queryKey: availabilityKey,
    queryFn: () => me?.availability ?? "online",
    initialData: me?.availability ?? "online",
    staleTime: Infinity,
  });
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!me) return null;

  async function choose(next: Availability) {
    const before = choice;
    client.setQueryData(availabilityKey, next);
    setSaving(true);
    setError(null);
    const result = await setAvailabilityAction({ availability: next }).catch(() => null);
    setSaving(false);
    if (result?.ok) {
      void client.invalidateQueries({ queryKey: teamKeys.teammates() });
      return;
    }
    client.setQueryData(availabilityKey, before);
    setError(result?.message ?? t("unreachable"));
  }

  return (
    <span className={`relative items-center ${className ?? "flex"}`} data-testid="availability-control">
      <AvailabilityDot availability={choice} className="pointer-events-none absolute left-2.5" />
      <select
        value={choice}
        onChange={(event) => void choose(event.target.value as Availability)}
        disabled={saving}
        aria-label={t("label")}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
        title={t("hint")}
        data-testid="availability"
        className="h-9 rounded-md border border-border bg-surface py-1 pl-6 pr-1 text-sm text-ink hover:bg-surface-muted disabled:cursor-wait"
      >
        {CHOICES.map((value) => (
          <option key={value} value={value}>
            {t(value)}
          </option>
        ))}
      </select>
      <span id={`${id}-error`} role="status" className={error ? "absolute right-0 top-10 z-50 w-64 rounded-md border border-danger bg-surface-raised p-2 text-xs text-danger shadow" : "sr-only"} data-testid="availability-error">
        {error ? t("failed", { reason: error }) : ""}
      </span>
    </span>
  );
}
