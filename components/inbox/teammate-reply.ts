import type { MessageView } from "@/lib/contract/inbox";

/** The newest message id of a thread: what the agent has seen when they open it or send. */
export const newestId = (messages: readonly MessageView[]) => messages.reduce((max, message) => Math.max(max, message.id), 0);

/**
 * A reply that reached the customer after `since` (a message id: when the agent opened the
 * thread or last sent) and that this agent did not send: a teammate's, or one sent from outside
 * the inbox. The newest such reply, or null.
 */
export function teammateReplySince(messages: readonly MessageView[], since: number, me: string | null): MessageView | null {
  let found: MessageView | null = null;
  for (const message of messages) {
    if (message.id <= since || message.direction !== "out") continue;
    if (me !== null && message.sentBy === me) continue;
    if (!found || message.id > found.id) found = message;
  }
  return found;
}
