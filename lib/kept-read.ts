/**
 * One value read now and then for every caller, as a cache in front of a database read that
 * every request needs. For `freshMs` after a read began, callers share it. After that, up to
 * `staleMs`, the kept value still answers at once while a single read in the background
 * replaces it, so that no request waits in line for the database just because the value aged.
 * Past `staleMs`, or after `drop()`, the next caller waits for a new read. `put()` installs a
 * value known to be current (what a write returned).
 */
export class KeptRead<T> {
  private kept: { value: Promise<T>; at: number; settled: boolean } | undefined;
  private refreshing = false;

  constructor(
    private readonly read: () => Promise<T>,
    private readonly freshMs: number,
    private readonly staleMs: number,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  get(): Promise<T> {
    const now = this.clock();
    const kept = this.kept;
    if (kept && now - kept.at < this.freshMs) return kept.value;
    if (kept?.settled && now - kept.at < this.staleMs) {
      this.refresh(kept);
      return kept.value;
    }
    return this.start(now).value;
  }

  put(value: T): void {
    this.kept = { value: Promise.resolve(value), at: this.clock(), settled: true };
  }

  drop(): void {
    this.kept = undefined;
  }

  private start(now: number) {
    const entry = { value: this.read(), at: now, settled: false };
    this.kept = entry;
    entry.value.then(
      () => (entry.settled = true),
      () => {
        // A failed read is not kept: the next caller reads again.
        if (this.kept === entry) this.kept = undefined;
      },
    );
    return entry;
  }

  /** One background read; it replaces the kept value only if nothing newer was put or dropped meanwhile. */
  private refresh(from: NonNullable<KeptRead<T>["kept"]>): void {
    if (this.refreshing) return;
    this.refreshing = true;
    const at = this.clock();
    this.read().then(
      (value) => {
        this.refreshing = false;
        if (this.kept === from) this.kept = { value: Promise.resolve(value), at, settled: true };
      },
      () => {
        this.refreshing = false;
      },
    );
  }
}
