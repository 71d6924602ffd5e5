import type { AfilnetMessage } from "@/lib/afilnet";
import type { MirrorMessage } from "@/lib/db/queries/mirror";

export function toMirrorMessage(message: AfilnetMessage): MirrorMessage {
  return {
    messageId: message.messageId,
    direction: message.direction,
    text: message.text,
    status: message.status,
    at: message.at,
    file: message.file,
  };
}

/** What the first import sets "seen up to": just before the oldest unread, else the latest message. */
export function seededLastSeen(history: AfilnetMessage[], unread: AfilnetMessage[]): Date | null {
  const unreadInbound = unread.filter((message) => message.direction === "in");
  if (unreadInbound.length > 0) {
    return new Date(Math.min(...unreadInbound.map((message) => message.at.getTime())) - 1);
  }
  if (history.length === 0) return null;
  return new Date(Math.max(...history.map((message) => message.at.getTime())));
}
