import { answerWindowMs } from "./settle-rules";

export interface SyncSettings {
  /** Time between syncs while people read the inbox. */
  intervalMs: number;
  /** Chats read at once during the first import and catch-up. */
  concurrency: number;
  /** How long a pass holds the lease without renewing it; renewed every third of it. */
  leaseMs: number;
  /** getchatchannels at most this often. */
  channelRefreshMs: number;
  /** Ceiling of the exponential backoff after failures. */
  backoffCapMs: number;
  /** Ceiling of that backoff while anyone reads the inbox, so it is fresh soon after Afilnet returns. */
  readerBackoffCapMs: number;
  /** Wait after an account error (wrong credentials, no credits): no hot retries. */
  accountRetryMs: number;
  /** No read for this long: the sync slows down to `idleIntervalMs`. */
  idleAfterMs: number;
  idleIntervalMs: number;
  /** The Afilnet client's timeout: how long a send may wait for its answer. */
  afilnetTimeoutMs: number;
  /** A send without an answer stays unconfirmed this long after its attempt began (from the timeout). */
  answerWindowMs: number;
  /** A send declared missing is still looked for upstream this long after its attempt. */
  watchMs: number;
}

type Overrides = Partial<Omit<SyncSettings, "answerWindowMs">> & Pick<SyncSettings, "intervalMs" | "concurrency">;

export function syncSettings(overrides: Overrides): SyncSettings {
  const afilnetTimeoutMs = overrides.afilnetTimeoutMs ?? 15_000;
  return {
    leaseMs: 15_000,
    channelRefreshMs: 60_000,
    backoffCapMs: 60_000,
    readerBackoffCapMs: 10_000,
    accountRetryMs: 5 * 60_000,
    idleAfterMs: 5 * 60_000,
    idleIntervalMs: Math.max(30_000, overrides.intervalMs),
    watchMs: 15 * 60_000,
    ...overrides,
    afilnetTimeoutMs,
    answerWindowMs: answerWindowMs(afilnetTimeoutMs),
  };
}
