"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition, type FormEvent } from "react";
import { AvailabilityDot } from "@/components/inbox/availability-dot";
import { Button } from "@/components/ui/button";
import { reassignSchema } from "@/lib/contract/work";
import { issueText } from "@/lib/contract/validation";
import { reassignAction } from "@/lib/inbox/work-actions";
import { queueKeys } from "@/lib/query/keys";
import { teamQueries } from "@/lib/query/team-queries";
import { reassignOutcome, type SelectionState } from "./waiting-selection";

export type ReassignResult = { tone: "success" | "error"; text: string } | null;

/**
 * "Select all", how many are ticked, and "Reassign to [teammate]": one action call for the whole
 * selection, whose outcome (how many moved, or why none did) goes to `onResult`. Every queue
 * figure and list then refreshes, since moving conversations changes them all.
 */
export function ReassignBar({
  ids,
  state,
  onToggleAll,
  onMoved,
  onResult,
  testId,
}: {
  ids: number[];
  state: SelectionState;
  onToggleAll: () => void;
  onMoved: () => void;
  onResult: (result: ReassignResult) => void;
  testId: string;
}) {
  const t = useTranslations("queues.reassign");
  const tAvailability = useTranslations("availability");
  const catalog = useTranslations();
  const id = useId();
  const client = useQueryClient();
  const team = useQuery(teamQueries.teammates());
  const [assigneeId, setAssigneeId] = useState("");
  const [pending, startTransition] = useTransition();
  const chosen = team.data?.find((person) => person.id === assigneeId);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = reassignSchema.safeParse({ conversationIds: ids, assigneeId });
    if (!parsed.success) return onResult({ tone: "error", text: issueText(parsed.error.issues[0], catalog) ?? t("invalid") });
    const name = chosen?.name ?? "";
    onResult(null);
    startTransition(async () => {
      let result;
      try {
        result = await reassignAction(parsed.data);
      } catch {
        return onResult({ tone: "error", text: t("failed", { reason: t("unreachable") }) });
      }
      await client.invalidateQueries({ queryKey: queueKeys.all });
      if (!result.ok) return onResult({ tone: "error", text: t("failed", { reason: result.message }) });
      const { moved, already } = reassignOutcome(parsed.data.conversationIds.length, result.data.changed);
      const text = moved === 0 ? t("none", { count: already, name }) : already === 0 ? t("moved", { count: moved, name }) : `${t("moved", { count: moved, name })} ${t("already", { count: already })}`;
      onResult({ tone: "success", text });
      onMoved();
    });
  }

  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2" data-testid={testId}>
      <label className="inline-flex cursor-pointer items-center gap-2 text-sm">
        <input
          type="checkbox"
          // Part of the list ticked: neither checked nor empty.
          ref={(element) => {
            if (element) element.indeterminate = state === "some";
          }}
          checked={state === "all"}
          onChange={onToggleAll}
          data-testid="waiting-select-all"
          className="h-4 w-4 cursor-pointer accent-[var(--accent)]"
        />
        {t("selectAll")}
      </label>
      <span className="text-sm text-ink-muted" data-testid="waiting-selected-count">
        {t("selected", { count: ids.length })}
      </span>
      <form onSubmit={submit} noValidate className="flex flex-wrap items-center gap-2">
        <label htmlFor={`${id}-to`} className="text-sm">
          {t("to")}
        </label>
        <span className="inline-flex items-center gap-1.5">
          {chosen ? <AvailabilityDot availability={chosen.availability} /> : null}
          <select
            id={`${id}-to`}
            value={assigneeId}
            onChange={(event) => setAssigneeId(event.target.value)}
            disabled={!team.data}
            data-testid="reassign-to"
            className="max-w-[16rem] rounded-md border border-border bg-surface-raised px-2 py-1.5 text-sm text-ink"
          >
            <option value="">{team.isPending ? t("teamLoading") : team.isError ? t("teamFailed") : t("choose")}</option>
            {team.data?.map((person) => (
              <option key={person.id} value={person.id} data-availability={person.availability}>
                {t("option", { name: person.name, role: person.role, availability: tAvailability(person.availability) })}
              </option>
            ))}
          </select>
        </span>
        <Button type="submit" variant="secondary" disabled={pending} className="py-1.5" data-testid="reassign-submit">
          {pending ? t("moving") : t("submit")}
        </Button>
        {team.isError ? (
          <Button variant="ghost" className="py-1.5" onClick={() => void team.refetch()}>
            {t("retryTeam")}
          </Button>
        ) : null}
      </form>
    </div>
  );
}
