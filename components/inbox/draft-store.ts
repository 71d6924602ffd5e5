"use client";

import { useCallback, useSyncExternalStore } from "react";

/*
 * Drafts per conversation in localStorage, so a half-written reply survives switching
 * conversations and reloading. A store rather than component state: "Edit" on a failed
 * send puts its text back from outside the composer.
 */

const PREFIX = "inbox.draft.";
const listeners = new Set<() => void>();

function read(conversationId: number): string {
  try {
    return window.localStorage.getItem(PREFIX + conversationId) ?? "";
  } catch {
    return "";
  }
}

export function writeDraft(conversationId: number, text: string): void {
  try {
    if (text === "") window.localStorage.removeItem(PREFIX + conversationId);
    else window.localStorage.setItem(PREFIX + conversationId, text);
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

export function useDraft(conversationId: number): [string, (text: string) => void] {
  const text = useSyncExternalStore(subscribe, () => read(conversationId), () => "");
  const setText = useCallback((next: string) => writeDraft(conversationId, next), [conversationId]);
  return [text, setText];
}

/** Edit on a failed send: its text comes back, after whatever the agent has typed since. */
export function restoreIntoDraft(conversationId: number, text: string): void {
  const current = read(conversationId);
  writeDraft(conversationId, current.trim() === "" ? text : `${current}\n${text}`);
}
