"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useImperativeHandle, useRef, useState, type ReactNode, type Ref } from "react";
import type { ConversationRowView } from "@/lib/contract/inbox";
import { ConversationRow, ROW_HEIGHT } from "./conversation-row";
import { contactName } from "./format";
import { ListState } from "./list-state";
import { RowCheckbox } from "./row-checkbox";
import { useLocalFormat, useNow } from "./use-clock";
import { inboxHref, type InboxLocation } from "./use-inbox-url";
import type { Presence } from "@/lib/contract/presence";

export interface ConversationListHandle {
  /** Moves the keyboard cursor by `delta` rows and focuses that row. */
  move: (delta: number) => void;
  openActive: () => void;
  focusRow: (id: number) => void;
  /** The row the keyboard is on (or the open one): what `x` selects. */
  currentId: () => number | null;
}

interface Props {
  rows: ConversationRowView[];
  hasMore: boolean;
  loadMore: () => void;
  loading: boolean;
  stale: boolean;
  openId: number | null;
  location: InboxLocation;
  selected: ReadonlySet<number>;
  onToggle: (id: number, range: boolean) => void;
  onOpen: (id: number) => void;
  /** The search, whose matches the rows mark. */
  query?: string;
  /** Who else has each conversation open. */
  presentIn?: (conversationId: number) => Presence[];
  handle: Ref<ConversationListHandle>;
  /** Whom the list's view, status and search leave out: for the empty state's words. */
  emptyState: ReactNode;
}

/** The virtualised list: only the rows in view exist in the page, whatever the length. */
export function ConversationList({ rows, hasMore, loadMore, loading, stale, openId, location, selected, onToggle, onOpen, query, presentIn, handle, emptyState }: Props) {
  const t = useTranslations("inbox.list");
  const scroller = useRef<HTMLDivElement>(null);
  const [activeId, setActiveId] = useState<number | null>(null);
  const now = useNow();
  const format = useLocalFormat();
  const count = rows.length + (hasMore ? 1 : 0);
  // The virtualizer keeps its own mutable state; React Compiler leaves this component alone.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    getItemKey: (index) => rows[index]?.id ?? "more",
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    if (hasMore && lastIndex >= rows.length - 10) loadMore();
  }, [hasMore, lastIndex, rows.length, loadMore]);

  const focusRow = useCallback(
    (id: number) => {
      const index = rows.findIndex((row) => row.id === id);
      if (index < 0) return;
      setActiveId(id);
      virtualizer.scrollToIndex(index, { align: "auto" });
      // The row may only exist after the scroll has rendered it.
      const focus = (tries: number) => {
        const element = scroller.current?.querySelector<HTMLElement>(`[data-row-id="${id}"]`);
        if (element) element.focus({ preventScroll: true });
        else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
      };
      requestAnimationFrame(() => focus(5));
    },
    [rows, virtualizer],
  );

  useImperativeHandle(
    handle,
    () => ({
      move: (delta) => {
        if (rows.length === 0) return;
        const from = rows.findIndex((row) => row.id === (activeId ?? openId));
        const index = from < 0 ? (delta > 0 ? 0 : rows.length - 1) : Math.min(rows.length - 1, Math.max(0, from + delta));
        const row = rows[index];
        if (row) focusRow(row.id);
      },
      openActive: () => {
        if (activeId !== null) onOpen(activeId);
      },
      focusRow,
      currentId: () => {
        // The row (or its checkbox) that has the focus; else the one the keyboard last moved to.
        const focused = document.activeElement?.closest("[data-list-row]")?.getAttribute("data-list-row");
        return focused ? Number(focused) : (activeId ?? openId);
      },
    }),
    [rows, activeId, openId, focusRow, onOpen],
  );

  if (rows.length === 0) return loading ? <ListState loading filtered={false} /> : emptyState;
  return (
    <div
      ref={scroller}
      className="min-h-0 flex-1 overflow-y-auto transition-opacity"
      style={{ opacity: stale ? 0.6 : 1 }}
      aria-busy={stale || undefined}
      data-testid="conversation-list"
    >
      <ul aria-label={t("label", { sort: location.sort })} className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rows[item.index];
          return (
            <li
              key={item.key}
              aria-setsize={hasMore ? -1 : rows.length}
              aria-posinset={item.index + 1}
              className={clsx("absolute left-0 top-0 flex w-full", row && selected.has(row.id) && "bg-surface-muted")}
              style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              data-selected={row && selected.has(row.id) ? "true" : undefined}
              data-list-row={row?.id}
            >
              {row ? (
                <>
                  <RowCheckbox
                    id={row.id}
                    checked={selected.has(row.id)}
                    label={t("selectRow", { contact: contactName(row) })}
                    onToggle={onToggle}
                  />
                  <ConversationRow
                    row={row}
                    href={inboxHref({ ...location, conversationId: row.id, message: row.match?.id ?? null })}
                    query={query}
                    present={presentIn?.(row.id)}
                    open={row.id === openId}
                    now={now}
                    format={format}
                    onOpen={onOpen}
                  />
                </>
              ) : (
                <p className="flex h-full items-center justify-center text-sm text-ink-muted" role="status">
                  {t("loadingMore")}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
