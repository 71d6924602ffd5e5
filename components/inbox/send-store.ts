"use client";

import { useSyncExternalStore } from "react";
import type { FileType } from "@/lib/contract/afilnet";

/*
 * Sends made from this page, kept from the click until the thread shows them: the optimistic
 * bubble. The server's `pending` list is the truth once it has seen the send; this store only
 * covers the moments before, and what the browser alone knows (an answer that never came).
 */

/** Stands in for a send's id while a form is checked; the real one is made when it is sent. */
export const PLACEHOLDER_ID = "00000000-0000-4000-8000-000000000000";

export type FileRef = { type: string; url: string; thumbUrl: string | null };

export type SendRequest =
  | { kind: "text"; text: string }
  | { kind: "file"; type: FileType; fileUrl: string; thumbUrl?: string; caption?: string };

export interface LocalSend {
  clientId: string;
  conversationId: number;
  request: SendRequest;
  text: string;
  file: FileRef | null;
  /** The action is under way; `state` is the last answer (or "sending" before the first). */
  inFlight: boolean;
  /** "unknown": the action's answer never reached the browser; "refused": the server refused it. */
  state: "sending" | "sent" | "failed" | "unconfirmed" | "unknown" | "refused" | "discarded";
  error: { code: string; message: string } | null;
  messageId: string | null;
  createdAt: string;
  /** When the latest answer came; thread polls older than this are not believed over it. */
  answeredAt: number;
}

const sends = new Map<string, LocalSend>();
const snapshots = new Map<number, LocalSend[]>();
const listeners = new Set<() => void>();
const EMPTY: LocalSend[] = [];

function changed(conversationId: number) {
  snapshots.set(
    conversationId,
    [...sends.values()].filter((send) => send.conversationId === conversationId).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
  );
  for (const listener of listeners) listener();
}

export function putSend(send: LocalSend): void {
  sends.set(send.clientId, send);
  changed(send.conversationId);
}

export function updateSend(clientId: string, patch: Partial<LocalSend>): void {
  const send = sends.get(clientId);
  if (!send) return;
  sends.set(clientId, { ...send, ...patch });
  changed(send.conversationId);
}

export function getSend(clientId: string): LocalSend | undefined {
  return sends.get(clientId);
}

/** The thread or the server's list shows these sends now: their optimistic copies have done their job. */
export function dropSends(clientIds: string[]): void {
  const touched = new Set<number>();
  for (const clientId of clientIds) {
    const send = sends.get(clientId);
    if (send && sends.delete(clientId)) touched.add(send.conversationId);
  }
  for (const conversationId of touched) changed(conversationId);
}

/** How many sends the store holds (all conversations). */
export const storedSendCount = (): number => sends.size;

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLocalSends(conversationId: number): LocalSend[] {
  return useSyncExternalStore(subscribe, () => snapshots.get(conversationId) ?? EMPTY, () => EMPTY);
}
