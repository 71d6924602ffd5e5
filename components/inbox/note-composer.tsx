"use client";

import { useQueryClient } from "@tanstack/react-query";
import { EyeOff, StickyNote } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { MAX_NOTE_LENGTH } from "@/lib/contract/mentions";
import { addNoteAction } from "@/lib/inbox/note-actions";
import { inboxKeys } from "@/lib/query/keys";
import { useDraft } from "./draft-store";
import { MentionList, mentionOptionId } from "./mention-list";
import { useMentionPicker } from "./use-mention-picker";

/**
 * The Note tab: a private note for the team, in amber so it is never taken for the reply box.
 * Enter adds it, Shift+Enter breaks the line, `@` names a teammate. A note that could not be
 * added keeps its text; the draft is kept per conversation apart from the reply's.
 */
export function NoteComposer({ conversationId }: { conversationId: number }) {
  const t = useTranslations("inbox.notes");
  const catalog = useTranslations();
  const client = useQueryClient();
  const [text, setText] = useDraft(conversationId, "note");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const picker = useMentionPicker(text, setText, () => field.current);

  async function add() {
    const trimmed = text.trim();
    if (trimmed === "") return setError(catalog("validation.noteEmpty"));
    if (trimmed.length > MAX_NOTE_LENGTH) return setError(catalog("validation.noteTooLong", { maximum: MAX_NOTE_LENGTH }));
    if (busy) return;
    setBusy(true);
    const result = await addNoteAction({ conversationId, text: trimmed }).catch(() => null);
    setBusy(false);
    if (!result?.ok) return setError(result?.message ?? t("addFailed"));
    setError(null);
    setText("");
    void client.invalidateQueries({ queryKey: inboxKeys.thread(conversationId) });
  }

  return (
    <div className="border-t border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950" data-testid="note-composer">
      <form
        className="flex items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <div className="relative min-w-0 flex-1">
          {picker.open ? <MentionList id={listId} options={picker.options} active={picker.active} onPick={picker.insert} onHover={picker.setActive} /> : null}
          <textarea
            ref={field}
            value={text}
            rows={Math.min(6, Math.max(2, text.split("\n").length))}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={picker.open}
            aria-controls={picker.open ? listId : undefined}
            aria-activedescendant={picker.open ? mentionOptionId(listId, picker.active) : undefined}
            aria-label={t("label")}
            aria-describedby={error ? "note-error note-hint" : "note-hint"}
            aria-invalid={error ? true : undefined}
            placeholder={t("placeholder")}
            className="w-full resize-none rounded-md border border-amber-400 bg-white px-3 py-2 text-sm text-ink placeholder:text-amber-800 dark:border-amber-600 dark:bg-amber-900/40 dark:text-amber-50 dark:placeholder:text-amber-200"
            onChange={(event) => {
              setText(event.target.value);
              picker.track(event.target);
              if (error) setError(null);
            }}
            onSelect={(event) => picker.track(event.currentTarget)}
            onKeyDown={(event) => {
              if (picker.onKeyDown(event)) return;
              // Not while an input method is composing a character: its Enter confirms the character.
              if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
              event.preventDefault();
              void add();
            }}
            data-testid="note-input"
          />
        </div>
        <button
          type="submit"
          disabled={busy}
          className="inline-flex items-center gap-1.5 rounded-md bg-amber-700 px-3 py-2 text-sm font-medium text-white hover:bg-amber-800 disabled:opacity-60 dark:bg-amber-300 dark:text-amber-950 dark:hover:bg-amber-200"
          data-testid="note-add"
        >
          <StickyNote aria-hidden="true" className="h-4 w-4" />
          {t("add")}
        </button>
      </form>
      <p id="note-hint" className="mt-1 flex items-center gap-1 text-xs text-amber-900 dark:text-amber-100">
        <EyeOff aria-hidden="true" className="h-3.5 w-3.5 shrink-0" />
        {t("hint")}
      </p>
      {error ? (
        <p id="note-error" aria-live="polite" className="mt-1 text-xs font-medium text-red-800 dark:text-red-300" data-testid="note-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
