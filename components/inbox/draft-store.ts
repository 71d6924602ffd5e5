"use client";

import { useCallback, useSyncExternalStore } from "react";

/*
 * Drafts per conversation in localStorage, so a half-written reply survives switching
 * conversations and reloading. A store rather than component state: "Edit" on a failed
 * send puts its text back from outside the composer. The reply and the private note of a
 * conversation are two drafts ("slots"), so that switching tabs loses neither.
 */

const PREFIX = "inbox.draft.";

export type DraftSlot = "reply" | "note";

// The reply keeps the key it always had, so drafts written before notes existed still show.
const keyOf = (conversationId: number, slot: DraftSlot) => (slot === "reply" ? `${PREFIX}${conversationId}` : `${PREFIX}note.${conversationId}`);
const listeners = new Set<() => void>();

function read(conversationId: number, slot: DraftSlot = "reply"): string {
  try {
    return window.localStorage.getItem(keyOf(conversationId, slot)) ?? "";
  } catch {
    return "";
  }
}

export function writeDraft(conversationId: number, text: string, slot: DraftSlot = "reply"): void {
  try {
    if (text === "") window.localStorage.removeItem(keyOf(conversationId, slot));
    else window.localStorage.setItem(keyOf(conversationId, slot), text);
  } catch {
    // Storage full or disabled: the draft lives as long as the page, which is still something.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab editing the same draft.
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

export function useDraft(conversationId: number, slot: DraftSlot = "reply"): [string, (text: string) => void] {
  const text = useSyncExternalStore(subscribe, () => read(conversationId, slot), () => "");
  const setText = useCallback((next: string) => writeDraft(conversationId, next, slot), [conversationId, slot]);
  return [text, setText];
}

/** Edit on a failed send: its text comes back, after whatever the agent has typed since. */
export function restoreIntoDraft(conversationId: number, text: string): void {
  const current = read(conversationId);
  writeDraft(conversationId, current.trim() === "" ? text : `${current}\n${text}`);
}
