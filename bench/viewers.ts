import { BackendClient, StartedBackend } from './backend.ts';
import { CountingProxy } from './countingProxy.ts';
import { sleep } from './stats.ts';

/** Figures of viewers polling one entity's status. */
export interface ViewerFigures {
  viewers: number;
  calls: number;
  kubernetesRequestsPerMinute: number;
  /**
   * Maximum of the Kubernetes requests that started between a call's start
   * and its response headers. Only meaningful for one viewer, whose calls
   * never overlap.
   */
  maxRequestsPerCall: number;
  maxRssMiB: number;
}

/**
 * Lets `viewers` clients poll the status route of `entityRef` every
 * `intervalMs` (the card's idle interval), each starting at a random point
 * of the first interval, for `durationMs`. Counts the Kubernetes requests
 * and samples the backend's memory every second.
 */
export async function measureViewers(options: {
  backend: BackendClient;
  started: StartedBackend;
  proxy: CountingProxy;
  entityRef: string;
  viewers: number;
  durationMs: number;
  intervalMs: number;
}): Promise<ViewerFigures> {
  const {
    backend,
    started,
    proxy,
    entityRef,
    viewers,
    durationMs,
    intervalMs,
  } = options;
  const path = `/api/statefulset/status?entityRef=${encodeURIComponent(
    entityRef,
  )}`;
  const end = Date.now() + durationMs;
  let calls = 0;
  let maxRequestsPerCall = 0;
  let maxRssMiB = started.rssMiB();

  const sampler = setInterval(() => {
    maxRssMiB = Math.max(maxRssMiB, started.rssMiB());
  }, 1_000);

  const mark = proxy.mark();
  const viewer = async () => {
    await sleep(Math.random() * intervalMs);
    while (Date.now() < end) {
      const next = Date.now() + intervalMs;
      const callMark = proxy.mark();
      let headersMark = callMark;
      await backend.call('GET', path, undefined, true, () => {
        headersMark = proxy.mark();
      });
      calls++;
      maxRequestsPerCall = Math.max(maxRequestsPerCall, headersMark - callMark);
      await sleep(Math.max(0, next - Date.now()));
    }
  };
  await Promise.all(Array.from({ length: viewers }, viewer));
  clearInterval(sampler);

  const requests = proxy.since(mark).length;
  return {
    viewers,
    calls,
    kubernetesRequestsPerMinute: requests / (durationMs / 60_000),
    maxRequestsPerCall,
    maxRssMiB,
  };
}
