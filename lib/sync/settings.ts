export interface SyncSettings {
  /** Time between syncs while people read the inbox. */
  intervalMs: number;
  /** Chats read at once during the first import and catch-up. */
  concurrency: number;
  /** How long a pass may hold the lease before another instance may take it. */
  leaseMs: number;
  /** getchatchannels at most this often. */
  channelRefreshMs: number;
  /** Ceiling of the exponential backoff after failures. */
  backoffCapMs: number;
  /** Wait after an account error (wrong credentials, no credits): no hot retries. */
  accountRetryMs: number;
  /** No read for this long: the sync slows down to `idleIntervalMs`. */
  idleAfterMs: number;
  idleIntervalMs: number;
  /** An unconfirmed send is judged only by a pass that began this long after its attempt. */
  unconfirmedGraceMs: number;
  /** A send still "sending" after this long has lost its process; it is settled like an unconfirmed one. */
  staleSendingMs: number;
}

export function syncSettings(overrides: Partial<SyncSettings> & Pick<SyncSettings, "intervalMs" | "concurrency">): SyncSettings {
  return {
    leaseMs: 60_000,
    channelRefreshMs: 60_000,
    backoffCapMs: 60_000,
    accountRetryMs: 5 * 60_000,
    idleAfterMs: 5 * 60_000,
    idleIntervalMs: Math.max(30_000, overrides.intervalMs),
    unconfirmedGraceMs: 5_000,
    staleSendingMs: 2 * 60_000,
    ...overrides,
  };
}
