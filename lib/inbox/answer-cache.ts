/**
 * A small in-process cache of poll answers by ETag. Every agent polling the same view at the
 * same mirror version gets the same answer, so it is computed once per change, not once per
 * poll. An ETag names the data it stands for, so an entry never goes stale; the oldest
 * entries are dropped past `capacity`.
 */
export class AnswerCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly capacity = 64) {}

  get(etag: string): T | undefined {
    const value = this.entries.get(etag);
    if (value !== undefined) {
      // Most recently used last, so that eviction drops the least used.
      this.entries.delete(etag);
      this.entries.set(etag, value);
    }
    return value;
  }

  set(etag: string, value: T): void {
    this.entries.delete(etag);
    this.entries.set(etag, value);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  delete(etag: string): void {
    this.entries.delete(etag);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** One computation per key, shared by everyone who asks while it runs; a failure is not kept. */
export function once<T>(cache: AnswerCache<Promise<T>>, key: string, compute: () => Promise<T>): Promise<T> {
  let answer = cache.get(key);
  if (!answer) {
    answer = compute();
    cache.set(key, answer);
    answer.catch(() => cache.delete(key));
  }
  return answer;
}
