"use client";

import { CheckCircle2, Clock3, Mail, MailOpen, RotateCcw, UserPlus, X } from "lucide-react";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { WorkChange } from "@/lib/contract/work";
import { WorkButton, type WorkMenu } from "./thread-work-bar";

const placeholder = () => <span className="inline-block h-8 w-20" aria-hidden="true" />;
const SnoozeMenu = dynamic(() => import("./work-menus").then((module) => module.SnoozeMenu), { ssr: false, loading: placeholder });
const AssignMenu = dynamic(() => import("./work-menus").then((module) => module.AssignMenu), { ssr: false, loading: placeholder });

interface Props {
  count: number;
  /** Only the first of more than one action may change are chosen. */
  capped: boolean;
  selectingAll: boolean;
  onRun: (change: WorkChange, assignee?: { id: string; name: string }) => Promise<unknown>;
  onClear: () => void;
  menu: WorkMenu;
  onMenu: (menu: WorkMenu) => void;
}

/** What the selection can have done to it, all at once: one action, one count of what changed. */
export function BulkBar({ count, capped, selectingAll, onRun, onClear, menu, onMenu }: Props) {
  const t = useTranslations("inbox.bulk");
  const tw = useTranslations("inbox.work");
  const [busy, setBusy] = useState(false);
  if (count === 0 && !selectingAll) return null;
  const run = (change: WorkChange, assignee?: { id: string; name: string }) => {
    setBusy(true);
    void onRun(change, assignee).finally(() => setBusy(false));
  };
  const disabled = busy || selectingAll || count === 0;
  return (
    <div role="region" aria-label={t("label")} className="space-y-1.5 border-t border-border bg-surface-muted px-3 py-2" data-testid="bulk-bar" aria-busy={busy || selectingAll || undefined}>
      <div className="flex items-center gap-2 text-sm">
        <p className="flex-1 font-medium" aria-live="polite" data-testid="bulk-count" data-count={count}>
          {selectingAll ? t("selecting") : t("selected", { count })}
          {capped ? <span className="block text-xs font-normal text-ink-muted">{t("capped", { count })}</span> : null}
        </p>
        <button type="button" onClick={onClear} className="flex items-center gap-1 rounded-md px-2 py-1 text-xs text-ink-muted hover:bg-surface hover:text-ink" data-testid="bulk-clear">
          <X aria-hidden="true" className="hidden h-3.5 w-3.5 sm:block" />
          {t("clear")}
        </button>
      </div>
      <div role="group" aria-label={t("actions")} className="flex flex-wrap gap-1">
        <WorkButton disabled={disabled} onClick={() => run({ change: "resolve" })}>
          <CheckCircle2 aria-hidden="true" className="hidden h-3.5 w-3.5 sm:block" />
          {tw("resolve")}
        </WorkButton>
        <WorkButton disabled={disabled} onClick={() => run({ change: "reopen" })}>
          <RotateCcw aria-hidden="true" className="hidden h-3.5 w-3.5 sm:block" />
          {tw("reopen")}
        </WorkButton>
        <SnoozeMenu
          open={menu === "snooze"}
          onOpenChange={(open) => onMenu(open ? "snooze" : null)}
          onSnooze={(until) => run({ change: "snooze", until })}
          trigger={
            <WorkButton disabled={disabled}>
              <Clock3 aria-hidden="true" className="hidden h-3.5 w-3.5 sm:block" />
              {tw("snooze")}
            </WorkButton>
          }
        />
        <AssignMenu
          open={menu === "assign"}
          onOpenChange={(open) => onMenu(open ? "assign" : null)}
          current={null}
          onAssign={(person) => run({ change: "assign", assigneeId: person.id }, person)}
          trigger={
            <WorkButton disabled={disabled}>
              <UserPlus aria-hidden="true" className="hidden h-3.5 w-3.5 sm:block" />
              {tw("assign")}
            </WorkButton>
          }
        />
        <WorkButton disabled={disabled} onClick={() => run({ change: "read" })}>
          <Mail aria-hidden="true" className="hidden h-3.5 w-3.5 sm:block" />
          {t("markRead")}
        </WorkButton>
        <WorkButton disabled={disabled} onClick={() => run({ change: "unread" })}>
          <MailOpen aria-hidden="true" className="hidden h-3.5 w-3.5 sm:block" />
          {t("markUnread")}
        </WorkButton>
      </div>
    </div>
  );
}
