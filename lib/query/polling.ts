/*
 * How often each polled read asks, in one table: while the tab is visible, and while it is
 * hidden (still polling, slowly, for alerts and to be current when shown again).
 */

export const POLLING = {
  /** The conversation list and channel counts. */
  inbox: { visibleMs: 3_000, hiddenMs: 20_000 },
  /** The open thread: faster, since the agent is reading it. */
  thread: { visibleMs: 1_500, hiddenMs: 20_000 },
  /** Presence: a heartbeat that also reads who else is there (lib/contract/presence.ts). */
  presence: { visibleMs: 3_000, hiddenMs: 20_000 },
  /** The supervisor's queue table and a channel's waiting list. */
  queues: { visibleMs: 5_000, hiddenMs: 30_000 },
  /** Samples come once a minute: polling faster would only fetch the same points again. */
  trend: { visibleMs: 30_000, hiddenMs: 120_000 },
} as const satisfies Record<string, { visibleMs: number; hiddenMs: number }>;

export type PolledRead = keyof typeof POLLING;

const visible = () => typeof document === "undefined" || document.visibilityState === "visible";

/** The refetch interval of a read, chosen at each tick by the tab's visibility. */
export const intervalOf = (read: PolledRead) => () => (visible() ? POLLING[read].visibleMs : POLLING[read].hiddenMs);

/** What every polled read shares: polls in a hidden tab, refreshes on focus and reconnect. */
export const polled = {
  refetchIntervalInBackground: true,
  refetchOnWindowFocus: "always",
  refetchOnReconnect: "always",
  retry: 1,
} as const;
