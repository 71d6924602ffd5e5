/*
 * How a send from the inbox is settled. Silence alone never proves anything either way.
 *
 * 1. Afilnet answered with a message id: that id settles the send, outright ("answer").
 *    Afilnet refused (an error code): nothing went out; it is failed and may be sent again.
 * 2. No answer (timeout, reset, HTTP 5xx, malformed): the send is unconfirmed. Only evidence
 *    settles it: an outbound message of its chat with the same text and file that the mirror
 *    first saw after the attempt began, and that Afilnet dates no earlier than the attempt
 *    (less UPSTREAM_CLOCK_SLACK_MS). One upstream message settles at most one send; equal
 *    sends and equal messages are matched in order (oldest send, earliest message).
 * 3. An unconfirmed send is declared missing (failed, NOT_DELIVERED) only by a complete pass
 *    that began at least the answer window after the attempt: twice the Afilnet timeout,
 *    since the request may reach Afilnet at the very end of our wait and take as long there.
 * 4. A send declared missing stays watched (`watchMs`, 15 min by default): evidence that
 *    turns up then settles it as sent, "delivered late".
 * 5. A retry of a send whose earlier attempt is unaccounted for first reads the chat once
 *    (getmessages) and settles by these rules; it sends only if the message is still absent,
 *    and then says the message might arrive twice while the earlier attempt is watched.
 * 6. A send the agent discarded is never sent again. One discarded while unconfirmed is still
 *    judged by 2 to 4, but last: evidence goes first to the sends still open (a later send of
 *    the same text must never lose its message to it, be declared missing and go out twice);
 *    a message none of them can use is linked to it (the thread shows it as the agent's; the
 *    send stays discarded). A verdict of missing only starts its watch.
 */

/** Afilnet's clock may run behind ours, and it writes whole seconds. */
export const UPSTREAM_CLOCK_SLACK_MS = 30_000;

/** A send whose fate the rules may still change. */
export interface OpenSend {
  id: string;
  state: "sending" | "sent" | "failed" | "unconfirmed" | "discarded";
  /** Until then a send declared missing (or discarded and judged) is still looked for; null before any verdict. */
  watchUntil?: Date | null;
  text: string;
  fileUrl: string | null;
  /** Evidence must be first seen after this: the earliest attempt whose answer never came. */
  lookFrom: Date;
  /** Start of the latest attempt. */
  attemptStartedAt: Date;
}

/** An outbound message of the chat that no send has claimed. */
export interface Candidate {
  messageId: string;
  text: string;
  fileUrl: string | null;
  at: Date;
  firstSeenAt: Date;
}

export type Verdict = { send: OpenSend; claim: Candidate } | { send: OpenSend; missing: true };

export function answerWindowMs(afilnetTimeoutMs: number): number {
  return 2 * afilnetTimeoutMs;
}

export function couldBeEvidence(send: OpenSend, message: Candidate): boolean {
  return (
    message.text === send.text &&
    (message.fileUrl ?? "") === (send.fileUrl ?? "") &&
    message.firstSeenAt.getTime() >= send.lookFrom.getTime() &&
    message.at.getTime() >= send.lookFrom.getTime() - UPSTREAM_CLOCK_SLACK_MS
  );
}

const byLook = (a: OpenSend, b: OpenSend) => a.lookFrom.getTime() - b.lookFrom.getTime() || a.attemptStartedAt.getTime() - b.attemptStartedAt.getTime();
const byUpstream = (a: Candidate, b: Candidate) =>
  a.at.getTime() - b.at.getTime() || a.firstSeenAt.getTime() - b.firstSeenAt.getTime() || compareIds(a.messageId, b.messageId);

function compareIds(a: string, b: string): number {
  const [x, y] = [Number(a), Number(b)];
  return Number.isFinite(x) && Number.isFinite(y) ? x - y : a.localeCompare(b);
}

/**
 * The verdicts on one chat's open sends. `missingIfAttemptBefore`: unconfirmed sends attempted
 * before it and still without evidence are declared missing (undefined: none is, as when a
 * retry looks). Sends with no verdict stay as they are.
 */
export function judgeSends(sends: OpenSend[], candidates: Candidate[], missingIfAttemptBefore?: Date): Verdict[] {
  const free = [...candidates].sort(byUpstream);
  const verdicts: Verdict[] = [];
  for (const send of [...sends].sort((a, b) => Number(a.state === "discarded") - Number(b.state === "discarded") || byLook(a, b))) {
    const index = free.findIndex((message) => couldBeEvidence(send, message));
    if (index >= 0) {
      verdicts.push({ send, claim: free.splice(index, 1)[0] as Candidate });
      continue;
    }
    const waiting = send.state === "unconfirmed" || send.state === "sending" || (send.state === "discarded" && !send.watchUntil);
    if (waiting && missingIfAttemptBefore && send.attemptStartedAt.getTime() <= missingIfAttemptBefore.getTime()) {
      verdicts.push({ send, missing: true });
    }
  }
  return verdicts;
}
