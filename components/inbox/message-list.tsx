"use client";

import { useTranslations } from "next-intl";
import { Fragment, useEffect, useLayoutEffect, useMemo, useRef, type ReactNode } from "react";
import type { MessageView, ThreadLine } from "@/lib/contract/inbox";
import { EventLine } from "./event-line";
import { MessageBubble } from "./message-bubble";
import { NoteLine } from "./note-line";
import { timeline } from "./timeline";
import { useLocalFormat, useNow } from "./use-clock";

interface Props {
  messages: MessageView[];
  /** The record's lines and the private notes, shown between the messages by time. */
  lines: ThreadLine[];
  hasOlder: boolean;
  loadingOlder: boolean;
  loadOlder: () => void;
  label: string;
  /** A search's match: scrolled into view once it is loaded, and marked with the search's words. */
  focusId?: number | null;
  highlight?: string;
  /** The sends below the messages. */
  children: ReactNode;
}

/**
 * The thread's scroll area. It scrolls from the bottom (column-reverse): new messages keep it
 * at the newest, and older pages added on top leave what the agent reads where it was.
 */
export function MessageList({ messages, lines, hasOlder, loadingOlder, loadOlder, label, focusId = null, highlight, children }: Props) {
  const t = useTranslations("inbox.thread");
  const format = useLocalFormat();
  const now = useNow();
  const sentinel = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  // Distance from the newest message, as of the last scroll (scrollTop counts from the bottom here).
  const fromBottom = useRef(0);
  const oldestId = messages[0]?.id;
  const items = useMemo(() => timeline(messages, lines), [messages, lines]);

  // Older messages arrived on top. Scrolled to the very top, the browser would stay at the top
  // and show them instead of what the agent was reading: put the view back where it was.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && fromBottom.current > 0) element.scrollTop = -fromBottom.current;
  }, [oldestId]);

  useEffect(() => {
    const target = sentinel.current;
    if (!target || !hasOlder) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && loadOlder(), {
      root: scroller.current,
      rootMargin: "200px 0px 0px 0px",
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [hasOlder, loadOlder]);

  // Brought into view once, when it first appears; after that the agent scrolls as they like.
  const focusShown = messages.some((message) => message.id === focusId);
  const focused = useRef<number | null>(null);
  useEffect(() => {
    if (!focusShown || focusId === null || focused.current === focusId) return;
    focused.current = focusId;
    scroller.current?.querySelector(`[data-row-id="${focusId}"]`)?.scrollIntoView({ block: "center" });
  }, [focusShown, focusId]);

  // Today and yesterday in the agent's language and zone; the full date until the clock ticks in the browser.
  const dayLabel = (_key: string, iso: string) => (now ? format.dayLabel(iso, now) : format.day(iso));

  return (
    <div
      ref={scroller}
      className="flex min-h-0 flex-1 flex-col-reverse overflow-y-auto px-3 py-2 sm:px-4"
      role="log"
      aria-label={label}
      // Focusable, so the keyboard can scroll it.
      tabIndex={0}
      data-testid="message-list"
      onScroll={(event) => (fromBottom.current = -event.currentTarget.scrollTop)}
    >
      <div>
        <div ref={sentinel} className="flex h-8 items-center justify-center text-xs text-ink-muted">
          {hasOlder ? (loadingOlder ? t("loadingOlder") : null) : messages.length > 0 ? t("start") : null}
        </div>
        <ol className="flex flex-col gap-2">
          {items.map((item, index) => {
            const key = format.dayKey(item.at);
            const previous = items[index - 1];
            const newDay = !previous || format.dayKey(previous.at) !== key;
            return (
              <Fragment key={item.key}>
                {newDay ? (
                  <li className="my-2 flex items-center gap-3 text-xs text-ink-muted" data-testid="day-separator">
                    <span className="h-px flex-1 bg-border" aria-hidden="true" />
                    <h3 className="font-medium">{dayLabel(key, item.at)}</h3>
                    <span className="h-px flex-1 bg-border" aria-hidden="true" />
                  </li>
                ) : null}
                {item.kind === "message" ? (
                  <MessageBubble
                    message={item.message}
                    format={format}
                    focused={item.message.id === focusId}
                    highlight={item.message.id === focusId ? highlight : undefined}
                  />
                ) : item.kind === "note" ? (
                  <NoteLine note={item.note} format={format} />
                ) : (
                  <EventLine event={item.event} format={format} now={now} />
                )}
              </Fragment>
            );
          })}
          {children}
        </ol>
      </div>
    </div>
  );
}
