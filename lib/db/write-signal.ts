/**
 * Tells this process's listeners that it has just written the sync state row (a pass began
 * or ended, the mirror's version moved). Kept on globalThis: the server's start-up code and
 * its routes may be bundled apart, and both must reach the same listeners.
 */
const holder = globalThis as typeof globalThis & { __syncStateWriteListeners?: Set<() => void> };
const listeners = (holder.__syncStateWriteListeners ??= new Set());

/** Calls `listener` after every write of the sync state row by this process; the result unsubscribes. */
export function onSyncStateWritten(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called by the writers once their write is done (after the commit, for a write in a transaction). */
export function syncStateWritten(): void {
  for (const listener of listeners) listener();
}
