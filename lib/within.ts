/** What `within` found: the value, or that the time ran out first. */
export type Within<T> = { late: false; value: T } | { late: true };

/**
 * `work`'s value if it settles within `ms`, else `{ late: true }` (the work goes on; nobody
 * waits for it any more). A rejection within the time passes through. The timer is cleared
 * either way, so a waiter that got its answer leaves nothing behind.
 */
export async function within<T>(work: Promise<T>, ms: number): Promise<Within<T>> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Within<T>>((resolve) => (timer = setTimeout(() => resolve({ late: true }), ms)));
  try {
    return await Promise.race([work.then((value) => ({ late: false as const, value })), late]);
  } finally {
    clearTimeout(timer);
  }
}
