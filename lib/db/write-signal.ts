/**
 * Tells this process's listeners that it has just written the sync state row (a pass began
 * or ended, the mirror's version moved). Kept on globalThis: the server's start-up code and
 * its routes may be bundled apart, and both must reach the same listeners.
 */
import type { SyncStateRow } from "./schema";

type SyncStateListener = (row?: SyncStateRow) => void;
const holder = globalThis as typeof globalThis & { __syncStateWriteListeners?: Set<SyncStateListener> };
const listeners = (holder.__syncStateWriteListeners ??= new Set());

/**
 * Calls `listener` after every write of the sync state row by this process, with the row as
 * written when the writer read it back outside a transaction; the result unsubscribes.
 */
export function onSyncStateWritten(listener: SyncStateListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Called by the writers once their write is done (after the commit, for a write in a
 * transaction). `row`: the committed row the write returned; never a row from inside a
 * transaction, which could still roll back or be unseen by other connections.
 */
export function syncStateWritten(row?: SyncStateRow): void {
  for (const listener of listeners) listener(row);
}

const agentHolder = globalThis as typeof globalThis & { __agentsWriteListeners?: Set<() => void> };
const agentListeners = (agentHolder.__agentsWriteListeners ??= new Set());

/** Calls `listener` after every write of an agent row by this process; the result unsubscribes. */
export function onAgentsWritten(listener: () => void): () => void {
  agentListeners.add(listener);
  return () => agentListeners.delete(listener);
}

/** Called by the writers of the agents table once their write is done. */
export function agentsWritten(): void {
  for (const listener of agentListeners) listener();
}
