import type { ConversationEventView, MessageView } from "@/lib/contract/inbox";

/** One line of the thread: a message, or a line of the record (a change of status or assignee). */
export type TimelineItem =
  | { kind: "message"; at: string; key: string; message: MessageView }
  | { kind: "event"; at: string; key: string; event: ConversationEventView };

/**
 * The messages (already in order) and the record's lines (in order) as one list by time. A
 * change made in the same second as a message follows it: a reply, then "resolved".
 */
export function timeline(messages: readonly MessageView[], events: readonly ConversationEventView[]): TimelineItem[] {
  const items: TimelineItem[] = [];
  let e = 0;
  for (const message of messages) {
    for (; e < events.length && (events[e] as ConversationEventView).at < message.at; e++) items.push(eventItem(events[e] as ConversationEventView));
    items.push({ kind: "message", at: message.at, key: `m${message.id}`, message });
  }
  for (; e < events.length; e++) items.push(eventItem(events[e] as ConversationEventView));
  return items;
}

const eventItem = (event: ConversationEventView): TimelineItem => ({ kind: "event", at: event.at, key: `e${event.id}`, event });
