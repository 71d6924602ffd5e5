"use client";

import { useTranslations } from "next-intl";
import { Fragment, useEffect, useLayoutEffect, useMemo, useRef, type ReactNode } from "react";
import type { ConversationEventView, MessageView } from "@/lib/contract/inbox";
import { EventLine } from "./event-line";
import { MessageBubble } from "./message-bubble";
import { timeline } from "./timeline";
import { useLocalFormat, useNow } from "./use-clock";

interface Props {
  messages: MessageView[];
  /** The record's lines, shown between the messages by time. */
  events: ConversationEventView[];
  hasOlder: boolean;
  loadingOlder: boolean;
  loadOlder: () => void;
  label: string;
  /** The sends below the messages. */
  children: ReactNode;
}

/**
 * The thread's scroll area. It scrolls from the bottom (column-reverse): new messages keep it
 * at the newest, and older pages added on top leave what the agent reads where it was.
 */
export function MessageList({ messages, events, hasOlder, loadingOlder, loadOlder, label, children }: Props) {
  const t = useTranslations("inbox.thread");
  const format = useLocalFormat();
  const now = useNow();
  const sentinel = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  // Distance from the newest message, as of the last scroll (scrollTop counts from the bottom here).
  const fromBottom = useRef(0);
  const oldestId = messages[0]?.id;
  const items = useMemo(() => timeline(messages, events), [messages, events]);

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

  const today = now ? format.dayKey(new Date(now)) : "";
  const yesterday = now ? format.dayKey(new Date(now - 86_400_000)) : "";
  const dayLabel = (key: string, iso: string) => (key === today ? t("today") : key === yesterday ? t("yesterday") : format.day(iso));

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
                {item.kind === "message" ? <MessageBubble message={item.message} format={format} /> : <EventLine event={item.event} format={format} now={now} />}
              </Fragment>
            );
          })}
          {children}
        </ol>
      </div>
    </div>
  );
}
