"use client";

import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import { useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { NoteComposer } from "./note-composer";

const TABS = ["reply", "note"] as const;
type Tab = (typeof TABS)[number];

/**
 * "Reply" and "Note" above the composer: tabs by the ARIA pattern (one Tab stop, the arrows,
 * Home and End move and choose). Both panels stay mounted, so what each holds (an
 * attachment being written, a draft) survives switching.
 */
export function ComposerTabs({ conversationId, reply }: { conversationId: number; reply: ReactNode }) {
  const t = useTranslations("inbox.notes");
  const [tab, setTab] = useState<Tab>("reply");
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent) {
    const index = TABS.indexOf(tab);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = TABS[(next + TABS.length) % TABS.length] as Tab;
    setTab(target);
    buttons.current[TABS.indexOf(target)]?.focus();
  }

  return (
    <div className="bg-surface" data-testid="composer-tabs" data-tab={tab}>
      <div role="tablist" aria-label={t("tabsLabel")} className="flex gap-1 border-t border-border px-3 pt-2" onKeyDown={onKeyDown}>
        {TABS.map((name, index) => {
          const selected = name === tab;
          return (
            <button
              key={name}
              ref={(element) => {
                buttons.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`composer-tab-${name}`}
              aria-selected={selected}
              aria-controls={`composer-panel-${name}`}
              tabIndex={selected ? 0 : -1}
              onClick={() => setTab(name)}
              data-testid={`composer-tab-${name}`}
              className={clsx(
                "rounded-t-md px-3 py-1 text-sm",
                !selected && "text-ink-muted hover:bg-surface-muted hover:text-ink",
                selected && name === "reply" && "bg-surface-muted font-semibold text-ink shadow-[inset_0_-2px_0_var(--accent)]",
                selected && name === "note" && "bg-amber-100 font-semibold text-amber-950 shadow-[inset_0_-2px_0_var(--color-amber-600)] dark:bg-amber-900 dark:text-amber-50",
              )}
            >
              {t(name === "reply" ? "replyTab" : "noteTab")}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id="composer-panel-reply" aria-labelledby="composer-tab-reply" hidden={tab !== "reply"}>
        {reply}
      </div>
      <div role="tabpanel" id="composer-panel-note" aria-labelledby="composer-tab-note" hidden={tab !== "note"}>
        <NoteComposer conversationId={conversationId} />
      </div>
    </div>
  );
}
