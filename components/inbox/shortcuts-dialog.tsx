"use client";

import { useTranslations } from "next-intl";
import { Dialog } from "@/components/ui/dialog";

const KEYS = [
  { keys: ["j", "↓"], action: "next" },
  { keys: ["k", "↑"], action: "previous" },
  { keys: ["Enter"], action: "open" },
  { keys: ["/"], action: "search" },
  { keys: ["Esc"], action: "escape" },
  { keys: ["e"], action: "resolve" },
  { keys: ["h"], action: "snooze" },
  { keys: ["i"], action: "assignToMe" },
  { keys: ["a"], action: "assign" },
  { keys: ["x"], action: "select" },
  { keys: ["Enter"], action: "send" },
  { keys: ["Ctrl", "Enter"], action: "sendAndResolve" },
  { keys: ["Shift", "Enter"], action: "newline" },
  { keys: ["?"], action: "help" },
] as const;

export function ShortcutsDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const t = useTranslations("shortcuts");
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={t("title")} closeLabel={t("close")} testId="shortcuts-dialog">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {KEYS.map(({ keys, action }) => (
          <div key={action} className="contents">
            <dt className="flex gap-1">
              {keys.map((key, index) => (
                <span key={key} className="flex items-center gap-1">
                  {index > 0 ? <span className="text-ink-muted">{keys.length === 2 && action !== "newline" && action !== "sendAndResolve" ? t("or") : "+"}</span> : null}
                  <kbd className="rounded border border-border bg-surface-muted px-1.5 py-0.5 font-mono text-xs">{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{t(action)}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
