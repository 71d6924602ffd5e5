import type { Store } from "./store";
import type { Chat, FileRef } from "./types";

/** The admin view of a chat: every field of every message, independent of the dialect. */
export interface ChatView {
  platform: string;
  platformId: string;
  destination: string;
  messages: {
    messageId: string;
    direction: "in" | "out";
    text: string;
    status: string;
    at: string;
    read: boolean;
    file?: FileRef;
    via: string;
  }[];
}

export function chatView(chat: Chat, store: Store): ChatView {
  return {
    platform: chat.platform,
    platformId: chat.platformId,
    destination: chat.destination,
    messages: chat.messages.map((m) => ({
      messageId: m.id,
      direction: m.direction,
      text: m.text,
      status: store.statusOf(m),
      at: new Date(m.at).toISOString(),
      read: m.read,
      ...(m.file ? { file: { ...m.file } } : {}),
      via: m.via,
    })),
  };
}
