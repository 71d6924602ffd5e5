import type { ReactNode } from "react";
import { findMentions } from "@/lib/contract/mentions";
import { LinkifiedText } from "./linkified-text";

/**
 * A note's text as text (React escapes it; links as the thread makes them), with the
 * teammates it mentions marked. Only the names the server found are marked.
 */
export function NoteText({ text, mentions }: { text: string; mentions: readonly { id: string; name: string }[] }) {
  const spans = findMentions(text, mentions);
  const parts: ReactNode[] = [];
  let from = 0;
  for (const span of spans) {
    if (span.start > from) parts.push(<LinkifiedText key={`t${from}`} text={text.slice(from, span.start)} />);
    parts.push(
      <span key={`m${span.start}`} className="rounded-sm bg-amber-200 px-0.5 font-semibold text-amber-950 dark:bg-amber-800 dark:text-amber-50" data-testid="note-mention">
        {text.slice(span.start, span.end)}
      </span>,
    );
    from = span.end;
  }
  if (from < text.length) parts.push(<LinkifiedText key={`t${from}`} text={text.slice(from)} />);
  return <>{parts}</>;
}
