/** The last settled result of one key, the load that refreshes it and its times. */
interface Entry<T> {
  result?: PromiseSettledResult<T>;
  load: () => Promise<T>;
  loadedAt: number;
  lastReadAt: number;
  /** True when the result predates a change and must be loaded again. */
  stale: boolean;
  pending?: Promise<PromiseSettledResult<T>>;
}

/**
 * A cache of lists that callers read without waiting for Kubernetes. A
 * read returns the last settled result, which may be the error of a failed
 * load. `refreshDue` reloads in the background every result older than the
 * maximum age whose key was read within that age. Only `readOrLoad` makes a
 * caller wait, and only for a key that has no result yet.
 */
export class BackgroundListCache<T> {
  readonly #entries = new Map<string, Entry<T>>();
  readonly #maxAgeMs: number;
  readonly #evictAfterMs: number;
  readonly #now: () => number;

  constructor(options: {
    maxAgeMs: number;
    evictAfterMs: number;
    now?: () => number;
  }) {
    this.#maxAgeMs = options.maxAgeMs;
    this.#evictAfterMs = options.evictAfterMs;
    this.#now = options.now ?? Date.now;
  }

  /**
   * Returns the last settled result of `key`, or undefined before its first
   * load settled. Starts no request, but records `load` as the way to
   * refresh the key and the read as the key's latest use.
   */
  peek(
    key: string,
    load: () => Promise<T>,
  ): PromiseSettledResult<T> | undefined {
    const entry = this.#entry(key, load);
    return entry.result;
  }

  /**
   * Returns the last settled result of `key`, whatever its age. Without one,
   * joins the key's load in flight or starts `load` and waits for it.
   */
  readOrLoad(
    key: string,
    load: () => Promise<T>,
  ): Promise<PromiseSettledResult<T>> {
    const entry = this.#entry(key, load);
    if (entry.result) {
      return Promise.resolve(entry.result);
    }
    return entry.pending ?? this.#start(entry);
  }

  /**
   * Starts a load, without waiting for it, for every key read within the
   * maximum age whose result is missing, stale or older than the maximum
   * age. Keys not read for `evictAfterMs` are dropped.
   */
  refreshDue(): void {
    const now = this.#now();
    for (const [key, entry] of this.#entries) {
      const idleMs = now - entry.lastReadAt;
      if (idleMs >= this.#evictAfterMs) {
        if (!entry.pending) {
          this.#entries.delete(key);
        }
        continue;
      }

      // A key that no caller reads is not refreshed, so it costs no requests.
      // Its next reader gets the old result once, and a refresh after it.
      const viewed = idleMs < this.#maxAgeMs;
      const due =
        !entry.result || entry.stale || now - entry.loadedAt >= this.#maxAgeMs;
      if (viewed && due && !entry.pending) {
        void this.#start(entry);
      }
    }
  }

  /** Keeps the result of `key` for readers but has the next `refreshDue` reload it. */
  markStale(key: string): void {
    const entry = this.#entries.get(key);
    if (entry) {
      entry.stale = true;
    }
  }

  /** Resolves when no load is in flight, for tests. */
  async idle(): Promise<void> {
    for (;;) {
      const pending = [...this.#entries.values()]
        .map(entry => entry.pending)
        .filter(Boolean);
      if (pending.length === 0) {
        return;
      }
      await Promise.all(pending);
    }
  }

  /** Number of cached keys, for tests and diagnostics. */
  get size(): number {
    return this.#entries.size;
  }

  #entry(key: string, load: () => Promise<T>): Entry<T> {
    let entry = this.#entries.get(key);
    if (!entry) {
      entry = { load, loadedAt: 0, lastReadAt: 0, stale: false };
      this.#entries.set(key, entry);
    }
    entry.load = load;
    entry.lastReadAt = this.#now();
    return entry;
  }

  #start(entry: Entry<T>): Promise<PromiseSettledResult<T>> {
    // A result is as old as the request that read it, so its age counts
    // from the start of the load.
    const startedAt = this.#now();
    entry.stale = false;
    const pending = settle(entry.load()).then(result => {
      entry.result = result;
      entry.loadedAt = startedAt;
      entry.pending = undefined;
      return result;
    });
    entry.pending = pending;
    return pending;
  }
}

async function settle<T>(
  promise: Promise<T>,
): Promise<PromiseSettledResult<T>> {
  try {
    return { status: 'fulfilled', value: await promise };
  } catch (reason) {
    return { status: 'rejected', reason };
  }
}
