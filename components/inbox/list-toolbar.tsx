"use client";

import { clsx } from "clsx";
import { Search } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useState, type RefObject } from "react";

interface Props {
  unread: boolean;
  onUnreadChange: (unread: boolean) => void;
  onQueryChange: (q: string) => void;
  searchRef: RefObject<HTMLInputElement | null>;
}

/** "All" and "Unread", and the search box (debounced: a query per pause, not per key). */
export function ListToolbar({ unread, onUnreadChange, onQueryChange, searchRef }: Props) {
  const t = useTranslations("inbox.list");
  const [text, setText] = useState("");

  useEffect(() => {
    const timer = setTimeout(() => onQueryChange(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text, onQueryChange]);

  return (
    <div className="space-y-2 border-b border-border p-3">
      <div role="group" aria-label={t("filterLabel")} className="flex gap-1">
        {[false, true].map((value) => (
          <button
            key={String(value)}
            type="button"
            aria-pressed={unread === value}
            onClick={() => onUnreadChange(value)}
            data-testid={value ? "filter-unread" : "filter-all"}
            className={clsx(
              "rounded-md px-3 py-1 text-sm",
              unread === value ? "bg-accent font-semibold text-accent-ink" : "text-ink hover:bg-surface-muted",
            )}
          >
            {value ? t("filterUnread") : t("filterAll")}
          </button>
        ))}
      </div>
      <div className="relative">
        <Search aria-hidden="true" className="pointer-events-none absolute left-2.5 top-2.5 h-4 w-4 text-ink-muted" />
        <input
          ref={searchRef}
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-label={t("searchLabel")}
          placeholder={t("searchPlaceholder")}
          maxLength={200}
          data-testid="conversation-search"
          className="w-full rounded-md border border-border bg-surface-raised py-2 pl-8 pr-3 text-sm text-ink placeholder:text-ink-muted"
        />
      </div>
    </div>
  );
}
