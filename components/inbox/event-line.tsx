"use client";

import { memo } from "react";
import { useTranslations } from "next-intl";
import type { ConversationEventView } from "@/lib/contract/inbox";
import { eventSentence } from "./event-sentence";
import type { useLocalFormat } from "./use-clock";

type Format = ReturnType<typeof useLocalFormat>;

/** A quiet line of the record between the messages: "Dana resolved this · 14:02". */
export const EventLine = memo(function EventLine({ event, format, now }: { event: ConversationEventView; format: Format; now: number }) {
  const t = useTranslations("inbox.events");
  const sentence = eventSentence(event);
  const text = t(sentence.key, {
    actor: sentence.actor,
    assignee: sentence.assignee,
    until: sentence.until ? format.when(sentence.until, now) : "",
  });
  return (
    <li className="flex justify-center px-2 py-0.5 text-center text-xs text-ink-muted" data-testid="thread-event" data-kind={event.change} data-status={event.status ?? undefined}>
      <p>
        <span data-testid="thread-event-text">{text}</span>
        {" · "}
        <time dateTime={event.at} title={format.dateTime(event.at)}>
          {format.time(event.at)}
        </time>
      </p>
    </li>
  );
});
