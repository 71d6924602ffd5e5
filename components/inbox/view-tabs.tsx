"use client";

import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import { useRef, type KeyboardEvent } from "react";
import type { InboxResponse, InboxView } from "@/lib/contract/inbox";
import { countLabel } from "./format";

const VIEWS: InboxView[] = ["mine", "unassigned", "all"];
type Tab = InboxView | "mentions";
const TABS: Tab[] = [...VIEWS, "mentions"];

interface Props {
  view: InboxView;
  counts: InboxResponse["views"] | undefined;
  onChange: (view: InboxView) => void;
  /** The Mentions tab: whether it is the one shown, its unread count, and choosing it. */
  mentions: { selected: boolean; unread: number | undefined; onSelect: () => void };
  /** The element the tabs show: the list. */
  panelId: string;
}

/**
 * Mine, Unassigned and All, each with its count of open conversations, and Mentions with the
 * agent's unread mentions. Tabs by the ARIA pattern: one stop for Tab, the arrows (and Home,
 * End) move between them and choose. The count is the tab's description, so that its name
 * stays the view's name.
 */
export function ViewTabs({ view, counts, onChange, mentions, panelId }: Props) {
  const t = useTranslations("inbox.views");
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  const current: Tab = mentions.selected ? "mentions" : view;
  const choose = (tab: Tab) => (tab === "mentions" ? mentions.onSelect() : onChange(tab));

  function onKeyDown(event: KeyboardEvent) {
    const index = TABS.indexOf(current);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = TABS[(next + TABS.length) % TABS.length] as Tab;
    choose(target);
    tabs.current[TABS.indexOf(target)]?.focus();
  }

  return (
    <div role="tablist" aria-label={t("label")} className="flex gap-1" onKeyDown={onKeyDown} data-testid="view-tabs">
      {TABS.map((name, index) => {
        const selected = name === current;
        const count = name === "mentions" ? mentions.unread : counts?.[name];
        return (
          <button
            key={name}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`view-tab-${name}`}
            aria-selected={selected}
            aria-label={t(name)}
            aria-controls={panelId}
            aria-describedby={count === undefined ? undefined : `view-count-${name}`}
            tabIndex={selected ? 0 : -1}
            onClick={() => choose(name)}
            data-testid={`view-${name}`}
            data-count={count}
            className={clsx(
              "flex flex-1 items-center justify-center gap-1.5 rounded-md px-2 py-1.5 text-sm",
              selected ? "bg-[var(--selected)] font-semibold text-ink shadow-[inset_0_-2px_0_var(--accent)]" : "text-ink-muted hover:bg-surface-muted hover:text-ink",
            )}
          >
            {t(name)}
            {count === undefined ? null : (
              <span
                id={`view-count-${name}`}
                className={clsx("rounded-full px-1.5 text-xs font-medium", name === "mentions" && count > 0 ? "bg-accent text-accent-ink" : "bg-surface-muted text-ink-muted")}
                data-testid="view-count"
              >
                <span aria-hidden="true">{countLabel(count)}</span>
                <span className="sr-only">{name === "mentions" ? t("mentionsCount", { count }) : t("openCount", { count })}</span>
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
