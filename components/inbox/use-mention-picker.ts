"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo, useState, type KeyboardEvent } from "react";
import { mentionQuery } from "@/lib/contract/mentions";
import { teamQueries, type Teammate } from "@/lib/query/team-queries";

const MAX_OPTIONS = 8;
const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * The `@` autocomplete of the note box: while the word at the caret starts with `@`, the
 * active teammates whose name holds what follows it. Arrows move, Enter or Tab inserts the
 * name exactly as the team list gives it (the server matches it so), Esc closes.
 */
export function useMentionPicker(text: string, setText: (text: string) => void, field: () => HTMLTextAreaElement | null) {
  const [caret, setCaret] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  // Esc closes the list for the `@` it was open at, until another one is typed.
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const typing = caret === null ? null : mentionQuery(text, caret);
  const team = useQuery({ ...teamQueries.teammates(), enabled: typing !== null });

  const options = useMemo(() => {
    if (!typing || !team.data) return [];
    const query = fold(typing.query);
    return team.data.filter((person) => fold(person.name).includes(query)).slice(0, MAX_OPTIONS);
  }, [typing, team.data]);
  const open = typing !== null && typing.start !== dismissedAt && options.length > 0;
  const current = Math.min(active, options.length - 1);

  function insert(person: Teammate) {
    if (!typing || caret === null) return;
    const before = `${text.slice(0, typing.start)}@${person.name} `;
    setText(before + text.slice(caret));
    setCaret(before.length);
    setActive(0);
    // After React has put the new text in the box.
    requestAnimationFrame(() => field()?.setSelectionRange(before.length, before.length));
  }

  /** The box's keys while the list is open; true when the key was the list's. */
  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): boolean {
    if (!open) return false;
    const person = options[current];
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current + step + options.length) % options.length);
    } else if ((event.key === "Enter" || event.key === "Tab") && !event.shiftKey && person) {
      insert(person);
    } else if (event.key === "Escape") {
      setDismissedAt(typing?.start ?? null);
    } else {
      return false;
    }
    event.preventDefault();
    return true;
  }

  /** Where the caret is, after each change or move of it. */
  const track = (element: HTMLTextAreaElement) => setCaret(element.selectionStart === element.selectionEnd ? element.selectionStart : null);

  return { open, options, active: current, insert, onKeyDown, track, setActive };
}
