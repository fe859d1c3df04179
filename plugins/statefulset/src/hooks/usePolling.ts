import { useCallback, useEffect, useRef, useState } from 'react';

/** Delay between loads while nothing is changing. */
export const IDLE_INTERVAL_MS = 10_000;
/** Delay between loads while a change is being watched until it settles. */
export const WATCH_INTERVAL_MS = 1_500;
/** Time after which watching stops even when the value never settled. */
export const WATCH_LIMIT_MS = 180_000;

/** @internal */
export interface PollingOptions<T> {
  /** Loads the value; keep its identity stable (useCallback), a new one restarts polling. */
  load: () => Promise<T>;
  /** Tells whether a watched change has finished, so polling can slow down. */
  isSettled: (value: T) => boolean;
  idleIntervalMs?: number;
  watchIntervalMs?: number;
  watchLimitMs?: number;
}

/** @internal */
export interface PollingState<T> {
  value?: T;
  /** Error of the latest load; `value` keeps the last good value. */
  error?: Error;
  /** True until the first load has finished. */
  loading: boolean;
  /** True while a change is being watched at the fast interval. */
  watching: boolean;
  /** Loads now, then continues at the current interval. */
  refresh: () => void;
  /** Loads now and then every `watchIntervalMs` until `isSettled` or the time limit. */
  watchUntilSettled: () => void;
}

/**
 * Loads a value now and again on a timer: every `idleIntervalMs` while idle,
 * every `watchIntervalMs` after `watchUntilSettled()` until the value settles.
 * Loads never overlap, and no timer runs while the browser tab is hidden;
 * the value is loaded again as soon as the tab is visible.
 *
 * @internal
 */
export function usePolling<T>(options: PollingOptions<T>): PollingState<T> {
  const {
    load,
    idleIntervalMs = IDLE_INTERVAL_MS,
    watchIntervalMs = WATCH_INTERVAL_MS,
    watchLimitMs = WATCH_LIMIT_MS,
  } = options;

  const [result, setResult] = useState<{ value?: T; error?: Error }>({});
  const [loading, setLoading] = useState(true);
  const [watching, setWatching] = useState(false);

  const isSettledRef = useRef(options.isSettled);
  isSettledRef.current = options.isSettled;

  // The effect below owns the timer and replaces these with its own functions.
  const runNowRef = useRef<() => void>(() => {});
  const watchStartedAtRef = useRef<number | undefined>(undefined);

  useEffect(() => {
    let active = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let inFlight = false;
    let runAgain = false;

    setResult({});
    setLoading(true);

    const schedule = () => {
      clearTimeout(timer);
      if (document.visibilityState === 'hidden') {
        return;
      }

      const delay =
        watchStartedAtRef.current === undefined
          ? idleIntervalMs
          : watchIntervalMs;
      timer = setTimeout(run, delay);
    };

    const stopWatchingIfDone = (value: T) => {
      const startedAt = watchStartedAtRef.current;
      if (startedAt === undefined) {
        return;
      }

      const timedOut = Date.now() - startedAt >= watchLimitMs;
      if (isSettledRef.current(value) || timedOut) {
        watchStartedAtRef.current = undefined;
        setWatching(false);
      }
    };

    async function run() {
      clearTimeout(timer);
      if (inFlight) {
        runAgain = true;
        return;
      }

      inFlight = true;
      try {
        const value = await load();
        if (active) {
          setResult({ value });
          stopWatchingIfDone(value);
        }
      } catch (error) {
        if (active) {
          setResult(previous => ({
            value: previous.value,
            error: toError(error),
          }));
        }
      } finally {
        inFlight = false;
      }

      if (!active) {
        return;
      }
      setLoading(false);

      if (runAgain) {
        runAgain = false;
        run();
      } else {
        schedule();
      }
    }

    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') {
        clearTimeout(timer);
      } else {
        run();
      }
    };

    runNowRef.current = () => {
      run();
    };
    document.addEventListener('visibilitychange', onVisibilityChange);
    run();

    return () => {
      active = false;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibilityChange);
    };
  }, [load, idleIntervalMs, watchIntervalMs, watchLimitMs]);

  const refresh = useCallback(() => {
    runNowRef.current();
  }, []);

  const watchUntilSettled = useCallback(() => {
    watchStartedAtRef.current = Date.now();
    setWatching(true);
    runNowRef.current();
  }, []);

  return {
    value: result.value,
    error: result.error,
    loading,
    watching,
    refresh,
    watchUntilSettled,
  };
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
