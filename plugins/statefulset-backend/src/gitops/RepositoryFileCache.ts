import { UrlReaderService } from '@backstage/backend-plugin-api';

/** Default time that a file read from Git is reused, in milliseconds. */
export const DEFAULT_GIT_CACHE_TTL_MS = 5_000;

/** Number of URLs after which expired entries are dropped on the next read. */
const PRUNE_THRESHOLD = 200;

interface Entry {
  expiresAt: number;
  content: Promise<string>;
}

/**
 * Reads repository files through the URL reader and reuses each file's
 * content for a few seconds, so that a card that refreshes often does not
 * read the Git host on every request. Concurrent reads of one URL share one
 * request, and failed reads are not kept.
 */
export class RepositoryFileCache {
  readonly #reader: UrlReaderService;
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #entries = new Map<string, Entry>();

  constructor(options: {
    reader: UrlReaderService;
    ttlMs?: number;
    now?: () => number;
  }) {
    this.#reader = options.reader;
    this.#ttlMs = options.ttlMs ?? DEFAULT_GIT_CACHE_TTL_MS;
    this.#now = options.now ?? Date.now;
  }

  /** Reads the file at `url` as UTF-8 text; errors of the URL reader pass through. */
  read(url: string): Promise<string> {
    const now = this.#now();
    const cached = this.#entries.get(url);
    if (cached && cached.expiresAt > now) {
      return cached.content;
    }

    this.#prune(now);
    const content = this.#reader
      .readUrl(url)
      .then(response => response.buffer())
      .then(buffer => buffer.toString('utf8'));
    const entry = { expiresAt: now + this.#ttlMs, content };
    this.#entries.set(url, entry);
    content.catch(() => {
      if (this.#entries.get(url) === entry) {
        this.#entries.delete(url);
      }
    });
    return content;
  }

  #prune(now: number): void {
    if (this.#entries.size < PRUNE_THRESHOLD) {
      return;
    }
    for (const [url, entry] of this.#entries) {
      if (entry.expiresAt <= now) {
        this.#entries.delete(url);
      }
    }
  }
}
