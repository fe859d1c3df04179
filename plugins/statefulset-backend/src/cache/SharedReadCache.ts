/** One cached value with the time its load started. */
interface Entry<T> {
  value?: T;
  loadedAt: number;
  lastReadAt: number;
  pending?: Promise<T>;
}

/**
 * A cache in which concurrent reads of one key share a single load, and a
 * loaded value is reused until it is older than the maximum age that
 * `maxAgeMs` returns for it. Keys not read for `evictAfterMs` are dropped
 * on the next read of any key, so the cache needs no timer.
 */
export class SharedReadCache<T> {
  readonly #entries = new Map<string, Entry<T>>();
  readonly #maxAgeMs: (value: T) => number;
  readonly #evictAfterMs: number;
  readonly #now: () => number;

  constructor(options: {
    maxAgeMs: number | ((value: T) => number);
    evictAfterMs: number;
    now?: () => number;
  }) {
    const { maxAgeMs } = options;
    this.#maxAgeMs = typeof maxAgeMs === 'number' ? () => maxAgeMs : maxAgeMs;
    this.#evictAfterMs = options.evictAfterMs;
    this.#now = options.now ?? Date.now;
  }

  /**
   * Returns the cached value of `key` while it is fresh. Otherwise joins
   * the load in flight for the key, or starts `load`. A rejected load is
   * not cached.
   */
  read(key: string, load: () => Promise<T>): Promise<T> {
    const now = this.#now();
    this.#evictIdle(now);

    let entry = this.#entries.get(key);
    if (!entry) {
      entry = { loadedAt: 0, lastReadAt: now };
      this.#entries.set(key, entry);
    }
    entry.lastReadAt = now;

    if (entry.pending) {
      return entry.pending;
    }
    if (
      entry.value !== undefined &&
      now - entry.loadedAt < this.#maxAgeMs(entry.value)
    ) {
      return Promise.resolve(entry.value);
    }

    return this.#load(key, entry, load);
  }

  /**
   * Drops the value of `key`, so that the next read loads it again. A load
   * already in flight still answers the reads that joined it, but its value
   * is not kept, because it may predate the change that caused this call.
   */
  invalidate(key: string): void {
    this.#entries.delete(key);
  }

  /** Number of keys held, for tests and diagnostics. */
  get size(): number {
    return this.#entries.size;
  }

  #load(key: string, entry: Entry<T>, load: () => Promise<T>): Promise<T> {
    // A value is as old as the request that read it, so its age counts from
    // the start of the load. A caller that polls every max age then finds it
    // expired, as it would without other callers.
    const startedAt = this.#now();
    const pending = load().then(
      value => {
        if (this.#entries.get(key) === entry) {
          entry.value = value;
          entry.loadedAt = startedAt;
          entry.pending = undefined;
        }
        return value;
      },
      error => {
        if (this.#entries.get(key) === entry) {
          entry.pending = undefined;
        }
        throw error;
      },
    );
    entry.pending = pending;
    return pending;
  }

  #evictIdle(now: number): void {
    for (const [key, entry] of this.#entries) {
      if (!entry.pending && now - entry.lastReadAt >= this.#evictAfterMs) {
        this.#entries.delete(key);
      }
    }
  }
}
