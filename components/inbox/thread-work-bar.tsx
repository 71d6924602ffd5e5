"use client";

import { clsx } from "clsx";
import { CheckCircle2, Clock3, RotateCcw, UserMinus, UserPlus, UserRoundCheck } from "lucide-react";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useState, type ComponentProps } from "react";
import type { ConversationDetail } from "@/lib/contract/inbox";
import type { WorkChange } from "@/lib/contract/work";
import { useSignedInAgent } from "./signed-in-agent";
import { StatusBadge } from "./status-badge";
import { useLocalFormat, useNow } from "./use-clock";

// The menus' library comes with the first open thread; until then a space holds their place.
const placeholder = () => <span className="inline-block h-7 w-20" aria-hidden="true" />;
const SnoozeMenu = dynamic(() => import("./work-menus").then((module) => module.SnoozeMenu), { ssr: false, loading: placeholder });
const AssignMenu = dynamic(() => import("./work-menus").then((module) => module.AssignMenu), { ssr: false, loading: placeholder });

export type WorkMenu = "snooze" | "assign" | null;

/** The small buttons of the work bars (thread header, bulk bar); they take a ref, so that a menu can hang on one. */
export function WorkButton({ className, type = "button", ...props }: ComponentProps<"button">) {
  return (
    <button
      type={type}
      className={clsx(
        "inline-flex h-8 items-center justify-center gap-1.5 rounded-md border border-border bg-surface-raised px-2 text-xs font-medium text-ink transition-colors hover:bg-surface-muted disabled:cursor-not-allowed disabled:opacity-60 sm:text-sm",
        className,
      )}
      {...props}
    />
  );
}

interface Props {
  conversation: ConversationDetail;
  onChange: (change: WorkChange, assignee?: { id: string; name: string }) => Promise<unknown>;
  menu: WorkMenu;
  onMenu: (menu: WorkMenu) => void;
}

/**
 * The conversation as work: its status and assignee, and Resolve or Reopen, Snooze, Assign to
 * me, Assign and Unassign. An agent may move only a conversation that is unassigned or theirs,
 * so the buttons they could not use are not offered to them.
 */
export function ThreadWorkBar({ conversation, onChange, menu, onMenu }: Props) {
  const t = useTranslations("inbox.work");
  const me = useSignedInAgent();
  const format = useLocalFormat();
  const now = useNow();
  const [busy, setBusy] = useState(false);
  const { status, assignee } = conversation;
  const mine = assignee !== null && assignee.id === me?.id;
  const mayMove = me?.role === "supervisor" || assignee === null || mine;
  const run = (change: WorkChange, named?: { id: string; name: string }) => {
    setBusy(true);
    void onChange(change, named).finally(() => setBusy(false));
  };
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5 border-b border-border bg-surface px-3 py-1.5 text-xs sm:text-sm" data-testid="thread-work" aria-busy={busy || undefined}>
      <p className="flex min-w-0 items-center gap-3" aria-live="polite">
        <StatusBadge status={status} snoozedUntil={conversation.snoozedUntil} format={format} now={now} />
        <span className="truncate text-ink-muted" data-testid="thread-assignee">
          {assignee ? t("assignedTo", { name: assignee.name }) : t("unassigned")}
        </span>
      </p>
      <div role="group" aria-label={t("actions")} className="ml-auto flex flex-wrap items-center gap-1">
        {status === "resolved" ? (
          <WorkButton disabled={busy} onClick={() => run({ change: "reopen" })} title={t("reopenHint")}>
            <RotateCcw aria-hidden="true" className="hidden h-3.5 w-3.5 sm:block" />
            {t("reopen")}
          </WorkButton>
        ) : (
          <WorkButton disabled={busy} onClick={() => run({ change: "resolve" })} title={t("resolveHint")}>
            <CheckCircle2 aria-hidden="true" className="hidden h-3.5 w-3.5 sm:block" />
            {t("resolve")}
          </WorkButton>
        )}
        <SnoozeMenu
          open={menu === "snooze"}
          onOpenChange={(open) => onMenu(open ? "snooze" : null)}
          onSnooze={(until) => run({ change: "snooze", until })}
          trigger={
            <WorkButton disabled={busy} title={t("snoozeHint")}>
              <Clock3 aria-hidden="true" className="hidden h-3.5 w-3.5 sm:block" />
              {t("snooze")}
            </WorkButton>
          }
        />
        {!mine && me ? (
          <WorkButton disabled={busy} onClick={() => run({ change: "assign", assigneeId: me.id }, { id: me.id, name: me.name })} title={t("assignToMeHint")}>
            <UserRoundCheck aria-hidden="true" className="hidden h-3.5 w-3.5 sm:block" />
            {t("assignToMe")}
          </WorkButton>
        ) : null}
        {mayMove ? (
          <AssignMenu
            open={menu === "assign"}
            onOpenChange={(open) => onMenu(open ? "assign" : null)}
            current={assignee?.id ?? null}
            onAssign={(person) => run({ change: "assign", assigneeId: person.id }, person)}
            trigger={
              <WorkButton disabled={busy} title={t("assignHint")}>
                <UserPlus aria-hidden="true" className="hidden h-3.5 w-3.5 sm:block" />
                {t("assign")}
              </WorkButton>
            }
          />
        ) : null}
        {assignee && mayMove ? (
          <WorkButton disabled={busy} onClick={() => run({ change: "unassign" })}>
            <UserMinus aria-hidden="true" className="hidden h-3.5 w-3.5 sm:block" />
            {t("unassign")}
          </WorkButton>
        ) : null}
      </div>
    </div>
  );
}
