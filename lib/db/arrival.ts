import { AsyncLocalStorage } from "node:async_hooks";

/*
 * The order in which requests came, carried to the embedded database's worker with each of
 * their statements (lib/db/pglite-worker.ts). The worker runs one statement at a time; a
 * request sends its statements one after another, so when a burst of requests arrives (fifty
 * agents' first polls) taking statements in plain arrival order interleaves them all and every
 * answer waits for nearly the whole burst. Taken by the request's order instead, the first
 * request's next statement goes before the later requests' first ones: the answers come back
 * one by one, each at about its own cost plus those before it, and none waits forever.
 */

interface Arrivals {
  storage: AsyncLocalStorage<number>;
  next: number;
}

// On globalThis: the routes, the actions and the database client may be bundled apart.
const holder = globalThis as typeof globalThis & { __inboxArrivals?: Arrivals };
const arrivals = (): Arrivals => (holder.__inboxArrivals ??= { storage: new AsyncLocalStorage<number>(), next: 0 });

/** Runs a request's work with the next arrival number: every statement it sends carries it. */
export function inArrivalOrder<T>(work: () => T): T {
  const state = arrivals();
  return state.storage.run(++state.next, work);
}

/** The current request's arrival number; outside a request, a statement is its own arrival. */
export function arrivalOrder(): number {
  const state = arrivals();
  return state.storage.getStore() ?? ++state.next;
}
