/*
 * Polling for state that the cluster's controllers reach asynchronously.
 */
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Calls `check` every `intervalMs` until it returns a value other than
 * undefined and returns that value. Throws after `timeoutMs` with
 * `description` and the last observed state, so a failing test names the
 * state that never came.
 */
export async function waitFor<T>(
  description: string,
  check: () => Promise<T | undefined>,
  options: {
    timeoutMs?: number;
    intervalMs?: number;
    describeState?: () => Promise<string>;
  } = {},
): Promise<T> {
  const { timeoutMs = 90_000, intervalMs = 500 } = options;
  const deadline = Date.now() + timeoutMs;

  for (;;) {
    const result = await check();
    if (result !== undefined) {
      return result;
    }
    if (Date.now() >= deadline) {
      const state = options.describeState
        ? `; last state: ${await options.describeState()}`
        : '';
      throw new Error(
        `timed out after ${
          timeoutMs / 1000
        }s waiting for ${description}${state}`,
      );
    }
    await sleep(intervalMs);
  }
}
