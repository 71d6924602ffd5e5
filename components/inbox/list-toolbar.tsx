"use client";

import { AlertCircle, ArrowDownUp, ListFilter, Search } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useState, type ReactNode, type RefObject } from "react";
import type { InboxSort } from "@/lib/contract/inbox";
import type { StatusFilter } from "@/lib/query/keys";

const STATUSES: StatusFilter[] = ["open", "pending", "snoozed", "resolved", "all"];
const SORTS: InboxSort[] = ["activity", "waiting", "newest", "window"];

interface Props {
  status: StatusFilter;
  onStatusChange: (status: StatusFilter) => void;
  sort: InboxSort;
  onSortChange: (sort: InboxSort) => void;
  unread: boolean;
  onUnreadChange: (unread: boolean) => void;
  failed: boolean;
  onFailedChange: (failed: boolean) => void;
  /** Conversations with a failed or unconfirmed reply; the filter shows only while there are some (or it is on). */
  failedCount: number;
  onQueryChange: (q: string) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  /** Beside the search box: the "select all in this view" box. */
  selectAll: ReactNode;
}

const SELECT =
  "min-w-0 rounded-md border border-border bg-surface-raised py-1 pl-7 pr-1 text-sm text-ink hover:bg-surface-muted";

/** Status, order and the unread filter, then the search box (debounced: a query per pause, not per key). */
export function ListToolbar({ status, onStatusChange, sort, onSortChange, unread, onUnreadChange, failed, onFailedChange, failedCount, onQueryChange, searchRef, selectAll }: Props) {
  const t = useTranslations("inbox.list");
  const [text, setText] = useState("");

  useEffect(() => {
    const timer = setTimeout(() => onQueryChange(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text, onQueryChange]);

  return (
    <div className="space-y-2">
      <div className="flex items-center gap-1.5">
        <span className="relative min-w-0 flex-1">
          <ListFilter aria-hidden="true" className="pointer-events-none absolute left-2 top-2 h-3.5 w-3.5 text-ink-muted" />
          <select
            value={status}
            onChange={(event) => onStatusChange(event.target.value as StatusFilter)}
            aria-label={t("statusLabel")}
            data-testid="status-filter"
            className={`${SELECT} w-full`}
          >
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`statusOption.${value}`)}
              </option>
            ))}
          </select>
        </span>
        <span className="relative min-w-0 flex-1">
          <ArrowDownUp aria-hidden="true" className="pointer-events-none absolute left-2 top-2 h-3.5 w-3.5 text-ink-muted" />
          <select value={sort} onChange={(event) => onSortChange(event.target.value as InboxSort)} aria-label={t("sortLabel")} data-testid="sort" className={`${SELECT} w-full`}>
            {SORTS.map((value) => (
              <option key={value} value={value}>
                {t(`sortOption.${value}`)}
              </option>
            ))}
          </select>
        </span>
        <button
          type="button"
          aria-pressed={unread}
          onClick={() => onUnreadChange(!unread)}
          data-testid="filter-unread"
          className={
            unread
              ? "shrink-0 rounded-md border border-accent bg-accent px-2 py-1 text-sm font-semibold text-accent-ink"
              : "shrink-0 rounded-md border border-border px-2 py-1 text-sm text-ink hover:bg-surface-muted"
          }
        >
          {t("filterUnread")}
        </button>
        {failed || failedCount > 0 ? (
          <button
            type="button"
            aria-pressed={failed}
            onClick={() => onFailedChange(!failed)}
            title={t("filterFailed")}
            data-testid="filter-failed"
            data-count={failedCount}
            className={
              failed
                ? "flex shrink-0 items-center gap-1 rounded-md border border-danger bg-danger px-2 py-1 text-sm font-semibold text-surface"
                : "flex shrink-0 items-center gap-1 rounded-md border border-danger px-2 py-1 text-sm text-danger hover:bg-surface-muted"
            }
          >
            <AlertCircle aria-hidden="true" className="h-3.5 w-3.5" />
            <span className="sr-only">{t("filterFailed")}</span>
            <span data-testid="filter-failed-count">{failedCount}</span>
          </button>
        ) : null}
      </div>
      <div className="flex items-center gap-2">
        {selectAll}
        <div className="relative min-w-0 flex-1">
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
    </div>
  );
}
