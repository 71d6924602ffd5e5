"use client";

import { StickyNote } from "lucide-react";
import { useTranslations } from "next-intl";
import { memo } from "react";
import type { NoteView } from "@/lib/contract/inbox";
import { NoteText } from "./note-text";
import type { useLocalFormat } from "./use-clock";

type Format = ReturnType<typeof useLocalFormat>;

/**
 * A private note in the thread: amber, labelled "Private note" with its own icon, its author
 * and time, so that nobody takes it for a reply the customer saw.
 */
export const NoteLine = memo(function NoteLine({ note, format }: { note: NoteView; format: Format }) {
  const t = useTranslations("inbox.notes");
  return (
    <li className="flex justify-center px-1" data-testid="thread-note" data-note-id={note.id}>
      <article
        aria-label={t("itemLabel", { author: note.author.name })}
        className="w-full max-w-[92%] rounded-lg border border-dashed border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 sm:max-w-[80%] dark:border-amber-600 dark:bg-amber-950 dark:text-amber-50"
      >
        <p className="flex flex-wrap items-center gap-x-1.5 text-xs text-amber-800 dark:text-amber-200">
          <StickyNote aria-hidden="true" className="h-3.5 w-3.5" />
          <span className="font-semibold uppercase tracking-wide" data-testid="note-label">
            {t("label")}
          </span>
          <span aria-hidden="true">·</span>
          <span data-testid="note-author">{note.author.name}</span>
          <span aria-hidden="true">·</span>
          <time dateTime={note.at} title={format.dateTime(note.at)}>
            {format.time(note.at)}
          </time>
        </p>
        <p className="mt-1 whitespace-pre-wrap break-words" data-testid="note-text">
          <NoteText text={note.text} mentions={note.mentions} />
        </p>
      </article>
    </li>
  );
});
