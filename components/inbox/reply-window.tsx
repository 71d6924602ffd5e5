"use client";

import { clsx } from "clsx";
import { Timer } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { WINDOW_WARNING_MS } from "@/lib/contract/inbox";

export type WindowState = "open" | "closing" | "closed";

/** Where a WhatsApp conversation stands in its 24-hour window at `now`; null when there is none. */
export function windowState(windowEndsAt: string | null, now: number): WindowState | null {
  if (!windowEndsAt || !now) return null;
  const left = new Date(windowEndsAt).getTime() - now;
  return left <= 0 ? "closed" : left <= WINDOW_WARNING_MS ? "closing" : "open";
}

/** The time left in WhatsApp's window for free-form replies, a warning from 2 hours, and when it closed. */
export function ReplyWindow({ windowEndsAt, now }: { windowEndsAt: string | null; now: number }) {
  const t = useTranslations("inbox.thread");
  const format = useFormatter();
  const state = windowState(windowEndsAt, now);
  if (!state || !windowEndsAt) return null;
  const when = format.relativeTime(new Date(windowEndsAt), { now, unit: Math.abs(new Date(windowEndsAt).getTime() - now) < 3_600_000 ? "minute" : "hour" });
  const key = state === "closed" ? "replyWindowClosed" : state === "closing" ? "replyWindowClosing" : "replyWindowOpen";
  return (
    <p
      className={clsx("flex items-center gap-1 text-xs", state === "open" ? "text-ink-muted" : state === "closing" ? "font-medium text-warning" : "font-medium text-danger")}
      data-testid="reply-window"
      data-state={state}
      role={state === "open" ? undefined : "status"}
    >
      <Timer aria-hidden="true" className="h-3 w-3 shrink-0" />
      <span className="min-w-0">{t(key, { when })}</span>
    </p>
  );
}
