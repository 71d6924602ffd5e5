"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useSyncExternalStore } from "react";
import type { InboxResponse } from "@/lib/contract/inbox";
import { contactName } from "./format";
import { playTone, unlockAudio } from "./tone";

const KEY = "inbox.alerts";
const listeners = new Set<() => void>();

function readSetting(): boolean {
  try {
    return window.localStorage.getItem(KEY) === "on";
  } catch {
    return false;
  }
}

function writeSetting(on: boolean) {
  try {
    window.localStorage.setItem(KEY, on ? "on" : "off");
  } catch {
    // Not remembered; still on for this page.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const notificationsSupported = () => typeof window !== "undefined" && "Notification" in window;

/**
 * Sound and desktop notifications for new customer messages. Off until the agent turns them
 * on with a click (the only moment a browser allows asking and starting audio); remembered.
 */
export function useAttention(summary: InboxResponse | undefined, onOpen: (conversationId: number) => void) {
  const t = useTranslations("attention");
  const enabled = useSyncExternalStore(subscribe, readSetting, () => false);
  const lastUnread = useRef<number | null>(null);

  // After a reload the audio context must wait for the agent's first interaction.
  useEffect(() => {
    if (!enabled) return;
    const wake = () => unlockAudio();
    window.addEventListener("pointerdown", wake, { once: true });
    window.addEventListener("keydown", wake, { once: true });
    return () => {
      window.removeEventListener("pointerdown", wake);
      window.removeEventListener("keydown", wake);
    };
  }, [enabled]);

  useEffect(() => {
    if (!summary) return;
    const unread = summary.totals.unreadMessages;
    const before = lastUnread.current;
    lastUnread.current = unread;
    if (!enabled || before === null || unread <= before) return;
    playTone();
    const looking = document.visibilityState === "visible" && document.hasFocus();
    if (looking || !notificationsSupported() || Notification.permission !== "granted") return;
    const newest = summary.conversations.find((row) => row.unreadCount > 0 && row.lastMessage?.direction === "in");
    const notification = new Notification(t("title", { count: unread - before }), {
      body: newest ? `${contactName(newest)}: ${newest.lastMessage?.text || t("file")}` : undefined,
      tag: "inbox-new-message",
    });
    notification.onclick = () => {
      window.focus();
      if (newest) onOpen(newest.id);
      notification.close();
    };
  }, [summary, enabled, onOpen, t]);

  const enable = useCallback(async () => {
    // Synchronously inside the click: this is what lets the sound play later.
    unlockAudio();
    writeSetting(true);
    playTone();
    if (notificationsSupported() && Notification.permission === "default") await Notification.requestPermission().catch(() => undefined);
  }, []);
  const disable = useCallback(() => writeSetting(false), []);
  return { enabled, enable, disable };
}
