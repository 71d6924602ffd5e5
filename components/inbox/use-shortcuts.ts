"use client";

import { useEffect, useRef } from "react";

export interface ShortcutHandlers {
  move: (delta: number) => void;
  open: () => void;
  search: () => void;
  escape: () => void;
  help: () => void;
  /** `e`: resolve (or reopen, when all are resolved) the selection, the open or the current conversation. */
  resolve: () => void;
  /** `h`: the Snooze menu. */
  snooze: () => void;
  /** `i`: assign to me. */
  assignToMe: () => void;
  /** `a`: the Assign menu. */
  assign: () => void;
  /** `x`: select (or leave out) the current row. */
  select: () => void;
}

// Inputs that take no typing: a key on them is still a shortcut (Space and Enter keep their own meaning).
const CONTROLS = new Set(["checkbox", "radio", "button", "submit", "reset"]);

/** Typing in a field, or working in a dialog or menu, is never a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('[role="dialog"], [role="menu"]')) return true;
  if (target instanceof HTMLInputElement) return !CONTROLS.has(target.type);
  return ["TEXTAREA", "SELECT"].includes(target.tagName);
}

/** Arrows and Enter act on the list only from the list (or nowhere): elsewhere they scroll or click. */
function inList(target: EventTarget | null): boolean {
  return target === document.body || (target instanceof HTMLElement && target.closest('[data-testid="conversation-list"]') !== null);
}

/**
 * The inbox's keys: j/k or arrows move through conversations, Enter opens, / searches,
 * Esc leaves, ? lists them; e resolves, h snoozes, i assigns to me, a assigns, x selects.
 * One listener for the page; the handlers are read fresh each time.
 */
export function useShortcuts(handlers: ShortcutHandlers) {
  const current = useRef(handlers);
  useEffect(() => {
    current.current = handlers;
  });

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const h = current.current;
      if (event.key === "Escape") {
        const field = event.target instanceof HTMLElement && ["INPUT", "TEXTAREA", "SELECT"].includes(event.target.tagName);
        if (field) (event.target as HTMLElement).blur();
        else if (!isTyping(event.target)) h.escape();
        return;
      }
      if (isTyping(event.target)) return;
      const key = event.key;
      let handled = true;
      if (key === "j" || (key === "ArrowDown" && inList(event.target))) h.move(1);
      else if (key === "k" || (key === "ArrowUp" && inList(event.target))) h.move(-1);
      else if (key === "Enter" && event.target === document.body) h.open();
      else if (key === "/") h.search();
      else if (key === "?") h.help();
      else if (key === "e") h.resolve();
      else if (key === "h") h.snooze();
      else if (key === "i") h.assignToMe();
      else if (key === "a") h.assign();
      else if (key === "x") h.select();
      else handled = false;
      if (handled) event.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
