import type { ConversationEventView, MessageView, NoteView, ThreadLine } from "@/lib/contract/inbox";
import { interleave } from "@/lib/contract/thread";

/** One item of the thread: a message, a line of the record (a change of status or assignee), or a private note. */
export type TimelineItem =
  | { kind: "message"; at: string; key: string; message: MessageView }
  | { kind: "event"; at: string; key: string; event: ConversationEventView }
  | { kind: "note"; at: string; key: string; note: NoteView };

/**
 * The messages (already in order) and the lines (in order) as one list by time, as the server
 * orders them (lib/contract/thread.ts). A change made in the same second as a message follows
 * it: a reply, then "resolved".
 */
export function timeline(messages: readonly MessageView[], lines: readonly ThreadLine[]): TimelineItem[] {
  return interleave(
    messages,
    lines,
    (message): TimelineItem => ({ kind: "message", at: message.at, key: `m${message.id}`, message }),
    (line): TimelineItem => (line.kind === "note" ? { kind: "note", at: line.at, key: `e${line.id}`, note: line } : { kind: "event", at: line.at, key: `e${line.id}`, event: line }),
  );
}
