"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type SyntheticEvent } from "react";
import { cannedVersions, type CannedReply } from "@/lib/contract/canned";
import { fillVariables } from "@/lib/contract/canned-variables";
import type { ConversationDetail } from "@/lib/contract/inbox";
import { cannedQueries } from "@/lib/query/canned-queries";
import { anchoredTrigger, insertAt, matchReplies, slashTrigger } from "./canned-trigger";
import { contactName } from "./format";
import { useSignedInAgent } from "./signed-in-agent";

type Conversation = Pick<ConversationDetail, "platform" | "destination" | "displayName" | "channelName" | "customerLanguage">;

interface Options {
  text: string;
  setText: (text: string) => void;
  /** Whose conversation it is: fills the variables and picks the translation. */
  conversation: Conversation | null | undefined;
}

export type CannedPickerState = ReturnType<typeof useCannedPicker>["list"];

const cycle = (index: number, delta: number, length: number) => (length === 0 ? 0 : (index + delta + length) % length);

/**
 * The canned-reply picker of the reply box: `/` at the start of a word or Ctrl/Cmd+K opens
 * it, typing filters, arrows choose (→/← the reply's other languages), Enter inserts with its
 * variables filled, Esc closes and leaves the text. Its keys are taken in the capture phase,
 * before the composer's own (Enter must insert, not send, while it is open).
 */
export function useCannedPicker({ text, setText, conversation }: Options) {
  const agent = useSignedInAgent();
  const input = useRef<HTMLTextAreaElement | null>(null);
  const baseId = useId();
  const [caret, setCaret] = useState<number | null>(null);
  const [anchor, setAnchor] = useState<number | null>(null);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const [versionOf, setVersionOf] = useState<Record<number, number>>({});
  const caretAfterInsert = useRef<number | null>(null);
  const replies = useQuery(cannedQueries.list());

  const trigger = caret === null ? null : anchor !== null ? anchoredTrigger(text, caret, anchor) : slashTrigger(text, caret);
  const open = trigger !== null && trigger.start !== dismissed;
  const options = open ? matchReplies(replies.data ?? [], trigger.query) : [];
  const activeIndex = Math.min(active, Math.max(0, options.length - 1));
  const versionsOf = (reply: CannedReply) => cannedVersions(reply, conversation?.customerLanguage ?? null);
  const optionId = (reply: CannedReply) => `${baseId}-canned-${reply.id}`;

  // The caret after the text changed: typed, or put there by an insert.
  useLayoutEffect(() => {
    const box = input.current;
    if (!box || document.activeElement !== box) return;
    if (caretAfterInsert.current !== null) {
      box.setSelectionRange(caretAfterInsert.current, caretAfterInsert.current);
      caretAfterInsert.current = null;
    }
    setCaret(box.selectionStart === box.selectionEnd ? box.selectionStart : null);
  }, [text]);

  // A closed trigger that is gone (its "/" deleted or left behind) may open again later.
  if (!trigger && (dismissed !== null || anchor !== null)) {
    setDismissed(null);
    setAnchor(null);
  }

  function insert(reply: CannedReply) {
    if (!trigger) return;
    const version = versionsOf(reply)[versionOf[reply.id] ?? 0] ?? versionsOf(reply)[0]!;
    const filled = fillVariables(version.text, {
      "contact.name": conversation ? contactName(conversation) : "",
      "agent.name": agent?.name ?? "",
      "channel.name": conversation?.channelName ?? "",
    });
    const next = insertAt(text, trigger, filled);
    caretAfterInsert.current = next.caret;
    setAnchor(null);
    setActive(0);
    setText(next.text);
  }

  function onKeyDownCapture(event: KeyboardEvent<HTMLTextAreaElement>) {
    const take = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k") {
      take();
      const at = event.currentTarget.selectionEnd;
      setAnchor(at);
      setCaret(at);
      setDismissed(null);
      setActive(0);
      return;
    }
    if (!open || event.nativeEvent.isComposing) return;
    const current = options[activeIndex];
    if (event.key === "Escape") {
      take();
      setDismissed(trigger.start);
      setAnchor(null);
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      take();
      setActive(cycle(activeIndex, event.key === "ArrowDown" ? 1 : -1, options.length));
    } else if ((event.key === "ArrowRight" || event.key === "ArrowLeft") && current && versionsOf(current).length > 1) {
      take();
      const count = versionsOf(current).length;
      setVersionOf((all) => ({ ...all, [current.id]: cycle(all[current.id] ?? 0, event.key === "ArrowRight" ? 1 : -1, count) }));
    } else if (event.key === "Enter" && !event.shiftKey && (current || replies.isPending)) {
      // While the replies are still loading, Enter waits rather than sending the "/name" typed.
      take();
      if (current) insert(current);
    }
  }

  const listboxId = `${baseId}-canned-list`;
  return {
    inputProps: {
      ref: input,
      onKeyDownCapture,
      onSelect: (event: SyntheticEvent<HTMLTextAreaElement>) => {
        const box = event.currentTarget;
        setCaret(box.selectionStart === box.selectionEnd ? box.selectionStart : null);
      },
      onBlur: () => setCaret(null),
      "aria-autocomplete": "list" as const,
      // Only while the listbox is there: a status line stands in for it when nothing matches.
      "aria-controls": open && options.length > 0 ? listboxId : undefined,
      "aria-activedescendant": open && options[activeIndex] ? optionId(options[activeIndex]) : undefined,
    },
    list: {
      open,
      query: trigger?.query ?? "",
      loading: replies.isPending,
      failed: replies.isError,
      empty: (replies.data?.length ?? 0) === 0,
      options,
      activeIndex,
      listboxId,
      optionId,
      versionsOf,
      versionIndex: (reply: CannedReply) => versionOf[reply.id] ?? 0,
      onPick: insert,
      onHover: (index: number) => setActive(index),
    },
  };
}
