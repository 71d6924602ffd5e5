"use client";

import * as RadixMenu from "@radix-ui/react-dropdown-menu";
import { useQuery } from "@tanstack/react-query";
import { Check } from "lucide-react";
import { useTimeZone, useTranslations } from "next-intl";
import { useRef, useState, type ReactNode } from "react";
import { snoozePresets } from "@/lib/contract/snooze";
import { teamQueries, type Teammate } from "@/lib/query/team-queries";
import { AvailabilityDot } from "./availability-dot";
import { SnoozeDialog } from "./snooze-dialog";
import { useLocalFormat } from "./use-clock";

/*
 * The Snooze and Assign menus of the thread's header and of the bulk bar. Their own module, so
 * that the menu library loads with the first thread or selection, not with the page. Both are
 * controlled, so that `h` and `a` can open them.
 */

interface MenuProps {
  trigger: ReactNode;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

const ITEM = "flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 outline-none data-[disabled]:cursor-default data-[highlighted]:bg-surface-muted";
const CONTENT = "z-50 max-h-[70dvh] min-w-56 overflow-y-auto rounded-md border border-border bg-surface-raised p-1 text-sm text-ink shadow-lg";

export function SnoozeMenu({ trigger, open, onOpenChange, onSnooze }: MenuProps & { onSnooze: (until: string) => void }) {
  const t = useTranslations("inbox.work");
  const [choosing, setChoosing] = useState(false);
  // The dialog takes the focus; the closing menu must not hand it back to its button.
  const toDialog = useRef(false);
  return (
    <>
      <RadixMenu.Root modal={false} open={open} onOpenChange={onOpenChange}>
        <RadixMenu.Trigger asChild>{trigger}</RadixMenu.Trigger>
        <RadixMenu.Portal>
          <RadixMenu.Content
            align="end"
            sideOffset={4}
            className={CONTENT}
            data-testid="snooze-menu"
            aria-label={t("snoozeMenu")}
            onCloseAutoFocus={(event) => {
              if (toDialog.current) event.preventDefault();
              toDialog.current = false;
            }}
          >
            <SnoozeItems
              onSnooze={onSnooze}
              onChoose={() => {
                toDialog.current = true;
                setChoosing(true);
              }}
            />
          </RadixMenu.Content>
        </RadixMenu.Portal>
      </RadixMenu.Root>
      {choosing ? <SnoozeDialog onClose={() => setChoosing(false)} onSnooze={onSnooze} /> : null}
    </>
  );
}

/** Mounted when the menu opens, so that "in an hour" is an hour from the opening. */
function SnoozeItems({ onSnooze, onChoose }: { onSnooze: (until: string) => void; onChoose: () => void }) {
  const t = useTranslations("inbox.work");
  const format = useLocalFormat();
  // "Tomorrow 9:00" is in the agent's chosen zone, the one every time on screen is in.
  const zone = useTimeZone() ?? "UTC";
  const [{ presets, now }] = useState(() => {
    const at = new Date();
    return { presets: snoozePresets(at, zone), now: at.getTime() };
  });
  const choices = [
    { id: "hour", label: t("snoozeHour"), at: presets.hour },
    { id: "tomorrow", label: t("snoozeTomorrow"), at: presets.tomorrow },
    { id: "monday", label: t("snoozeMonday"), at: presets.nextMonday },
  ];
  return (
    <>
      {choices.map((choice) => (
        <RadixMenu.Item key={choice.id} className={ITEM} onSelect={() => onSnooze(choice.at.toISOString())} data-testid={`snooze-${choice.id}`}>
          <span className="flex-1">{choice.label}</span>
          <span className="text-xs text-ink-muted">{format.when(choice.at.toISOString(), now)}</span>
        </RadixMenu.Item>
      ))}
      <RadixMenu.Separator className="my-1 h-px bg-border" />
      <RadixMenu.Item className={ITEM} onSelect={onChoose} data-testid="snooze-custom">
        {t("snoozeCustom")}
      </RadixMenu.Item>
    </>
  );
}

export function AssignMenu({ trigger, open, onOpenChange, current, onAssign }: MenuProps & { current: string | null; onAssign: (teammate: Teammate) => void }) {
  const t = useTranslations("inbox.work");
  return (
    <RadixMenu.Root modal={false} open={open} onOpenChange={onOpenChange}>
      <RadixMenu.Trigger asChild>{trigger}</RadixMenu.Trigger>
      <RadixMenu.Portal>
        <RadixMenu.Content align="end" sideOffset={4} className={CONTENT} data-testid="assign-menu" aria-label={t("assignMenu")}>
          <TeammateItems current={current} onAssign={onAssign} />
        </RadixMenu.Content>
      </RadixMenu.Portal>
    </RadixMenu.Root>
  );
}

function TeammateItems({ current, onAssign }: { current: string | null; onAssign: (teammate: Teammate) => void }) {
  const t = useTranslations("inbox.work");
  const ta = useTranslations("availability");
  const tr = useTranslations("shell.roles");
  const teammates = useQuery(teamQueries.teammates());
  if (teammates.isPending || teammates.isError || teammates.data.length === 0) {
    const state = teammates.isPending ? "loading" : teammates.isError ? "error" : "empty";
    return (
      <>
        <RadixMenu.Item disabled className={`${ITEM} text-ink-muted`} data-testid={`assign-${state}`}>
          {t(state === "loading" ? "teammatesLoading" : state === "error" ? "teammatesFailed" : "teammatesNone")}
        </RadixMenu.Item>
        {state === "error" ? (
          <RadixMenu.Item className={ITEM} onSelect={(event) => (event.preventDefault(), void teammates.refetch())}>
            {t("retry")}
          </RadixMenu.Item>
        ) : null}
      </>
    );
  }
  return (
    <RadixMenu.Group aria-label={t("teammates")}>
      {teammates.data.map((person) => (
        <RadixMenu.Item key={person.id} className={ITEM} onSelect={() => onAssign(person)} data-testid="assign-teammate" data-availability={person.availability}>
          <AvailabilityDot availability={person.availability} />
          <span className="flex-1 truncate">
            {person.name}
            {person.role === "supervisor" ? <span className="text-ink-muted"> · {tr("supervisor")}</span> : null}
          </span>
          <span className="text-xs text-ink-muted">{ta(person.availability)}</span>
          {person.id === current ? (
            <>
              <Check aria-hidden="true" className="h-4 w-4 text-accent" />
              <span className="sr-only">{t("currentAssignee")}</span>
            </>
          ) : (
            <span className="w-4" />
          )}
        </RadixMenu.Item>
      ))}
    </RadixMenu.Group>
  );
}
