import { randomUUID } from "node:crypto";
import { getOutbox } from "../../lib/db/queries/outbox";
import { retrySend, sendFromInbox, SendError, type SendDeps } from "../../lib/inbox/send";

export interface TrackedSend {
  clientId: string;
  text: string;
  conversationId: number;
  submittedAt: number;
  /** When the agent's page would first show it sent with its message id. */
  settledAt?: number;
  retryAt?: number;
  retries: number;
  deliveredLate: boolean;
  warnedTwice: boolean;
}

/**
 * Agents as the soak plays them: they send, watch their sends, and retry one shown as not sent
 * after a human pause (`retryPauseMs`, from when they first see it failed).
 */
export class SendAgents {
  readonly sends = new Map<string, TrackedSend>();
  errors = 0;
  private readonly retrying = new Set<string>();

  constructor(
    private readonly deps: () => SendDeps,
    private readonly agentId: string,
    private readonly retryPauseMs: [number, number],
  ) {}

  /** `count` sends by `workers` agents at once, each to a random conversation, each text unique. */
  async submit(count: number, conversations: number[], workers: number, onEach?: (done: number) => void): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < count) {
        const n = next++;
        const send: TrackedSend = {
          clientId: randomUUID(),
          text: `soak ${n} ${randomUUID().slice(0, 8)}`,
          conversationId: conversations[Math.floor(Math.random() * conversations.length)] as number,
          submittedAt: performance.now(),
          retries: 0,
          deliveredLate: false,
          warnedTwice: false,
        };
        this.sends.set(send.clientId, send);
        await sendFromInbox(this.deps(), this.agentId, { kind: "text", clientId: send.clientId, conversationId: send.conversationId, text: send.text }).catch(() => this.errors++);
        onEach?.(n + 1);
      }
    };
    await Promise.all(Array.from({ length: workers }, worker));
  }

  /** One look at every unsettled send, retrying those whose pause is over. */
  async watch(): Promise<void> {
    const now = performance.now();
    for (const send of this.sends.values()) {
      if (send.settledAt !== undefined || this.retrying.has(send.clientId)) continue;
      const row = await getOutbox(this.deps().db, send.clientId);
      if (!row) continue;
      send.deliveredLate ||= row.deliveredLate;
      send.warnedTwice ||= row.mayArriveTwice;
      if (row.state === "sent" && row.messageId) send.settledAt = now;
      else if (row.state !== "failed") send.retryAt = undefined;
      else if (send.retryAt === undefined) send.retryAt = now + this.retryPauseMs[0] + Math.random() * (this.retryPauseMs[1] - this.retryPauseMs[0]);
      else if (now >= send.retryAt && this.retrying.size < 8) void this.retry(send);
    }
  }

  unsettled(): TrackedSend[] {
    return [...this.sends.values()].filter((send) => send.settledAt === undefined);
  }

  private async retry(send: TrackedSend): Promise<void> {
    this.retrying.add(send.clientId);
    send.retries++;
    try {
      await retrySend(this.deps(), send.clientId);
    } catch (error) {
      if (!(error instanceof SendError)) this.errors++;
    } finally {
      send.retryAt = undefined;
      this.retrying.delete(send.clientId);
    }
  }
}
