import type { MessageView, PendingSendView } from "@/lib/contract/inbox";
import type { FileRef, LocalSend } from "./send-store";

/** A send as the thread shows it, below the messages. */
export interface ShownSend {
  clientId: string;
  text: string;
  file: FileRef | null;
  state: "sending" | "sent" | "failed" | "unconfirmed" | "unknown" | "refused";
  error: { code: string; message: string } | null;
  createdAt: string;
  /** Whether the server has it on record (failed or unconfirmed), so that retrySendAction or discardSendAction applies. */
  recorded: boolean;
}

const CLOCK_SKEW_MS = 2 * 60_000;

/** The sync links an unconfirmed send to its message by text and file; the browser can do the same. */
function inThread(send: LocalSend, messages: MessageView[]): boolean {
  if (send.messageId) return messages.some((m) => m.direction === "out" && m.messageId === send.messageId);
  const since = new Date(send.createdAt).getTime() - CLOCK_SKEW_MS;
  return messages.some(
    (m) => m.direction === "out" && m.text === send.text && (m.file?.url ?? "") === (send.file?.url ?? "") && new Date(m.at).getTime() >= since,
  );
}

const inThreadById = (messageId: string, messages: MessageView[]) => messages.some((m) => m.direction === "out" && m.messageId === messageId);

function fromServer(send: PendingSendView): ShownSend {
  const state = send.state === "sent" || send.state === "discarded" ? "sent" : send.state;
  return { clientId: send.clientId, text: send.text, file: send.file, state, error: send.error, createdAt: send.createdAt, recorded: true };
}

function fromLocal(send: LocalSend, state: ShownSend["state"]): ShownSend {
  const { clientId, text, file, error, createdAt } = send;
  return { clientId, text, file, state, error, createdAt, recorded: send.state === "failed" || send.state === "unconfirmed" };
}

type Decision = { show: ShownSend | null; settled: boolean };

/** What becomes of one local send, given the server's pending list and the thread. */
function decide(send: LocalSend, listed: PendingSendView | undefined, messages: MessageView[], polledAt: number): Decision {
  const believed = polledAt > send.answeredAt;
  if (send.state === "discarded") return { show: null, settled: believed && !listed };
  if (send.inFlight) return { show: fromLocal(send, "sending"), settled: false };
  // From here on the server's list covers the send, or the thread holds its message.
  if (believed && listed) return { show: fromServer(listed), settled: true };
  if (inThread(send, messages)) return { show: null, settled: true };
  if (believed && (send.state === "failed" || send.state === "unconfirmed")) return { show: null, settled: true };
  if (believed && send.state === "sent") return { show: fromLocal(send, "sent"), settled: false };
  return { show: fromLocal(send, send.state), settled: false };
}

/**
 * Merges this page's sends with the server's pending list. The server is believed once a poll
 * has come back after the action answered (`polledAt`); before that, the local state stands.
 * A send the server no longer lists has left "pending": sent (its message is in the thread,
 * or soon will be) or discarded. `settled` names the local copies that are no longer needed,
 * so that the optimistic store only holds sends still in the air.
 */
export function mergeSends(local: LocalSend[], pending: PendingSendView[], messages: MessageView[], polledAt: number) {
  const server = new Map(pending.map((send) => [send.clientId, send]));
  const shown: ShownSend[] = [];
  const settled: string[] = [];
  for (const send of local) {
    const listed = server.get(send.clientId);
    server.delete(send.clientId);
    const decision = decide(send, listed, messages, polledAt);
    if (decision.show) shown.push(decision.show);
    if (decision.settled) settled.push(send.clientId);
  }
  // A send the server still watches after it went (delivered late, or sent again while an earlier
  // attempt may still arrive) is in the thread as a message already: no second bubble.
  for (const send of server.values()) if (!(send.state === "sent" && send.messageId && inThreadById(send.messageId, messages))) shown.push(fromServer(send));
  return { shown: shown.sort((a, b) => a.createdAt.localeCompare(b.createdAt)), settled };
}
